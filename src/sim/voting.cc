// Votes and coalitions over options (see voting.h).
#include "sim/voting.h"

#include <algorithm>

namespace dyad::sim {

double vote(VotingRule rule, double w, double ua, double ub) {
  const double d = ua - ub;
  switch (rule) {
    case VotingRule::Binary: return w * std::clamp(d / 1e-8, -1.0, 1.0);
    case VotingRule::PropBin: return w * (0.8 * d + 0.2 * std::clamp(d / 1e-8, -1.0, 1.0));
    case VotingRule::Prop: return w * d;
    case VotingRule::PropCbc: return w * (0.5 * d + 0.5 * d * d * d);
    case VotingRule::Cubic: return w * d * d * d;
    case VotingRule::ASymProsp:
      if (d < 0) return w * d;
      if (d > 0) return 2 * w * d / 3;
      return 0.0;
  }
  return 0.0;
}

Matrix coalitions(const std::vector<double>& w, const Matrix& u, VotingRule rule) {
  const size_t no = u.cols;
  Matrix c(no, no);
  for (size_t a = 0; a < no; ++a) {
    for (size_t b = 0; b < a; ++b) {
      double cab = 1e-8, cba = 1e-8;
      for (size_t k = 0; k < u.rows; ++k) {
        double v = vote(rule, w[k], u(k, a), u(k, b));
        if (v > 0) cab += v;
        if (v < 0) cba -= v;
      }
      c(a, b) = cab;
      c(b, a) = cba;
    }
    c(a, a) = 1e-8;
  }
  return c;
}

}  // namespace dyad::sim
