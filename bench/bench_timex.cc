// Benchmark of the time expression stage: MB/s of tag_timexes on generated
// news copy (sentences of common English words, names and numbers, about one
// time expression in four sentences), and the cost of the tokenizer alone.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "base/date_tokens.h"
#include "time/tagger.h"

namespace {

std::string news_text(size_t bytes, uint32_t seed) {
  static const char* kWords[] = {
      "the", "government", "said", "officials", "of", "in", "to", "and", "a", "talks", "minister", "forces",
      "will", "meeting", "on", "with", "its", "was", "were", "has", "been", "police", "capital", "rebels",
      "agreement", "by", "for", "election", "party", "after", "Kabul", "Moscow", "President", "2,400",
      "percent", "march", "may", "spokesman", "troops", "border", "security", "council", "vote", "people"};
  static const char* kTimes[] = {"on Friday",      "last week",      "in March 2012", "two years ago",
                                 "this month",     "since 1979",     "for a decade",  "on March 22",
                                 "at 3 p.m.",      "next year",      "in recent weeks", "yesterday",
                                 "in the 1990s",   "every Monday",   "last summer",   "now"};
  std::mt19937 rng(seed);
  std::string out;
  out.reserve(bytes + 200);
  while (out.size() < bytes) {
    int n = 8 + static_cast<int>(rng() % 18);
    for (int k = 0; k < n; ++k) {
      std::string w = kWords[rng() % (sizeof kWords / sizeof *kWords)];
      if (k == 0) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      out += w;
      out += ' ';
      if (rng() % 40 == 0) {
        out += kTimes[rng() % (sizeof kTimes / sizeof *kTimes)];
        out += ' ';
      }
    }
    out.back() = '.';
    out += rng() % 5 == 0 ? "\n\n" : " ";
  }
  return out;
}

void BM_TagTimexes(benchmark::State& state) {
  std::string text = news_text(static_cast<size_t>(state.range(0)), 7);
  std::optional<std::string> dct = std::string("2013-03-22");
  size_t found = 0;
  dyad::time::tag_timexes("warm up the lexicon on Friday", dct);
  for (auto _ : state) {
    auto r = dyad::time::tag_timexes(text, dct);
    found = r.size();
    benchmark::DoNotOptimize(r.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["timexes"] = static_cast<double>(found);
}
BENCHMARK(BM_TagTimexes)->Arg(64 << 10)->Arg(1 << 20);

void BM_TimexTokenize(benchmark::State& state) {
  std::string text = news_text(1 << 20, 11);
  for (auto _ : state) {
    auto t = dyad::base::date_tokens(text);
    benchmark::DoNotOptimize(t.toks.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TimexTokenize);

}  // namespace
