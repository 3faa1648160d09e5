// Capability look-up for store-built scenarios (see capability_table.h).
#include "sim/capability_table.h"

#include <fmt/format.h>

#include <cstdlib>
#include <vector>

#include "base/text.h"

namespace dyad::sim {

CapabilityTable CapabilityTable::load() {
  CapabilityTable t;
  for (const auto& line : base::load_word_list("sim/capabilities.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() >= 2 && !f[0].empty()) t.set(f[0], std::atof(f[1].c_str()));
  }
  for (const auto& line : base::load_word_list("sim/roles.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() >= 3 && !f[0].empty()) t.set_role(f[0], std::atof(f[1].c_str()), std::atof(f[2].c_str()));
  }
  return t;
}

CapabilityEstimate CapabilityTable::estimate(const std::string& code, const std::string& kind,
                                             const std::string& country) const {
  if (auto it = by_code_.find(code); it != by_code_.end())
    return {it->second, fmt::format("data/sim/capabilities.txt: {} | {}", code, it->second)};
  auto role = roles_.find(kind);
  if (role == roles_.end()) role = roles_.find("default");
  const auto [share, alone] = role == roles_.end() ? std::pair{0.1, 2.0} : role->second;
  const std::string kind_name = role == roles_.end() ? "default" : role->first;
  if (auto c = by_code_.find(country); c != by_code_.end() && share > 0)
    return {share * c->second, fmt::format("data/sim/roles.txt: {} = {} x {} ({} in capabilities.txt)",
                                           kind_name, share, country, c->second)};
  return {alone, fmt::format("data/sim/roles.txt: {} without a listed country = {}", kind_name, alone)};
}

}  // namespace dyad::sim
