// Queue resolution (see resolve.h).
#include "sim/resolve.h"

#include "sim/utility.h"
#include "sim/voting.h"

namespace dyad::sim {

QueueContext queue_context(const State& s, const ActorTable& t, const Settings& cfg,
                           const std::vector<Bargain>& bargains) {
  QueueContext ctx{.state = s,
                   .table = t,
                   .cfg = cfg,
                   .bargains = bargains,
                   .own = Matrix(t.n, t.n),
                   .util_init = Matrix(t.n, bargains.size()),
                   .util_rcvr = Matrix(t.n, bargains.size())};
  for (size_t a = 0; a < t.n; ++a) {
    const double r = estimated_attitude(s.risk[a], s.risk[a], cfg.big_r_adjust);
    for (size_t j = 0; j < t.n; ++j) ctx.own(a, j) = risk_utility(s.distance(a, j), r);
    for (size_t b = 0; b < bargains.size(); ++b) {
      ctx.util_init(a, b) = position_utility(s, t, a, bargains[b].initiator_pos.data());
      ctx.util_rcvr(a, b) = position_utility(s, t, a, bargains[b].receiver_pos.data());
    }
  }
  return ctx;
}

std::vector<double> queue_probabilities(const QueueContext& ctx, const std::vector<int>& queue) {
  const size_t n = ctx.table.n;
  Matrix u(n, queue.size());
  for (size_t a = 0; a < n; ++a) {
    for (size_t q = 0; q < queue.size(); ++q) {
      const int b = queue[q];
      const size_t init = b == kStatusQuo ? n : ctx.bargains[b].initiator;
      const size_t rcvr = b == kStatusQuo ? n : ctx.bargains[b].receiver;
      double sum = 0;
      for (size_t j = 0; j < n; ++j) {
        if (j == init) sum += ctx.util_init(a, b);
        else if (j == rcvr) sum += ctx.util_rcvr(a, b);
        else sum += ctx.own(a, j);
      }
      u(a, q) = sum / n;
    }
  }
  return scalar_pce(ctx.table.capability, u, ctx.cfg.voting, ctx.cfg.victory, ctx.cfg.pce);
}

std::vector<int> canonical_queue(const std::vector<Bargain>& bargains, size_t k) {
  std::vector<int> q{kStatusQuo};
  for (size_t b = 0; b < bargains.size(); ++b)
    if (bargains[b].initiator == k || bargains[b].receiver == k) q.push_back(static_cast<int>(b));
  return q;
}

}  // namespace dyad::sim
