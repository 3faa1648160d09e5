// One state of the model: every actor's position and ideal point, the
// distances between them, the inferred risk attitudes and win probabilities.
#pragma once

#include <vector>

#include "sim/matrix.h"
#include "sim/scenario.h"

namespace dyad::sim {

struct State {
  Matrix positions;  // n x m, 0..1
  Matrix ideals;     // n x m, 0..1
  Matrix distance;   // d(i, j): from i's ideal to j's position, with i's saliences
  std::vector<double> risk;      // inferred risk attitude per actor
  std::vector<double> win_prob;  // probability that each actor's position prevails (output only)
};

// Per-actor constants of a run: capability, saliences, total salience.
struct ActorTable {
  size_t n = 0, m = 0;
  std::vector<double> capability;
  Matrix salience;                 // n x m
  std::vector<double> total_sal;   // S_i
  std::vector<double> challenge_weight;  // S_i * c_i
  Matrix accommodation;            // n x n
};

ActorTable actor_table(const Scenario& sc);
// The initial state: positions and ideals from the scenario.
State initial_state(const Scenario& sc);
// Fills distances, risk attitudes and win probabilities of `s`.
void setup_state(State& s, const ActorTable& t, const Settings& cfg);
// h's whole estimated utility matrix (n x n).
Matrix utility_view(const State& s, const Settings& cfg, size_t h);
// Utility to actor a of an arbitrary point z, with its own risk attitude.
double position_utility(const State& s, const ActorTable& t, size_t a, const double* z);
// Sum over actors of the Euclidean distance between their positions.
double state_distance(const State& a, const State& b);

}  // namespace dyad::sim
