// Bargain interpolation: S1P1 / S2P2 (salience^a * prob^b weights, rounded to
// 4 decimals) and S2PMax (the weaker side concedes in proportion).
#include "sim/bargain.h"

#include <algorithm>
#include <cmath>

namespace dyad::sim {

Bargain interpolate_bargain(const State& s, const ActorTable& t, VecBargain mode, size_t i,
                            size_t j, double p) {
  Bargain b;
  b.initiator = i;
  b.receiver = j;
  b.prob = p;
  const double q = 1 - p;
  const double min_w = 1e-6;
  for (size_t k = 0; k < t.m; ++k) {
    const double ti = s.positions(i, k), tj = s.positions(j, k);
    const double si = t.salience(i, k), sj = t.salience(j, k);
    if (mode == VecBargain::S2PMax) {
      const double di = std::max(0.0, q - p), dj = std::max(0.0, p - q);
      const double fi = di * sj * sj / (di * sj * sj + min_w + (1 - di) * si * si);
      const double fj = dj * si * si / (dj * si * si + min_w + (1 - dj) * sj * sj);
      b.initiator_pos.push_back(ti + fi * (tj - ti));
      b.receiver_pos.push_back(tj + fj * (ti - tj));
      continue;
    }
    const double e = mode == VecBargain::S1P1 ? 1.0 : 2.0;
    const double wi = std::pow(si, e) * std::pow(p, e);
    const double wj = std::pow(sj, e) * std::pow(q, e);
    b.initiator_pos.push_back(round4(((wi + min_w) * ti + wj * tj) / (wi + min_w + wj)));
    b.receiver_pos.push_back(round4((wi * ti + (wj + min_w) * tj) / (wi + min_w + wj)));
  }
  return b;
}

}  // namespace dyad::sim
