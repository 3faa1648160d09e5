// Bargains: the point each side of a challenge moves to, interpolated
// between their positions by salience and the challenger's win probability.
#pragma once

#include <vector>

#include "sim/state.h"

namespace dyad::sim {

struct Bargain {
  size_t initiator = 0, receiver = 0;
  std::vector<double> initiator_pos;  // where the initiator moves (0..1 per dimension)
  std::vector<double> receiver_pos;   // where the receiver moves
  double prob = 0;  // initiator's estimate of prevailing
  double gain = 0;  // initiator's expected gain
};

// KTAB's rounding of bargain coordinates to 4 decimals (C truncation).
inline double round4(double x) { return static_cast<int>(0.5 + 10000 * x) / 10000.0; }

// The bargain i proposes to j given p = P(i prevails).
Bargain interpolate_bargain(const State& s, const ActorTable& t, VecBargain mode, size_t i,
                            size_t j, double p);

}  // namespace dyad::sim
