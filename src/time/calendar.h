// Calendar arithmetic for resolving time expressions: days since the epoch,
// weekdays, ISO weeks, month and season steps, and TIMEX3 value formatting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad::time {

struct Date {
  int y = 0, m = 1, d = 1;
};

// Days since 1970-01-01 (proleptic Gregorian) and back.
int64_t days_from_civil(int y, int m, int d);
Date civil_from_days(int64_t z);
inline int64_t to_days(const Date& x) { return days_from_civil(x.y, x.m, x.d); }
// ISO weekday: 1 = Monday .. 7 = Sunday.
int weekday(const Date& x);
// ISO week-numbering year and week of a date.
void iso_week(const Date& x, int& week_year, int& week);
int days_in_month(int y, int m);
bool valid_date(int y, int m, int d);
// Parses "YYYY-MM-DD" (also "YYYY-MM-DDTHH..." ); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view s);

// TIMEX3 values.
std::string fmt_year(int y);                 // "2013"
std::string fmt_month(int y, int m);         // "2013-03"
std::string fmt_day(const Date& x);          // "2013-03-22"
std::string fmt_week(const Date& x);         // "2013-W12"
std::string fmt_two(int v);                  // "03"

// Season of a month, as an index in the year that starts it: spring 0,
// summer 1, fall 2, winter 3 (December starts the winter of its year;
// January and February belong to the previous year's winter).
void season_of(int y, int m, int& season_year, int& season);
const char* season_code(int season);  // "SP", "SU", "FA", "WI"
int season_index(std::string_view code);  // inverse, -1 if unknown

}  // namespace dyad::time
