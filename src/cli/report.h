// Reporting a batch's problems on stderr: one line per unreadable file or
// line ("dyad: PATH: problem"), and one per document warning
// ("dyad: PATH: warning: ...") unless quiet.
#pragma once

#include "pipeline/pipeline.h"

namespace dyad::cli {

void report_problems(const Batch& batch, bool quiet);

}  // namespace dyad::cli
