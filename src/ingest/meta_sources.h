// Publications: maps the spellings a text uses for a publisher ("New York
// Times Company", "Bloomberg Terminal") and URL hosts ("themoscowtimes.com")
// to one canonical publication name, from data/metadata/publications.txt.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad::ingest {

// The publication whose spelling occurs (as a whole phrase) in `text`; the
// longest spelling found wins.
std::optional<std::string> publication_in(std::string_view text);
// The publication a URL's host belongs to ("https://www.bloomberg.com/...").
std::optional<std::string> publication_for_url(std::string_view url);
// The host of a URL, lower-cased, without "www.".
std::string url_host(std::string_view url);

}  // namespace dyad::ingest
