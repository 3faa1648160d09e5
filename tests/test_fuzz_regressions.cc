// Replays every fuzz target's seed corpus (tests/fuzz/seeds/TARGET/) and every
// input a fuzzer found to crash, hang or break an invariant
// (tests/fuzz/regressions/TARGET/) through the normal build: each must pass
// its target's checks (see tests/fuzz/targets.h) and finish well within the
// fuzzers' per-input time limit.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/targets.h"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The files under tests/fuzz/KIND/TARGET, sorted.
std::vector<fs::path> inputs(const std::string& kind, const std::string& target) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path("tests/fuzz") / kind / target, ec))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// A hang guard, not a benchmark: the fuzzers stop an input after 10 s.
// What a process loads once (dictionaries, the syntax model: 8 to 11 s in
// the sanitizer build) is not an input's work, so each target's first input
// is run once before the inputs are timed.
constexpr double kMaxSeconds = 10.0;

size_t replay(const std::string& kind) {
  size_t n = 0;
  for (const auto& t : dyad::fuzz::targets()) {
    bool loaded = false;
    for (const auto& p : inputs(kind, t.name)) {
      std::string bytes = slurp(p);
      if (!loaded) t.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      loaded = true;
      auto t0 = std::chrono::steady_clock::now();
      std::string problem = t.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      EXPECT_EQ(problem, "") << p;
      EXPECT_LT(s, kMaxSeconds) << p;
      ++n;
    }
  }
  return n;
}

}  // namespace

TEST(FuzzRegressions, SeedCorporaPass) {
  // Every target has seeds to start from.
  for (const auto& t : dyad::fuzz::targets()) EXPECT_FALSE(inputs("seeds", t.name).empty()) << t.name;
  EXPECT_GT(replay("seeds"), 0u);
}

TEST(FuzzRegressions, FoundInputsPass) { replay("regressions"); }

// The checks can fail: a text layer with a broken UTF-8 sequence or a span
// outside its text is reported.
TEST(FuzzRegressions, ChecksReportBrokenOutput) {
  using dyad::fuzz::span_problem;
  using dyad::fuzz::utf8_problem;
  EXPECT_EQ(utf8_problem("caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D", "t"), "");
  EXPECT_NE(utf8_problem("caf\xE9 au lait", "t"), "");       // Latin-1 byte
  EXPECT_NE(utf8_problem("cut \xE2\x80", "t"), "");          // truncated sequence
  EXPECT_NE(utf8_problem("over \xC0\xAF", "t"), "");         // overlong form
  EXPECT_EQ(span_problem(3, 7, 7, "s"), "");
  EXPECT_NE(span_problem(3, 8, 7, "s"), "");
  EXPECT_NE(span_problem(5, 4, 7, "s"), "");
  // A file with a bad line and a good one: the targets run both.
  const uint8_t lines[] = "{\"text\": 5}\n{\"text\": \"Talks resumed on Monday.\"}\n";
  EXPECT_EQ(dyad::fuzz::fuzz_jsonl(lines, sizeof lines - 1), "");
  const uint8_t text[] = "Envoys met in Geneva on Monday, a spokesman said.";
  EXPECT_EQ(dyad::fuzz::fuzz_analyze(text, sizeof text - 1), "");
}
