// Benchmark of the quotation finder: its share of the whole per-document
// pipeline on the seed articles (target: quotes and speakers add <= 20%), and
// its time on hostile inputs (100 KB of straight apostrophes, of straight
// double quotes, of `"a ` repeated, of curly quotes) beside 100 KB of ordinary
// article text, where it must stay linear.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/dictionary.h"
#include "actors/recognize.h"
#include "lang/annotate.h"
#include "pipeline/pipeline.h"
#include "quotes/quotes.h"
#include "seed_texts.h"

namespace {


// 100 KB of `unit` repeated; "ordinary" is the seeds' text repeated.
std::string hostile(int which) {
  static const char* units[] = {"'", "\"", "\"a ", "\u201c", "\u201d"};
  std::string s;
  if (which < 5) {
    while (s.size() < 100000) s += units[which];
  } else {
    auto seeds = seed_texts();
    while (s.size() < 100000 && !seeds.empty())
      for (const auto& t : seeds) s += t + "\n\n";
    s.resize(std::min<size_t>(s.size(), 100000));
  }
  return s;
}
const char* kNames[] = {"apostrophes", "straight_double", "quote_a_space", "curly_open", "curly_close", "ordinary"};

// The whole per-document pipeline (cleaning to events) on the seeds.
void BM_PipelineSeeds(benchmark::State& st) {
  auto texts = seed_texts();
  size_t bytes = 0;
  for (auto _ : st)
    for (const auto& t : texts) {
      auto d = dyad::document_from_text(t, "seed.txt");
      dyad::process_document(d);
      benchmark::DoNotOptimize(d);
      bytes += t.size();
    }
  st.SetBytesProcessed(int64_t(bytes));
}
BENCHMARK(BM_PipelineSeeds)->Unit(benchmark::kMillisecond);

// The quotation finder alone on the seeds (language and actors done before).
void BM_QuotesSeeds(benchmark::State& st) {
  auto texts = seed_texts();
  const auto& dict = dyad::actors::Dictionary::get();
  std::vector<dyad::lang::Annotation> anns;
  std::vector<std::vector<dyad::ActorMention>> ms;
  for (const auto& t : texts) {
    anns.push_back(dyad::lang::annotate(t));
    ms.push_back(dyad::actors::recognize(t, anns.back(), dict, "2016-02-20"));
  }
  size_t bytes = 0;
  for (auto _ : st)
    for (size_t i = 0; i < texts.size(); ++i) {
      auto qs = dyad::quotes::find_quotes(texts[i], anns[i], ms[i]);
      benchmark::DoNotOptimize(qs);
      bytes += texts[i].size();
    }
  st.SetBytesProcessed(int64_t(bytes));
}
BENCHMARK(BM_QuotesSeeds)->Unit(benchmark::kMillisecond);

// The quotation finder alone on 100 KB of each hostile input and of ordinary text.
void BM_QuotesHostile(benchmark::State& st) {
  std::string text = hostile(int(st.range(0)));
  st.SetLabel(kNames[st.range(0)]);
  auto ann = dyad::lang::annotate(text);
  auto ms = dyad::actors::recognize(text, ann, dyad::actors::Dictionary::get(), "2016-02-20");
  for (auto _ : st) {
    auto qs = dyad::quotes::find_quotes(text, ann, ms);
    benchmark::DoNotOptimize(qs);
  }
  st.SetBytesProcessed(int64_t(st.iterations() * text.size()));
}
BENCHMARK(BM_QuotesHostile)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

// The whole pipeline on the same inputs (the quadratic cost seen before was here).
void BM_PipelineHostile(benchmark::State& st) {
  std::string text = hostile(int(st.range(0)));
  st.SetLabel(kNames[st.range(0)]);
  for (auto _ : st) {
    auto d = dyad::document_from_text(text, "hostile.txt");
    dyad::process_document(d);
    benchmark::DoNotOptimize(d);
  }
  st.SetBytesProcessed(int64_t(st.iterations() * text.size()));
}
BENCHMARK(BM_PipelineHostile)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
