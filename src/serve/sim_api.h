// The simulation endpoints of the terminal's JSON API (docs/api.md):
// /api/scenario builds a one-dimension bargaining scenario on an issue from
// the store (src/sim/issue_scenario.h) with the evidence behind every input;
// /api/simulate also runs the model on it, once or as a bounded Monte Carlo.
#pragma once

#include <string>

#include "serve/api.h"
#include "sim/issue_scenario.h"
#include "store/queries.h"

namespace dyad::serve {

// Bounds that keep one request from holding a worker for long.
inline constexpr int kSimMaxActors = 25;
inline constexpr int kSimMaxTurns = 100;
inline constexpr int kSimMaxRuns = 100;

// The store's events dated from `from` to `to` ("" = open) as the scenario
// builder's input (also `dyad scenario`'s).
std::vector<sim::IssueEvent> issue_events(const store::Queries& q, const std::string& from, const std::string& to);

// `what` is "scenario" or "simulate". Never throws: bad parameters give 400,
// an issue the store cannot make a scenario of gives 422, store errors 500;
// every error body is {"error": "..."}.
ApiResponse handle_sim_api(const store::Queries& q, const std::string& what, const Params& params);

}  // namespace dyad::serve
