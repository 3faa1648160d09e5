// Splits the normalised text into one paragraph per non-empty line.
#include "ingest/paragraphs.h"

#include <algorithm>

namespace dyad::ingest {

void split_paragraphs(Document& doc) {
  doc.paras.clear();
  const std::string& t = doc.norm;
  // At most a paragraph a line: reserved, not doubled (a text of short lines
  // has a paragraph every few bytes).
  doc.paras.reserve(static_cast<size_t>(std::count(t.begin(), t.end(), '\n')) + 1);
  size_t pos = 0;
  bool blank = false;
  while (pos < t.size()) {
    size_t nl = t.find('\n', pos);
    if (nl == std::string::npos) nl = t.size();
    size_t s = pos, e = nl;
    while (s < e && (t[s] == ' ' || t[s] == '\t')) ++s;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
    if (e > s) {
      Paragraph p;
      p.span = {static_cast<uint32_t>(s), static_cast<uint32_t>(e)};
      p.blank_before = blank || doc.paras.empty();
      doc.paras.push_back(p);
      blank = false;
    } else {
      blank = true;
    }
    pos = nl + 1;
  }
}

}  // namespace dyad::ingest
