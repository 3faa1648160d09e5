// A dense row-major matrix of doubles for the simulation's small tables.
#pragma once

#include <cstddef>
#include <vector>

namespace dyad::sim {

struct Matrix {
  size_t rows = 0, cols = 0;
  std::vector<double> v;

  Matrix() = default;
  Matrix(size_t r, size_t c, double fill = 0.0) : rows(r), cols(c), v(r * c, fill) {}
  double& operator()(size_t i, size_t j) { return v[i * cols + j]; }
  double operator()(size_t i, size_t j) const { return v[i * cols + j]; }
};

}  // namespace dyad::sim
