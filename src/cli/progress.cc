// Progress bar on stderr.
#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace dyad::cli {

Progress::Progress(std::string label, bool enabled)
    : label_(std::move(label)),
      enabled_(enabled && (isatty(2) || std::getenv("DYAD_PROGRESS"))),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(size_t done, size_t total) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1)) return;
  if (shown_ && done < total && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  shown_ = true;
  const int width = 30;
  int fill = total ? static_cast<int>(width * done / total) : width;
  double secs = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r%s [%.*s%*s] %zu/%zu files  %.1fs", label_.c_str(), fill,
               "##############################", width - fill, "", done, total, secs);
  std::fflush(stderr);
}

void Progress::finish() {
  if (shown_) std::fprintf(stderr, "\n");
  shown_ = false;
}

}  // namespace dyad::cli
