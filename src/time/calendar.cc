// Calendar arithmetic (civil date <-> day count after H. Hinnant's public
// domain algorithm description), ISO weeks and TIMEX3 value formatting.
#include "time/calendar.h"

#include <cstdio>

namespace dyad::time {

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Date r;
  r.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  r.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  r.y = static_cast<int>(yoe + era * 400 + (r.m <= 2));
  return r;
}

int weekday(const Date& x) {
  int64_t z = to_days(x);  // 1970-01-01 was a Thursday (4)
  int64_t w = ((z % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

void iso_week(const Date& x, int& week_year, int& week) {
  int64_t z = to_days(x);
  int64_t thursday = z - (weekday(x) - 4);  // the Thursday of this ISO week
  Date t = civil_from_days(thursday);
  week_year = t.y;
  week = static_cast<int>((thursday - days_from_civil(t.y, 1, 1)) / 7 + 1);
}

int days_in_month(int y, int m) {
  static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return n[m - 1];
}

bool valid_date(int y, int m, int d) { return y >= 1 && y <= 9999 && d >= 1 && d <= days_in_month(y, m); }

std::optional<Date> parse_iso_date(std::string_view s) {
  auto digits = [&](size_t at, size_t n, int& v) {
    if (at + n > s.size()) return false;
    v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    return true;
  };
  Date r;
  if (!digits(0, 4, r.y)) return std::nullopt;
  if (s.size() == 4) return std::nullopt;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(5, 2, r.m) || !digits(8, 2, r.d)) return std::nullopt;
  if (!valid_date(r.y, r.m, r.d)) return std::nullopt;
  return r;
}

std::string fmt_two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v < 0 ? 0 : v % 100);
  return b;
}

std::string fmt_year(int y) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d", y);
  return b;
}

std::string fmt_month(int y, int m) { return fmt_year(y) + "-" + fmt_two(m); }
std::string fmt_day(const Date& x) { return fmt_month(x.y, x.m) + "-" + fmt_two(x.d); }

std::string fmt_week(const Date& x) {
  int wy = 0, w = 0;
  iso_week(x, wy, w);
  return fmt_year(wy) + "-W" + fmt_two(w);
}

void season_of(int y, int m, int& season_year, int& season) {
  if (m >= 3 && m <= 5) season = 0;
  else if (m >= 6 && m <= 8) season = 1;
  else if (m >= 9 && m <= 11) season = 2;
  else season = 3;
  season_year = (m <= 2) ? y - 1 : y;
}

const char* season_code(int season) {
  static const char* c[] = {"SP", "SU", "FA", "WI"};
  return (season >= 0 && season < 4) ? c[season] : "XX";
}

int season_index(std::string_view code) {
  for (int i = 0; i < 4; ++i)
    if (code == season_code(i)) return i;
  return -1;
}

}  // namespace dyad::time
