// Page chrome: for text flattened from a whole web page (navigation, cookie
// notices, share buttons, related links, footers around the article), marks
// every paragraph that is not the article as ParaKind::Chrome, from the text
// alone. Leaves ordinary article files (no chrome) untouched.
#pragma once

#include "doc/document.h"

namespace dyad::ingest {

void mark_page_chrome(Document& doc);

}  // namespace dyad::ingest
