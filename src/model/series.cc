// Dyad series: periods (day, ISO week by its Monday, month) of event dates
// and per-period sums of quad-class counts with the mean Goldstein score.
#include <map>

#include "model/model.h"
#include "time/calendar.h"

namespace dyad::model {

std::optional<Granularity> parse_granularity(std::string_view s) {
  if (s == "day") return Granularity::Day;
  if (s == "week") return Granularity::Week;
  if (s == "month") return Granularity::Month;
  return std::nullopt;
}

namespace {
bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
}  // namespace

std::string period_of(std::string_view date, Granularity g) {
  if (date.size() < 4 || !digits(date.substr(0, 4))) return "";
  int y = std::stoi(std::string(date.substr(0, 4))), m = 1, d = 1;
  if (date.size() >= 7 && date[4] == '-' && digits(date.substr(5, 2))) {
    m = std::stoi(std::string(date.substr(5, 2)));
    if (date.size() >= 10 && date[7] == '-' && digits(date.substr(8, 2)))
      d = std::stoi(std::string(date.substr(8, 2)));
  }
  if (!time::valid_date(y, m, d)) {
    if (m < 1 || m > 12) return "";
    d = 1;
  }
  time::Date x{y, m, d};
  switch (g) {
    case Granularity::Day: return time::fmt_day(x);
    case Granularity::Month: return time::fmt_month(y, m);
    case Granularity::Week: return time::fmt_day(time::civil_from_days(time::to_days(x) - (time::weekday(x) - 1)));
  }
  return "";
}

std::vector<SeriesPoint> dyad_series(const std::vector<DyadCount>& rows, Granularity g) {
  std::map<std::string, std::pair<SeriesPoint, double>> by;
  for (const auto& r : rows) {
    std::string p = period_of(r.date, g);
    if (p.empty()) continue;
    auto& [pt, sum] = by[p];
    pt.period = p;
    for (size_t q = 0; q < 5; ++q) pt.quad[q] += r.quad[q];
    pt.events += r.events;
    sum += r.goldstein_sum;
  }
  std::vector<SeriesPoint> out;
  out.reserve(by.size());
  for (auto& [p, v] : by) {
    v.first.mean_goldstein = v.first.events ? v.second / static_cast<double>(v.first.events) : 0;
    out.push_back(v.first);
  }
  return out;
}

}  // namespace dyad::model
