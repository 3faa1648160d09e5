// The base layer's text helpers, shared by every stage: UTF-8 lengths, ASCII
// case, whitespace trimming, HTML entities, and loading word lists from data/.
// The lowest layer: includes nothing of Dyad.
#pragma once

#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

namespace dyad::base {

size_t utf8_length(std::string_view s);
// The space-separated words of `s` (views into it).
std::vector<std::string_view> split_spaces(std::string_view s);
std::string lower_ascii(std::string_view s);
std::string upper_ascii(std::string_view s);
// `s` without leading and trailing ASCII whitespace (space, \t, \n, \v, \f, \r):
// the one trim of lines and fields; trim_view is the same as a view into `s`.
std::string trim_ascii(std::string_view s);
std::string_view trim_view(std::string_view s);
// The '|'-separated fields of a data-file line, each trimmed: the one reader of
// the `code | name | variant ...` format every file under data/ shares.
std::vector<std::string> bar_fields(std::string_view line);
bool ends_with(std::string_view s, std::string_view suffix);
bool starts_with(std::string_view s, std::string_view prefix);
// Decodes an HTML entity at s[i] == '&' into `out`; returns its length or 0.
size_t decode_entity(std::string_view s, size_t i, std::string& out);
// Appends the UTF-8 encoding of code point `cp`.
void append_utf8(std::string& out, uint32_t cp);
// The data directory: $DYAD_DATA if set, else the source tree's data/.
std::string data_dir();
// Non-empty, non-comment lines of data/<rel>, trimmed.
std::vector<std::string> load_word_list(const std::string& rel);
// The same lines as a set, for membership tests.
std::unordered_set<std::string> load_word_set(const std::string& rel);

}  // namespace dyad::base
