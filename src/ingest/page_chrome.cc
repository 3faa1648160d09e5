// Page chrome detection (placeholder: marks nothing).
#include "ingest/page_chrome.h"

namespace dyad::ingest {

void mark_page_chrome(Document&) {}

}  // namespace dyad::ingest
