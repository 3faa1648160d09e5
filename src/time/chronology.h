// Chronology lists: finds the "1979 Soviet troops invade ..." / "September
// 2001 - ..." entries of a timeline inside an article and turns each real
// entry into a TimelineEntry (kind Chronology), repairing scrape damage
// (repeated entries, years glued to the end of the previous entry, a year on
// its own line above its text, bullets and dashes).
//
// The rule for what counts as a list (documented here, tested in
// tests/test_chronology.cc): a piece of a paragraph is *entry-shaped* when it
// starts with a date (a year 1000-2099, "September 2001", "Dec. 25, 1979",
// "25 December 1979", "1979-12-25", or a range of those: "1989-1992",
// "1996–89", "1979 to 1989") followed by a separator (":", a dash, ",", end
// of line) or by a capitalised word. "In 2014, ...", "1,200 troops", "2,000
// people" and "2000 people were" are not entry-shaped. Entry-shaped pieces
// become entries only inside a run of at least 3 consecutive ones (a year on
// its own line and the line of text after it count as one), or of at least 2
// when a year glued to a previous sentence ("...revolution.1979-1989 Soviet")
// shows a damaged list. Each real entry appears once: a later entry with the
// same start year whose text equals, contains or is contained in an earlier
// one's is the same entry (the copy with a range or the more precise date,
// then the longer text, is kept).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"

namespace dyad::time {

// A date at the start of a line.
struct LeadDate {
  size_t length = 0;      // bytes of the date (or range) itself
  size_t text_start = 0;  // where the entry text starts (after separators); == size when none
  std::string date;       // "YYYY[-MM[-DD]]"
  std::optional<std::string> end_date;
};

// The date (or date range) `s` starts with, if it is entry-shaped (see above).
std::optional<LeadDate> leading_date(std::string_view s);

// Chronology entries of `text` whose paragraphs are `paras` (spans in text),
// in text order.
std::vector<TimelineEntry> find_chronology(std::string_view text, const std::vector<Span>& paras);
// Of a document's clean text (doc.text, doc.text_paras).
std::vector<TimelineEntry> find_chronology(const Document& doc);

}  // namespace dyad::time
