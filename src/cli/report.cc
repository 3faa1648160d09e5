// Problems of a batch, on stderr.
#include "cli/report.h"

#include <iostream>

namespace dyad::cli {

void report_problems(const Batch& batch, bool quiet) {
  for (const auto& e : batch.errors) std::cerr << "dyad: " << e.path << ": " << e.message << "\n";
  if (quiet) return;
  for (const auto& d : batch.docs)
    for (const auto& w : d.warnings) std::cerr << "dyad: " << d.path << ": warning: " << w << "\n";
}

}  // namespace dyad::cli
