// State setup: distances, risk attitudes (from a risk-neutral election over
// the actors' positions) and the win-probability output.
#include "sim/state.h"

#include <cmath>

#include "sim/utility.h"
#include "sim/voting.h"

namespace dyad::sim {
namespace {

// Probability of each actor's position prevailing, positions within 1e-3
// counted as one option (the first actor of a group represents it).
std::vector<double> win_probabilities(const State& s, const ActorTable& t, const Settings& cfg) {
  const size_t n = t.n, m = t.m;
  auto close = [&](size_t a, size_t b) {
    double d = 0;
    for (size_t k = 0; k < m; ++k) {
      double x = s.positions(a, k) - s.positions(b, k);
      d += x * x;
    }
    return std::sqrt(d) < 1e-3;
  };
  std::vector<size_t> reps;
  for (size_t i = 0; i < n; ++i) {
    bool found = false;
    for (size_t r : reps) found = found || close(i, r);
    if (!found) reps.push_back(i);
  }
  Matrix u(n, reps.size());  // each actor's own estimate U^i[i][rep]
  for (size_t i = 0; i < n; ++i) {
    double r = estimated_attitude(s.risk[i], s.risk[i], cfg.big_r_adjust);
    for (size_t g = 0; g < reps.size(); ++g) u(i, g) = risk_utility(s.distance(i, reps[g]), r);
  }
  std::vector<double> pg = scalar_pce(t.capability, u, cfg.voting, cfg.victory, cfg.pce);
  std::vector<double> out(n, 0.0);
  for (size_t i = 0; i < n; ++i)
    for (size_t g = 0; g < reps.size(); ++g)
      if (close(i, reps[g])) out[i] = pg[g];
  return out;
}

}  // namespace

ActorTable actor_table(const Scenario& sc) {
  ActorTable t;
  t.n = sc.num_actors();
  t.m = sc.num_dims();
  t.salience = Matrix(t.n, t.m);
  t.accommodation = Matrix(t.n, t.n);
  t.accommodation.v = sc.accommodation;
  for (size_t i = 0; i < t.n; ++i) {
    const auto& a = sc.actors[i];
    t.capability.push_back(a.capability);
    double total = 0;
    for (size_t k = 0; k < t.m; ++k) {
      t.salience(i, k) = a.salience[k];
      total += a.salience[k];
    }
    t.total_sal.push_back(total);
    t.challenge_weight.push_back(total * a.capability);
  }
  return t;
}

State initial_state(const Scenario& sc) {
  State s;
  const size_t n = sc.num_actors(), m = sc.num_dims();
  s.positions = Matrix(n, m);
  for (size_t i = 0; i < n; ++i)
    for (size_t k = 0; k < m; ++k) s.positions(i, k) = sc.actors[i].position[k];
  s.ideals = s.positions;
  return s;
}

void setup_state(State& s, const ActorTable& t, const Settings& cfg) {
  const size_t n = t.n, m = t.m;
  s.distance = Matrix(n, n);
  Matrix u0(n, n);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < n; ++j) {
      s.distance(i, j) = weighted_distance(&s.ideals.v[i * m], &s.positions.v[j * m],
                                           &t.salience.v[i * m], m);
      u0(i, j) = risk_utility(s.distance(i, j), 0.0);
    }
  std::vector<double> p = scalar_pce(t.capability, u0, cfg.voting, cfg.victory, cfg.pce);
  s.risk = risk_attitudes(p, cfg.big_r_range);
  s.win_prob = win_probabilities(s, t, cfg);
}

Matrix utility_view(const State& s, const Settings& cfg, size_t h) {
  const size_t n = s.risk.size();
  Matrix u(n, n);
  for (size_t i = 0; i < n; ++i) {
    double r = estimated_attitude(s.risk[h], s.risk[i], cfg.big_r_adjust);
    for (size_t j = 0; j < n; ++j) u(i, j) = risk_utility(s.distance(i, j), r);
  }
  return u;
}

double position_utility(const State& s, const ActorTable& t, size_t a, const double* z) {
  double d = weighted_distance(&s.ideals.v[a * t.m], z, &t.salience.v[a * t.m], t.m);
  return risk_utility(d, s.risk[a]);
}

double state_distance(const State& a, const State& b) {
  double total = 0;
  for (size_t i = 0; i < a.positions.rows; ++i) {
    double d = 0;
    for (size_t k = 0; k < a.positions.cols; ++k) {
      double x = a.positions(i, k) - b.positions(i, k);
      d += x * x;
    }
    total += std::sqrt(d);
  }
  return total;
}

}  // namespace dyad::sim
