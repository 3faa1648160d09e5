// Victory probabilities and the probabilistic Condorcet election: the
// conditional model and the two Markov models (see voting.h).
#include <algorithm>
#include <cmath>

#include "sim/voting.h"

namespace dyad::sim {
namespace {

double strength(double x, VictoryProb model) {
  switch (model) {
    case VictoryProb::Square: return x * x;
    case VictoryProb::Quartic: { double y = x * x; return y * y; }
    case VictoryProb::Octic: { double y = x * x; y *= y; return y * y; }
    default: return x;
  }
}

std::vector<double> normalised(std::vector<double> p) {
  double t = 0;
  for (double x : p) t += x;
  for (double& x : p) x /= t;
  return p;
}

std::vector<double> conditional(const Matrix& p) {
  std::vector<double> out(p.rows);
  for (size_t a = 0; a < p.rows; ++a) {
    double prod = 1;
    for (size_t b = 0; b < p.cols; ++b) prod *= p(a, b);
    out[a] = prod;
  }
  return normalised(out);
}

// Iterates p <- (p + q)/2 until no component moves more than `tol`.
template <typename Step>
std::vector<double> markov(size_t n, double tol, Step step) {
  std::vector<double> p(n, 1.0 / n);
  for (int iter = 0; iter < 100000; ++iter) {
    std::vector<double> q = step(p);
    double change = 0;
    for (size_t a = 0; a < n; ++a) change = std::max(change, std::fabs(q[a] - p[a]));
    for (size_t a = 0; a < n; ++a) p[a] = (p[a] + q[a]) / 2;
    if (change <= tol) break;
  }
  return p;
}

std::vector<double> markov_incentive(const Matrix& c, const Matrix& p) {
  const size_t n = c.rows;
  Matrix q(n, n);
  for (size_t b = 0; b < n; ++b) {
    double col = 0;
    std::vector<double> inc(n);
    for (size_t a = 0; a < n; ++a) {
      inc[a] = c(a, b) * p(a, b) + (a == b ? 1e-10 : 0.0);
      col += inc[a];
    }
    for (size_t a = 0; a < n; ++a) q(a, b) = inc[a] / col;
  }
  return markov(n, 1e-8, [&](const std::vector<double>& pr) {
    std::vector<double> next(n, 0.0);
    for (size_t a = 0; a < n; ++a) {
      double s = 0;
      for (size_t b = 0; b < n; ++b) s += p(a, b) * (pr[a] * q(b, a) + pr[b] * q(a, b));
      next[a] = s;
    }
    return next;
  });
}

std::vector<double> markov_uniform(const Matrix& p) {
  const size_t n = p.rows;
  return markov(n, 1e-6, [&](const std::vector<double>& pr) {
    std::vector<double> next(n, 0.0);
    for (size_t a = 0; a < n; ++a) {
      double s = 0;
      for (size_t b = 0; b < n; ++b) s += p(a, b) * (pr[a] + pr[b]);
      next[a] = s / n;
    }
    return next;
  });
}

}  // namespace

Matrix victory_probabilities(const Matrix& c, VictoryProb model) {
  const size_t n = c.rows;
  Matrix p(n, n);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (a == b) { p(a, b) = 0.5; continue; }
      if (model == VictoryProb::Binary) {
        double cab = c(a, b), cba = c(b, a), pa;
        if (cab >= 1.1 * cba) pa = 1.0, p(a, b) = 1.0 / (1.0 + 1e-6);
        else if (cba >= 1.1 * cab) pa = 1e-6, p(a, b) = 1e-6 / (1e-6 + 1.0);
        else {
          double r = cab / (cab + cba);
          pa = (2.1 * r - 1) / 0.1;
          p(a, b) = pa / (pa + (1 - pa));
        }
        continue;
      }
      double fa = strength(c(a, b), model), fb = strength(c(b, a), model);
      p(a, b) = fa / (fa + fb);
    }
  }
  return p;
}

std::vector<double> condorcet_election(const Matrix& c, const Matrix& p, PceModel model) {
  switch (model) {
    case PceModel::MarkovIncentive: return markov_incentive(c, p);
    case PceModel::MarkovUniform: return markov_uniform(p);
    default: return conditional(p);
  }
}

std::vector<double> scalar_pce(const std::vector<double>& w, const Matrix& u, VotingRule rule,
                               VictoryProb vpm, PceModel pcem) {
  Matrix c = coalitions(w, u, rule);
  Matrix p = victory_probabilities(c, vpm);
  return condorcet_election(c, p, pcem);
}

}  // namespace dyad::sim
