// libFuzzer entry point of one fuzz target, chosen at compile time
// (DYAD_FUZZ_TARGET=fuzz_text, fuzz_html, ...; see targets.h). A broken
// invariant aborts, so libFuzzer keeps the input that broke it. With
// DYAD_FUZZ_SELFTEST set, an input starting with kSelftest aborts too:
// tests/fuzz/run.sh uses it to check that a crash fails the run.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "fuzz/targets.h"

namespace {
constexpr char kSelftest[] = "dyad-fuzz-selftest-crash";
const bool selftest = std::getenv("DYAD_FUZZ_SELFTEST") != nullptr;
}  // namespace

// Runs the target once on a small valid input before fuzzing, so what it
// loads once (the syntax model, dictionaries) is not charged to the first
// input's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static const char warm[] = "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
  (void)dyad::fuzz::DYAD_FUZZ_TARGET(reinterpret_cast<const uint8_t*>(warm), sizeof warm - 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (selftest && size >= sizeof kSelftest - 1 && std::memcmp(data, kSelftest, sizeof kSelftest - 1) == 0) {
    std::fprintf(stderr, "dyad fuzz: self-test crash\n");
    std::abort();
  }
  std::string problem = dyad::fuzz::DYAD_FUZZ_TARGET(data, size);
  if (!problem.empty()) {
    std::fprintf(stderr, "dyad fuzz: invariant broken: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
