// JSON form of a simulation run, for notebooks, tests and the web terminal.
#pragma once

#include <nlohmann/json.hpp>

#include "sim/monte_carlo.h"
#include "sim/scenario.h"
#include "sim/simulation.h"

namespace dyad::sim {

// {"scenario","actors","dimensions","seed","settings","turns_run",
//  "initial_positions","initial_win_probabilities","final_positions",
//  "turns":[{"turn","positions","bargains","chosen","win_probabilities",
//  "fractional_change"}]}; positions on the input's 0..100 scale.
nlohmann::json run_to_json(const Scenario& sc, const RunResult& r);
// {"scenario","runs","perturb","seed","turns_run":{summary},"actors":{name:
//  [{"dimension","input","mean","sd","min","p10","median","p90","max"}]}}.
nlohmann::json monte_carlo_to_json(const Scenario& sc, const MonteCarloResult& r);
// An actor's position on the 0..100 scale, to 4 decimals.
std::vector<double> scaled_position(const State& s, size_t actor);

}  // namespace dyad::sim
