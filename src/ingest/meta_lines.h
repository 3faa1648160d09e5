// Line tests shared by the boilerplate marker and metadata extraction: what a
// promo line, a "Related article:" line, a photo credit, an archive trailer
// field, a copyright line, a URL line and a dateline look like. The phrases
// and agency names come from data/metadata/.
#pragma once

#include <cstdint>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/meta_date.h"

namespace dyad::ingest {

// Words (runs of non-space); stops counting once past `stop_after`.
size_t count_words(std::string_view s, size_t stop_after = SIZE_MAX);
// Lower-cased with typographic apostrophes made straight (for phrase tests).
std::string fold(std::string_view s);

bool is_url_line(std::string_view s);       // "https://...", "Original url:"
bool is_related_line(std::string_view s);   // "Related article: ..."
// A promo line; `republication` is set when it names where the piece first ran.
bool is_promo_line(std::string_view s, bool* republication = nullptr);
bool is_credit_line(std::string_view s);    // "Photographer: X via Getty Images", "X / TASS"
// A photo caption that carries its credit at the end: "Police outside the
// court (AP Photo/J. Doe)", "... [File: Reuters]", "... (Image: GETTY)",
// "... Credit: ESA".
bool is_captioned_photo(std::string_view s);
bool is_trailer_field(std::string_view s);  // "Credit:", "Word count:", "Copyright ..."
bool is_copyright_line(std::string_view s); // "Copyright New York Times Company Feb 21, 2016"
bool is_bullet_line(std::string_view s);    // "• ..."
// The first URL in a line, if any.
std::optional<std::string> url_in(std::string_view s);

// A web page's title line "Headline | Section | Site" / "Headline - Site".
struct PageTitle {
  std::string head;                 // "Headline"
  std::optional<std::string> site;  // "Site" (absent when no separator)
};
PageTitle split_page_title(std::string_view s);
// True when two headlines share most of their words (the page title and the
// headline above the article).
bool similar_headlines(std::string_view a, std::string_view b);

// A dateline opening a story: "KABUL, Afghanistan -- ", "MOSCOW (Reuters) - ".
struct Dateline {
  size_t length = 0;                  // bytes to skip, separator and spaces included
  std::string place;                  // "KABUL, Afghanistan"
  std::optional<std::string> agency;  // "Reuters"
  std::optional<DateHit> date;        // "WASHINGTON, March 3, 2021 (AP) —"
};
std::optional<Dateline> find_dateline(std::string_view s);

}  // namespace dyad::ingest
