// The analyst's capability table for scenarios built from the store
// (data/sim/capabilities.txt by code, data/sim/roles.txt by actor kind).
#pragma once

#include <map>
#include <string>

namespace dyad::sim {

struct CapabilityEstimate {
  double value = 0;
  std::string rule;  // where the number comes from, for the evidence file
};

class CapabilityTable {
 public:
  // Reads data/sim/capabilities.txt and data/sim/roles.txt.
  static CapabilityTable load();
  void set(const std::string& code, double value) { by_code_[code] = value; }
  void set_role(const std::string& kind, double share, double alone) { roles_[kind] = {share, alone}; }
  // The code's own line, else its kind's share of its country's line, else
  // the kind's value for actors without a country.
  CapabilityEstimate estimate(const std::string& code, const std::string& kind,
                              const std::string& country) const;

 private:
  std::map<std::string, double> by_code_;
  std::map<std::string, std::pair<double, double>> roles_;  // kind -> (share, alone)
};

}  // namespace dyad::sim
