// Article boilerplate: marks headline, standfirst, byline, date lines, photo
// captions and credits, promo lines, "Related article:" lines, the page's
// URL and archive trailers (Credit:, Word count:, Copyright ...) in
// doc.paras, and strips a leading dateline ("KABUL, Afghanistan --") into
// metadata. Runs after mark_page_chrome.
#pragma once

#include "doc/document.h"

namespace dyad::ingest {

void mark_boilerplate(Document& doc);

}  // namespace dyad::ingest
