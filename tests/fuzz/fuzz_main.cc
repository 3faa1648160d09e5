// libFuzzer entry point of one fuzz target, chosen at compile time
// (DYAD_FUZZ_TARGET=fuzz_text, fuzz_html, ...; see targets.h). A broken
// invariant aborts, so libFuzzer keeps the input that broke it.
#include <cstdio>
#include <cstdlib>

#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string problem = dyad::fuzz::DYAD_FUZZ_TARGET(data, size);
  if (!problem.empty()) {
    std::fprintf(stderr, "dyad fuzz: invariant broken: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
