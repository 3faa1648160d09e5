// A progress bar on stderr for long runs: silent for the first second, and
// when --quiet is given or stderr is not a terminal (unless forced).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace dyad::cli {

class Progress {
 public:
  Progress(std::string label, bool enabled);
  ~Progress();
  void update(size_t done, size_t total);
  void finish();

 private:
  std::string label_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace dyad::cli
