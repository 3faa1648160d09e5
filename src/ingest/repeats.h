// Repeated blocks: a paragraph (or run of paragraphs) that appears again
// later in the same document, as scraped timelines and carousels do, is
// marked ParaKind::Repeated after its first occurrence.
#pragma once

#include "doc/document.h"

namespace dyad::ingest {

void mark_repeats(Document& doc);

}  // namespace dyad::ingest
