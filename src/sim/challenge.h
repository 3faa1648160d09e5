// One actor's choice of whom to challenge: its estimate of the probability
// that it prevails over each other actor (third parties joining the side
// they prefer) and of what the challenge gains it; the best target.
#pragma once

#include <optional>

#include "sim/state.h"

namespace dyad::sim {

struct ChallengeValue {
  double prob = 0;  // probability that i prevails over j
  double gain = 0;  // expected gain to k over the status quo
};

// h's estimate (its utility view `u` = U^h) of what i challenging j is worth to k.
ChallengeValue challenge_value(const Matrix& u, const ActorTable& t, const Settings& cfg,
                               size_t k, size_t i, size_t j);

struct Challenge {
  size_t target = 0;
  ChallengeValue value;
};

// The most advantageous target of actor i (gain above 1e-5, lowest index on
// ties), judged with i's own view `u_i`; nullopt when none is worth it.
std::optional<Challenge> best_challenge(const Matrix& u_i, const ActorTable& t,
                                        const Settings& cfg, size_t i);

}  // namespace dyad::sim
