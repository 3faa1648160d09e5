// KTAB-compatible random draws (see prng.h).
#include "sim/prng.h"

namespace dyad::sim {

unsigned long long Prng::next() {
  const unsigned long long n = mt_();
  return (n + 0xE08C1D668B756F83ULL) * (2 * n + 3);
}

double Prng::uniform(double a, double b) {
  const unsigned long long r = next();
  return a + (b - a) * static_cast<double>(r) / static_cast<double>(0xFFFFFFFFFFFFFFFFULL);
}

size_t Prng::select(const std::vector<double>& p) {
  const double u = uniform(0.0, 1.0);
  double cum = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    cum += p[i];
    if (u <= cum) return i;
  }
  return p.empty() ? 0 : p.size() - 1;
}

}  // namespace dyad::sim
