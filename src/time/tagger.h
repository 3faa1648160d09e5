// Time expression tagger: finds dates, times, durations and sets in clean
// text and normalises them to TIMEX3 values against the document date.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"

namespace dyad::time {

// Time expressions of `text`, in order, not overlapping. `published` is the
// document date ("YYYY-MM-DD"; a partial or missing date leaves relative
// expressions with X placeholders, e.g. "XXXX-03-22", "XXXX-WXX").
std::vector<Timex> tag_timexes(std::string_view text, const std::optional<std::string>& published);

// Fills doc.timexes from doc.text and doc.meta.published.
void tag_document(Document& doc);

}  // namespace dyad::time
