// Author names from bylines: strips the "By"/"Story by" prefix, cuts off
// dates, places and roles ("in Moscow", "Defence editor"), splits on "and"
// and commas, and restores the case of all-capital names ("ANDREW E. KRAMER"
// -> "Andrew E. Kramer"). Prefixes and role words live in data/metadata/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::ingest {

// Length of a byline prefix ("By ", "Story by ") at the start of `s`, or 0.
size_t byline_prefix_length(std::string_view s);
// True when `s` is a byline: a prefix followed by one or more names, or a
// name followed by a role ("Shaun Walker in Moscow", "Jane Doe Moscow correspondent").
bool is_byline(std::string_view s);
// The names a byline (or a list of names such as an archive "Credit:" field) states.
std::vector<std::string> byline_names(std::string_view s);
// "MUJIB MASHAL" -> "Mujib Mashal"; names with lower-case letters are kept.
std::string proper_case_name(std::string_view name);

}  // namespace dyad::ingest
