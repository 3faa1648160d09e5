// A scenario of the Spatial Model of Politics: actors with a capability, a
// position and a salience per dimension (both stored on KTAB's 0..1 scale),
// the ideal-accommodation matrix, the seed and the model settings.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "sim/params.h"

namespace dyad::sim {

struct ScenarioActor {
  std::string name;
  std::string description;
  double capability = 0;
  std::vector<double> position;  // one per dimension, 0..1
  std::vector<double> salience;  // one per dimension, 0..1
};

struct Scenario {
  std::string name;
  std::string description;
  std::vector<std::string> dimensions;
  std::vector<ScenarioActor> actors;
  // accommodation[i * n + j]: how far actor i's ideal follows actor j's position.
  std::vector<double> accommodation;  // identity unless the XML adjusts it
  std::optional<unsigned long long> seed;  // the scenario's own seed (XML)
  Settings settings;
  std::string source;  // the file it was read from

  size_t num_actors() const { return actors.size(); }
  size_t num_dims() const { return dimensions.size(); }
};

// A bad scenario: names the file and, where known, the line.
class ScenarioError : public std::runtime_error {
 public:
  ScenarioError(const std::string& file, int line, const std::string& message);
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string file_;
  int line_;
};

// Reads a .csv or .xml scenario (by extension); throws ScenarioError.
Scenario read_scenario(const std::string& path);
Scenario read_scenario_csv(const std::string& path);
Scenario read_scenario_xml(const std::string& path);
// Parse CSV / XML text (the `path` is only for messages and `source`).
Scenario parse_scenario_csv(const std::string& text, const std::string& path);
Scenario parse_scenario_xml(const std::string& text, const std::string& path);

// KTAB's checks on one actor (names 1..25 characters, 0 <= capability <= 1e8,
// positions and saliences in [0,100] given on the 0..1 scale, salience sum
// <= 100 and > 0); throws ScenarioError at `line`.
void check_actor(const ScenarioActor& a, const std::string& file, int line);
// Checks the actor count (3..250) and dimension count (>= 1).
void check_sizes(size_t actors, size_t dims, const std::string& file, int line);
// Identity accommodation matrix for n actors.
std::vector<double> identity_matrix(size_t n);

}  // namespace dyad::sim
