// A run of the Spatial Model of Politics: turn after turn every actor picks
// its best challenge, proposes a bargain, resolves its queue, and the
// positions move, until the change dies down (or the turn limit).
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "sim/bargain.h"
#include "sim/scenario.h"
#include "sim/state.h"

namespace dyad::sim {

// A recorded order to replay a threaded KTAB run: per turn, each actor's
// queue as (initiator, receiver) pairs ((k, k) = status quo) and the order in
// which actors drew random numbers.
struct Replay {
  std::vector<std::vector<std::vector<std::pair<size_t, size_t>>>> queues;
  std::vector<std::vector<size_t>> draw_order;
};

struct RunOptions {
  std::optional<unsigned long long> seed;  // overrides the scenario's
  int max_turns = 100;
  const Replay* replay = nullptr;
};

struct Turn {
  int number = 0;                // 1-based: turn K makes state K
  std::vector<Bargain> bargains;  // proposals, by initiator
  std::vector<int> chosen;        // per actor: bargain index, or -1 (stayed put)
  double fractional_change = 0;  // D(K-1, K) / (D(0, 1) + 1e-4)
};

struct RunResult {
  std::vector<State> states;  // state 0 = input
  std::vector<Turn> turns;
  unsigned long long seed = 0;
};

RunResult run_model(const Scenario& sc, const RunOptions& opt = {});

}  // namespace dyad::sim
