// Scenario checks shared by the CSV and XML readers, and the reader dispatch.
#include "sim/scenario.h"

#include <cmath>
#include <fmt/format.h>

namespace dyad::sim {

ScenarioError::ScenarioError(const std::string& file, int line, const std::string& message)
    : std::runtime_error(line > 0 ? fmt::format("{}:{}: {}", file, line, message)
                                  : fmt::format("{}: {}", file, message)),
      file_(file),
      line_(line) {}

void check_sizes(size_t actors, size_t dims, const std::string& file, int line) {
  if (actors < 3 || actors > 250)
    throw ScenarioError(file, line, fmt::format("{} actors: a scenario needs 3 to 250", actors));
  if (dims < 1) throw ScenarioError(file, line, "a scenario needs at least one dimension");
}

void check_actor(const ScenarioActor& a, const std::string& file, int line) {
  if (a.name.empty() || a.name.size() > 25)
    throw ScenarioError(file, line,
                        fmt::format("actor name '{}' must have 1 to 25 characters", a.name));
  if (!(a.capability >= 0 && a.capability <= 1e8))
    throw ScenarioError(file, line,
                        fmt::format("capability {} of {} is outside [0, 1e8]", a.capability, a.name));
  double total = 0;
  for (size_t k = 0; k < a.position.size(); ++k) {
    double x = a.position[k] * 100, s = a.salience[k] * 100;
    if (!(x >= 0 && x <= 100))
      throw ScenarioError(file, line, fmt::format("position {} of {} on dimension {} is outside "
                                                  "[0, 100]", x, a.name, k + 1));
    if (!(s >= 0 && s <= 100))
      throw ScenarioError(file, line, fmt::format("salience {} of {} on dimension {} is outside "
                                                  "[0, 100]", s, a.name, k + 1));
    total += s;
  }
  if (total > 100 + 1e-9)
    throw ScenarioError(file, line,
                        fmt::format("saliences of {} sum to {} (more than 100)", a.name, total));
  if (total <= 0)
    throw ScenarioError(file, line, fmt::format("saliences of {} are all zero", a.name));
}

std::vector<double> identity_matrix(size_t n) {
  std::vector<double> a(n * n, 0.0);
  for (size_t i = 0; i < n; ++i) a[i * n + i] = 1.0;
  return a;
}

Scenario read_scenario(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e = ext;
    if (path.size() < e.size()) return false;
    for (size_t i = 0; i < e.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(path[path.size() - e.size() + i])) != e[i])
        return false;
    return true;
  };
  if (ends(".xml")) return read_scenario_xml(path);
  if (ends(".csv")) return read_scenario_csv(path);
  throw ScenarioError(path, 0, "unknown scenario format (expected .csv or .xml)");
}

}  // namespace dyad::sim
