// Resolution of one actor's bargain queue: every actor values the state each
// bargain would bring, an election over the queue weighs those values by
// capability, and the actor adopts the winner (the likeliest, or a draw).
#pragma once

#include <vector>

#include "sim/bargain.h"

namespace dyad::sim {

// A queue lists bargain indices; kStatusQuo stands for the actor's own status quo.
inline constexpr int kStatusQuo = -1;

// Values shared by every queue of one turn.
struct QueueContext {
  const State& state;
  const ActorTable& table;
  const Settings& cfg;
  const std::vector<Bargain>& bargains;
  Matrix own;              // own(a, j) = U^a[a][j]
  Matrix util_init;        // util_init(a, b): a's utility of bargain b's initiator point
  Matrix util_rcvr;        // ... of its receiver point
};

QueueContext queue_context(const State& s, const ActorTable& t, const Settings& cfg,
                           const std::vector<Bargain>& bargains);
// Probability of each queue entry prevailing.
std::vector<double> queue_probabilities(const QueueContext& ctx, const std::vector<int>& queue);
// The canonical queue of actor k: its status quo, then the bargains it takes
// part in, by increasing initiator.
std::vector<int> canonical_queue(const std::vector<Bargain>& bargains, size_t k);

}  // namespace dyad::sim
