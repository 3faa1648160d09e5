// Assembly: joins the kept paragraphs into the clean text (doc.text,
// paragraphs separated by a blank line) with its map back to the raw bytes.
#pragma once

#include "doc/document.h"

namespace dyad::ingest {

void assemble(Document& doc);

}  // namespace dyad::ingest
