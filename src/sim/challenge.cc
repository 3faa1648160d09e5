// Challenges: the contest of i against j with third parties (see challenge.h).
#include "sim/challenge.h"

#include <algorithm>

#include "sim/voting.h"

namespace dyad::sim {
namespace {

// How third party n's utilities for i's and j's sides are mixed in its vote.
struct Stakes { double a1, a2, a3, a4; };

Stakes third_party_stakes(const Matrix& u, size_t n, size_t i, size_t j, ThirdParty commit) {
  const double ui = u(n, i), uj = u(n, j), un = u(n, n);
  switch (commit) {
    case ThirdParty::FullCommit: return {3 * ui, 3 * uj, 3 * ui, 3 * uj};
    case ThirdParty::NoCommit: return {2 * ui + un, 2 * uj + un, 2 * ui + un, 2 * uj + un};
    default: return {2 * ui + un, 3 * uj, 3 * ui, 2 * uj + un};
  }
}

}  // namespace

ChallengeValue challenge_value(const Matrix& u, const ActorTable& t, const Settings& cfg,
                               size_t k, size_t i, size_t j) {
  const VotingRule rule = cfg.voting;
  const auto& w = t.challenge_weight;
  const double ci = vote(rule, w[i], u(i, i), u(i, j));
  const double cj = vote(rule, w[j], u(j, i), u(j, j));
  const double a = 1e-10 + std::max(0.0, ci) + std::max(0.0, cj);
  const double b = 1e-10 + std::max(0.0, -ci) + std::max(0.0, -cj);
  double chij = a, chji = b;
  for (size_t n = 0; n < t.n; ++n) {
    if (n == i || n == j) continue;
    const double v0 = vote(rule, w[n], u(n, i), u(n, j));
    const double pin = (a + std::max(v0, 0.0)) / (a + std::max(v0, 0.0) + b + std::max(-v0, 0.0));
    const Stakes s = third_party_stakes(u, n, i, j, cfg.third_party);
    const double vn = vote(rule, w[n], pin * s.a1 + (1 - pin) * s.a2, pin * s.a3 + (1 - pin) * s.a4);
    if (vn > 0) chij += vn;
    if (vn < 0) chji -= vn;
  }
  const double phij = chij / (chij + chji);
  const double sj = t.total_sal[j];
  const double eu_sq = u(k, i) + u(k, j);
  const double eu_vict = 2 * u(k, i);
  const double eu_lose = 2 * u(k, j);
  const double eu_contest = phij * eu_vict + (1 - phij) * eu_lose;
  const double eu_chlg = (1 - sj) * eu_vict + sj * eu_contest;
  return {phij, eu_chlg - eu_sq};
}

std::optional<Challenge> best_challenge(const Matrix& u_i, const ActorTable& t,
                                        const Settings& cfg, size_t i) {
  std::optional<Challenge> best;
  for (size_t j = 0; j < t.n; ++j) {
    if (j == i) continue;
    ChallengeValue v = challenge_value(u_i, t, cfg, i, i, j);
    if (v.gain > 1e-5 && (!best || v.gain > best->value.gain)) best = Challenge{j, v};
  }
  return best;
}

}  // namespace dyad::sim
