// Distances, risk-attitude utilities and risk attitudes (see utility.h).
#include "sim/utility.h"

#include <algorithm>
#include <cmath>

namespace dyad::sim {

double weighted_distance(const double* ideal, const double* pos, const double* sal, size_t m) {
  double ds = 0, ss = 0;
  for (size_t k = 0; k < m; ++k) {
    double d = sal[k] * (ideal[k] - pos[k]);
    ds += d * d;
    ss += sal[k] * sal[k];
  }
  return std::sqrt(ds / ss);
}

std::vector<double> risk_attitudes(const std::vector<double>& p, BigRRange range) {
  double lo = *std::min_element(p.begin(), p.end());
  double hi = *std::max_element(p.begin(), p.end());
  std::vector<double> r(p.size(), 0.0);
  if (!(hi - lo > 0)) return r;  // all equally likely: everyone risk-neutral (KTAB divides by 0)
  for (size_t i = 0; i < p.size(); ++i) {
    switch (range) {
      case BigRRange::Mid: r[i] = (3 * p[i] - (hi + 2 * lo)) / (2 * (hi - lo)); break;
      case BigRRange::Min: r[i] = (p[i] - lo) / (hi - lo); break;
      case BigRRange::Max: r[i] = (2 * p[i] - (hi + lo)) / (hi - lo); break;
    }
  }
  return r;
}

double estimated_attitude(double r_h, double r_i, BigRAdjust adjust) {
  switch (adjust) {
    case BigRAdjust::None: return r_h;
    case BigRAdjust::OneThird: return (2 * r_h + r_i) / 3;
    case BigRAdjust::Half: return (r_h + r_i) / 2;
    case BigRAdjust::TwoThirds: return (r_h + 2 * r_i) / 3;
    case BigRAdjust::Full: return r_i;
  }
  return r_h;
}

}  // namespace dyad::sim
