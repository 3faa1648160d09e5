// Runs one stage of the pipeline, reporting its name and wall seconds to
// StageOptions::on_stage when one is set (the adversarial benchmark).
#pragma once

#include <chrono>

#include "pipeline/pipeline.h"

namespace dyad {

template <class Stage>
void run_stage(const StageOptions& stages, const char* name, Stage&& stage) {
  if (!stages.on_stage) return stage();
  auto t0 = std::chrono::steady_clock::now();
  stage();
  stages.on_stage(name, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
}

}  // namespace dyad
