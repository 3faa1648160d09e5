// The turn loop and KTAB's stopping rule (see simulation.h).
#include "sim/simulation.h"

#include <stdexcept>

#include "sim/challenge.h"
#include "sim/prng.h"
#include "sim/resolve.h"

namespace dyad::sim {
namespace {

// Every actor's best challenge, as the bargain it proposes (by initiator).
std::vector<Bargain> propose(const State& s, const ActorTable& t, const Settings& cfg) {
  std::vector<Bargain> out;
  for (size_t i = 0; i < t.n; ++i) {
    Matrix u = utility_view(s, cfg, i);
    auto c = best_challenge(u, t, cfg, i);
    if (!c) continue;
    Bargain b = interpolate_bargain(s, t, cfg.vec_bargain, i, c->target, c->value.prob);
    b.gain = c->value.gain;
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<int> replay_queue(const std::vector<Bargain>& bargains,
                              const std::vector<std::pair<size_t, size_t>>& pairs, size_t k) {
  std::vector<int> q;
  for (auto [i, j] : pairs) {
    if (i == k && j == k) { q.push_back(kStatusQuo); continue; }
    int found = -2;
    for (size_t b = 0; b < bargains.size(); ++b)
      if (bargains[b].initiator == i && bargains[b].receiver == j) found = static_cast<int>(b);
    if (found < 0) throw std::runtime_error("replay names a bargain that was not made");
    q.push_back(found);
  }
  return q;
}

// Picks each actor's bargain from its queue.
std::vector<int> resolve_all(const State& s, const ActorTable& t, const Settings& cfg,
                             const std::vector<Bargain>& bargains, Prng& prng,
                             const Replay* replay, size_t turn) {
  QueueContext ctx = queue_context(s, t, cfg, bargains);
  std::vector<std::vector<int>> queues(t.n);
  std::vector<std::vector<double>> probs(t.n);
  bool use_replay = replay && turn < replay->queues.size();
  for (size_t k = 0; k < t.n; ++k) {
    queues[k] = use_replay ? replay_queue(bargains, replay->queues[turn][k], k)
                           : canonical_queue(bargains, k);
    probs[k] = queue_probabilities(ctx, queues[k]);
  }
  std::vector<int> chosen(t.n, kStatusQuo);
  std::vector<size_t> order;
  if (use_replay && turn < replay->draw_order.size()) order = replay->draw_order[turn];
  else for (size_t k = 0; k < t.n; ++k) order.push_back(k);
  for (size_t k : order) {
    size_t pick = 0;
    if (cfg.transitions == Transitions::Stochastic) pick = prng.select(probs[k]);
    else
      for (size_t q = 1; q < probs[k].size(); ++q)
        if (probs[k][q] > probs[k][pick]) pick = q;
    chosen[k] = queues[k][pick];
  }
  return chosen;
}

State next_state(const State& s, const ActorTable& t, const std::vector<Bargain>& bargains,
                 const std::vector<int>& chosen) {
  State next;
  next.positions = s.positions;
  for (size_t k = 0; k < t.n; ++k) {
    if (chosen[k] == kStatusQuo) continue;
    const Bargain& b = bargains[chosen[k]];
    const auto& p = b.initiator == k ? b.initiator_pos : b.receiver_pos;
    for (size_t d = 0; d < t.m; ++d) next.positions(k, d) = p[d];
  }
  next.ideals = Matrix(t.n, t.m);
  for (size_t i = 0; i < t.n; ++i) {
    double row = 0;
    for (size_t j = 0; j < t.n; ++j) row += t.accommodation(i, j);
    const double keep = 1 - std::min(1.0, row);
    for (size_t d = 0; d < t.m; ++d) {
      double y = 0;
      for (size_t j = 0; j < t.n; ++j) y += t.accommodation(i, j) * next.positions(j, d);
      next.ideals(i, d) = y + keep * s.ideals(i, d);
    }
  }
  return next;
}

}  // namespace

RunResult run_model(const Scenario& sc, const RunOptions& opt) {
  RunResult r;
  r.seed = opt.seed ? *opt.seed : sc.seed ? *sc.seed : kDefaultSeed;
  Prng prng(r.seed);
  const Settings& cfg = sc.settings;
  const ActorTable t = actor_table(sc);
  r.states.push_back(initial_state(sc));
  setup_state(r.states[0], t, cfg);
  double d01 = 0;
  for (int k = 1; k <= opt.max_turns; ++k) {
    const State& s = r.states.back();
    Turn turn;
    turn.number = k;
    turn.bargains = propose(s, t, cfg);
    turn.chosen = resolve_all(s, t, cfg, turn.bargains, prng, opt.replay, k - 1);
    State next = next_state(s, t, turn.bargains, turn.chosen);
    setup_state(next, t, cfg);
    const double dk = state_distance(s, next);
    if (k == 1) d01 = dk + 1e-4;
    turn.fractional_change = dk / d01;
    r.states.push_back(std::move(next));
    r.turns.push_back(std::move(turn));
    if (k >= 2 && r.turns.back().fractional_change < 0.02) break;
  }
  return r;
}

}  // namespace dyad::sim
