// Actor code roll-up: a code rolls up to its first three letters when they are
// an ISO 3166 alpha-3 country code (Debian's iso-codes) or a prefix listed in
// data/model/rollup_prefixes.txt; the prefix table is loaded once.
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>
#include <unordered_set>

#include "base/text.h"
#include "model/model.h"

namespace dyad::model {

namespace {

const std::unordered_set<std::string>& prefixes() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> s;
    for (const auto& p : base::load_word_list("model/rollup_prefixes.txt")) s.insert(p);
    std::ifstream iso("/usr/share/iso-codes/json/iso_3166-1.json");
    auto j = nlohmann::json::parse(iso, nullptr, false);
    if (j.is_object() && j.contains("3166-1") && j["3166-1"].is_array())
      for (const auto& c : j["3166-1"])
        if (c.is_object() && c.contains("alpha_3") && c["alpha_3"].is_string())
          s.insert(c["alpha_3"].get<std::string>());
    // Country codes Dyad's own actor lists use (in case iso-codes is missing).
    for (const auto& line : base::load_word_list("actors/countries.txt")) {
      auto bar = line.find('|');
      std::string code = line.substr(0, bar == std::string::npos ? line.size() : bar);
      while (!code.empty() && code.back() == ' ') code.pop_back();
      if (code.size() == 3) s.insert(code);
    }
    return s;
  }();
  return set;
}

}  // namespace

std::string rollup_code(std::string_view code) {
  if (code.size() <= 3) return std::string(code);
  std::string p(code.substr(0, 3));
  return prefixes().count(p) ? p : std::string(code);
}

std::vector<DyadCount> rollup_rows(const std::vector<DyadCount>& rows) {
  std::map<std::tuple<std::string, std::string, std::string>, DyadCount> by;
  for (const auto& r : rows) {
    std::string s = rollup_code(r.source), t = rollup_code(r.target);
    if (s == t) continue;
    auto& d = by[{r.date, s, t}];
    d.date = r.date;
    d.source = s;
    d.target = t;
    for (size_t q = 0; q < 5; ++q) d.quad[q] += r.quad[q];
    d.events += r.events;
    d.goldstein_sum += r.goldstein_sum;
  }
  std::vector<DyadCount> out;
  out.reserve(by.size());
  for (auto& [k, v] : by) out.push_back(std::move(v));
  return out;
}

}  // namespace dyad::model
