// Metadata: title, authors, published date, source, dateline, URL, word
// count and language, from the classified paragraphs, the clean text and the
// container's hints. A date the text does not state stays null.
#pragma once

#include "doc/document.h"

namespace dyad::ingest {

void extract_metadata(Document& doc);

}  // namespace dyad::ingest
