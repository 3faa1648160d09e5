// Paragraphs: splits doc.norm into one Paragraph per non-empty line, noting
// which ones follow a blank line. Later stages classify them.
#pragma once

#include "doc/document.h"

namespace dyad::ingest {

void split_paragraphs(Document& doc);

}  // namespace dyad::ingest
