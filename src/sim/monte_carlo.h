// Monte Carlo sensitivity: runs a scenario many times with its inputs
// perturbed (capabilities and saliences scaled by a random factor in
// [1 - f, 1 + f], positions shifted by up to f of the scale) and summarises
// the distribution of each actor's final position.
#pragma once

#include <vector>

#include "sim/scenario.h"
#include "sim/simulation.h"

namespace dyad::sim {

struct Distribution {
  double mean = 0, sd = 0, min = 0, p10 = 0, median = 0, p90 = 0, max = 0;
};

struct MonteCarloResult {
  int runs = 0;
  double perturb = 0;
  unsigned long long seed = 0;
  // final_positions[i][k]: actor i, dimension k, one value per run (0..1).
  std::vector<std::vector<std::vector<double>>> final_positions;
  std::vector<int> turns_run;  // per run
  std::vector<std::vector<Distribution>> summary;  // [actor][dim], on 0..100
};

// A copy of `sc` with perturbed inputs (saliences renormalised to sum <= 1).
Scenario perturb_scenario(const Scenario& sc, double f, unsigned long long seed);
// `runs` perturbed runs; run r uses seed + r for both perturbation and draws.
MonteCarloResult monte_carlo(const Scenario& sc, int runs, double f, unsigned long long seed,
                             const RunOptions& base = {});
Distribution summarise(std::vector<double> values);

}  // namespace dyad::sim
