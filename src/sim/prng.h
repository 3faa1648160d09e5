// KTAB's pseudo-random numbers: a 64-bit Mersenne Twister whose raw output is
// scrambled (n + 0xE08C1D668B756F83)(2n + 3) mod 2^64 and scaled to [a, b].
#pragma once

#include <random>
#include <vector>

namespace dyad::sim {

class Prng {
 public:
  explicit Prng(unsigned long long seed) : mt_(seed) {}
  unsigned long long next();
  double uniform(double a = 0.0, double b = 1.0);
  // Index of the first option whose cumulative probability reaches a uniform
  // draw (the last one if rounding leaves the draw above the total).
  size_t select(const std::vector<double>& p);

 private:
  std::mt19937_64 mt_;
};

}  // namespace dyad::sim
