// Spatial utility: salience-weighted distance from an ideal point to a
// position, the risk-attitude utility of a distance, risk attitudes inferred
// from win probabilities, and one actor's estimate of another's attitude.
#pragma once

#include <vector>

#include "sim/params.h"

namespace dyad::sim {

// Distance from `ideal` to `pos` judged with saliences `sal` (m values each):
// sqrt(sum (s_k (y_k - x_k))^2 / sum s_k^2).
double weighted_distance(const double* ideal, const double* pos, const double* sal, size_t m);
// Utility of a distance d for risk attitude r: (1-d)(1+dR), or (1-d)(1+R) past 1.
inline double risk_utility(double d, double r) {
  return d <= 1.0 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
}
// Risk attitudes from win probabilities (the likeliest winner is the most risk-averse).
std::vector<double> risk_attitudes(const std::vector<double>& p, BigRRange range);
// Actor h's estimate of actor i's risk attitude.
double estimated_attitude(double r_h, double r_i, BigRAdjust adjust);

}  // namespace dyad::sim
