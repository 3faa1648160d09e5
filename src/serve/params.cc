// Checks on the query parameters every API endpoint shares (params.h).
#include "serve/params.h"

#include <regex>

#include "time/calendar.h"

namespace dyad::serve {

bool is_date_prefix(const std::string& v) {
  static const std::regex date("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
  if (!std::regex_match(v, date)) return false;
  if (v.size() < 7) return true;
  int m = std::stoi(v.substr(5, 2));
  if (m < 1 || m > 12) return false;
  return v.size() < 10 || time::valid_date(std::stoi(v.substr(0, 4)), m, std::stoi(v.substr(8, 2)));
}

}  // namespace dyad::serve
