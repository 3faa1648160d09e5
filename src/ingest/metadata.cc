// Metadata extraction (placeholder: word count and hints only).
#include "ingest/metadata.h"

namespace dyad::ingest {

void extract_metadata(Document& doc) {
  int words = 0;
  bool in = false;
  for (char c : doc.text) {
    bool w = !(c == ' ' || c == '\n' || c == '\t');
    if (w && !in) ++words;
    in = w;
  }
  doc.meta.word_count = words;
  if (doc.hints.title) doc.meta.title = doc.hints.title;
  if (doc.hints.published) doc.meta.published = doc.hints.published;
  if (doc.hints.source) doc.meta.source = doc.hints.source;
  if (doc.hints.url) doc.meta.url = doc.hints.url;
}

}  // namespace dyad::ingest
