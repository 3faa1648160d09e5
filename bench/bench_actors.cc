// Benchmark: language core alone vs. language core + actor recognition +
// quotation attribution, per seed document (target: actors+quotes add <= 30%).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/dictionary.h"
#include "actors/petrarch_dict.h"
#include "actors/recognize.h"
#include "lang/annotate.h"
#include "quotes/quotes.h"
#include "seed_texts.h"

namespace {

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

// Candidate finding per document: one compiled-matcher scan (arg 1) against
// the hash lookup at every token (arg 0), over the seeds' tokens.
std::vector<std::vector<std::string>> seed_tokens() {
  std::vector<std::vector<std::string>> out;
  for (const auto& t : seed_texts()) {
    auto a = dyad::lang::annotate(t);
    std::vector<std::string> v;
    for (const auto& tok : a.tokens) v.emplace_back(t.substr(tok.span.start, tok.span.size()));
    out.push_back(std::move(v));
  }
  return out;
}

void candidates(benchmark::State& st, const dyad::actors::Dictionary& dict) {
  auto docs = seed_tokens();
  size_t tokens = 0;
  for (auto _ : st)
    for (const auto& d : docs) {
      std::vector<std::string_view> v(d.begin(), d.end());
      size_t found = 0;
      if (st.range(0)) {
        auto c = dict.scan(v);
        for (size_t i = 0; i < v.size(); ++i) found += dict.longest(v, i, c).length;
      } else {
        for (size_t i = 0; i < v.size(); ++i) found += dict.longest(v, i).length;
      }
      benchmark::DoNotOptimize(found);
      tokens += v.size();
    }
  st.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
}

void BM_CandidatesOurs(benchmark::State& st) { candidates(st, dyad::actors::Dictionary::get()); }
BENCHMARK(BM_CandidatesOurs)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

const dyad::actors::Dictionary* phoenix() {
  static std::shared_ptr<const dyad::actors::Dictionary> d = [] {
    std::string dir = std::string(DYAD_DATA_DIR) + "/../../shared/suites/petrarch2/";
    dyad::actors::DictionaryFiles f;
    f.actors = {dir + "Phoenix.Countries.actors.txt", dir + "Phoenix.International.actors.txt",
                dir + "Phoenix.MilNonState.actors.txt"};
    f.agents = {dir + "Phoenix.agents.txt"};
    std::vector<std::string> errors;
    auto r = dyad::actors::build_dictionary(f, errors);
    return errors.empty() ? r : nullptr;
  }();
  return d.get();
}

void BM_CandidatesWithPhoenix(benchmark::State& st) {
  if (!phoenix()) {
    st.SkipWithError("no Phoenix dictionaries");
    return;
  }
  candidates(st, *phoenix());
}
BENCHMARK(BM_CandidatesWithPhoenix)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_CompileOurs(benchmark::State& st) {
  auto d = dyad::actors::Dictionary::get();
  for (auto _ : st) {
    d.compile();
    benchmark::DoNotOptimize(d.compiled());
  }
  st.counters["patterns"] = double(d.pattern_count());
}
BENCHMARK(BM_CompileOurs)->Unit(benchmark::kMillisecond);
}  // namespace
