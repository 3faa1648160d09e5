// The query parameters every API endpoint shares (params.h).
#include "serve/params.h"

#include <algorithm>
#include <iterator>
#include <regex>

#include "time/calendar.h"

namespace dyad::serve {

void bad_request(const std::string& message, int status) { throw BadRequest{status, message}; }

std::string get(const Params& p, const std::string& k) {
  auto it = p.find(k);
  return it == p.end() ? std::string() : it->second;
}

bool is_date_prefix(const std::string& v) {
  static const std::regex date("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
  if (!std::regex_match(v, date)) return false;
  if (v.size() < 7) return true;
  int m = std::stoi(v.substr(5, 2));
  if (m < 1 || m > 12) return false;
  return v.size() < 10 || time::valid_date(std::stoi(v.substr(0, 4)), m, std::stoi(v.substr(8, 2)));
}

long long int_param(const Params& p, const std::string& k, long long def, long long lo, long long hi) {
  std::string v = get(p, k);
  if (v.empty()) return def;
  static const std::regex num("[0-9]{1,18}");
  if (!std::regex_match(v, num) || std::stoll(v) < lo || std::stoll(v) > hi)
    bad_request("parameter '" + k + "' must be an integer from " + std::to_string(lo) + " to " +
                std::to_string(hi) + " (got '" + v + "')");
  return std::stoll(v);
}

double real_param(const Params& p, const std::string& k, double def, double lo, double hi) {
  std::string v = get(p, k);
  if (v.empty()) return def;
  static const std::regex num("[0-9]{1,9}(\\.[0-9]{1,9})?");
  if (!std::regex_match(v, num) || std::stod(v) < lo || std::stod(v) > hi)
    bad_request("parameter '" + k + "' must be a number from " + std::to_string(lo).substr(0, 4) + " to " +
                std::to_string(hi).substr(0, 4) + " (got '" + v + "')");
  return std::stod(v);
}

bool bool_param(const Params& p, const std::string& k) {
  std::string v = get(p, k);
  if (v.empty() || v == "0" || v == "false") return false;
  if (v == "1" || v == "true") return true;
  bad_request("parameter '" + k + "' must be 0 or 1 (got '" + v + "')");
}

std::string date_param(const Params& p, const std::string& k) {
  std::string v = get(p, k);
  if (!v.empty() && !is_date_prefix(v))
    bad_request("parameter '" + k + "' must be a date YYYY[-MM[-DD]] (got '" + v + "')");
  return v;
}

store::Window window_param(const Params& p) {
  store::Window w{date_param(p, "from"), date_param(p, "to")};
  if (!w.from.empty() && !w.to.empty() && w.to + "~" < w.from)
    bad_request("parameter 'from' (" + w.from + ") is after 'to' (" + w.to + ")");
  return w;
}

bool is_actor_code(const std::string& v) {
  static const std::regex code("[A-Za-z0-9:_.-]{1,64}");
  return std::regex_match(v, code);
}

std::string code_param(const Params& p, const std::string& k, bool required) {
  std::string v = get(p, k);
  if (v.empty()) {
    if (required) bad_request("parameter '" + k + "' (an actor code) is required");
    return v;
  }
  if (!is_actor_code(v)) bad_request("parameter '" + k + "' must be an actor code such as RUSGOV (got '" + v + "')");
  return v;
}

std::vector<std::string> list_param(const Params& p, const std::string& k) {
  std::vector<std::string> out;
  const std::string v = get(p, k);
  size_t b = 0;
  while (b <= v.size()) {
    size_t e = v.find(',', b);
    if (e == std::string::npos) e = v.size();
    std::string item = v.substr(b, e - b);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
    b = e + 1;
  }
  return out;
}

std::vector<std::string> codes_param(const Params& p, const std::string& k, size_t max) {
  auto list = list_param(p, k);
  if (list.size() > max) bad_request("parameter '" + k + "' names more than " + std::to_string(max) + " actors");
  for (const auto& c : list)
    if (!is_actor_code(c)) bad_request("parameter '" + k + "' must list actor codes such as RUS (got '" + c + "')");
  return list;
}

std::vector<std::string> modality_param(const Params& p) {
  static const char* kModalities[] = {"asserted", "reported", "alleged", "denied", "negated", "hypothetical",
                                      "planned"};
  auto list = list_param(p, "modality");
  for (const auto& m : list)
    if (std::find(std::begin(kModalities), std::end(kModalities), m) == std::end(kModalities))
      bad_request("parameter 'modality' takes asserted, reported, alleged, denied, negated, hypothetical, planned "
                  "(comma-separated; got '" + m + "')");
  return list;
}

model::Granularity granularity_param(const Params& p) {
  std::string v = get(p, "granularity");
  if (v.empty()) return model::Granularity::Month;
  if (auto g = model::parse_granularity(v)) return *g;
  bad_request("parameter 'granularity' must be day, week or month (got '" + v + "')");
}

}  // namespace dyad::serve
