// Dates as articles state them: finds a calendar date in a short line
// ("2/20/2016", "March 16, 2021", "Feb 21, 2016", "14 Mar 2022", "2016-02-20"),
// tells whether a line is nothing but a date (plus "Published", a weekday, a
// time), and reads the date of a dated URL ("/2021/03/16/"). Month names come
// from data/metadata/months.txt.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dyad::ingest {

struct DateHit {
  int year = 0, month = 0, day = 0;  // day 0: only month and year stated
  size_t start = 0, end = 0;         // byte range of the date in the line
};

// The first date with a year in `s` (a full date preferred over "March 2021").
std::optional<DateHit> find_date(std::string_view s);
// "YYYY-MM-DD", or "YYYY-MM" when the day is unknown.
std::string iso_date(const DateHit& d);
// True when `s` holds a date and otherwise only date words, a time, a
// weekday or punctuation.
bool is_date_line(std::string_view s);
// The date in a dated URL path ("/2021/03/16/", "/2021-03-16-"), ISO.
std::optional<std::string> date_from_url(std::string_view url);
// Month number of an English month name or abbreviation (any case), or 0.
int month_number(std::string_view word);

}  // namespace dyad::ingest
