// Benchmark: language core alone vs. language core + actor recognition +
// quotation attribution, per seed document (target: actors+quotes add <= 30%).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/dictionary.h"
#include "actors/recognize.h"
#include "lang/annotate.h"
#include "quotes/quotes.h"

namespace {
std::vector<std::string> seed_texts() {
  std::vector<std::string> out;
  std::string dir = std::string(DYAD_DATA_DIR) + "/../../shared/seeds";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

void BM_Language(benchmark::State& st) {
  auto texts = seed_texts();
  dyad::lang::Resources::get();
  size_t bytes = 0;
  for (auto _ : st)
    for (const auto& t : texts) {
      auto a = dyad::lang::annotate(t);
      benchmark::DoNotOptimize(a);
      bytes += t.size();
    }
  st.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Language)->Unit(benchmark::kMillisecond);

void BM_ActorsAndQuotesOnly(benchmark::State& st) {
  auto texts = seed_texts();
  const auto& dict = dyad::actors::Dictionary::get();
  std::vector<dyad::lang::Annotation> anns;
  for (const auto& t : texts) anns.push_back(dyad::lang::annotate(t));
  size_t bytes = 0;
  for (auto _ : st)
    for (size_t i = 0; i < texts.size(); ++i) {
      auto ms = dyad::actors::recognize(texts[i], anns[i], dict, "2016-02-20");
      auto qs = dyad::quotes::find_quotes(texts[i], anns[i], ms);
      benchmark::DoNotOptimize(qs);
      bytes += texts[i].size();
    }
  st.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ActorsAndQuotesOnly)->Unit(benchmark::kMillisecond);

void BM_DictionaryLoad(benchmark::State& st) {
  for (auto _ : st) benchmark::DoNotOptimize(dyad::actors::Dictionary::load_default());
}
BENCHMARK(BM_DictionaryLoad)->Unit(benchmark::kMillisecond);
}  // namespace
