// Benchmarks of the language core: loading the resources (start-up) and
// annotating news text end to end (sentences, tokens, tags, lemmas, phrases,
// clauses), reported as tokens and bytes per second. The text is the seeds'
// clean text when ../shared is present, else a generated news-style text.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "lang/annotate.h"
#include "lang/resources.h"
#include "pipeline/pipeline.h"

namespace {

std::string corpus() {
  static const std::string text = [] {
    std::string out;
    std::filesystem::path seeds = std::filesystem::path(DYAD_DATA_DIR) / ".." / ".." / "shared" / "seeds";
    std::error_code ec;
    if (std::filesystem::is_directory(seeds, ec)) {
      for (const auto& e : std::filesystem::directory_iterator(seeds, ec)) {
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        dyad::Document d = dyad::document_from_text(ss.str(), e.path().string());
        dyad::process_document(d);
        out += d.text + "\n\n";
      }
    }
    if (out.size() < 10000) {
      const char* s[] = {
          "Gen. John F. Campbell, the top U.S. commander in Afghanistan, said on Tuesday that the Taliban "
          "had not attacked the base. ",
          "\"We will not be intimidated,\" the minister told reporters in Kabul. ",
          "Officials in Washington denied that any agreement had been reached with the rebels, who "
          "control much of the south. ",
          "The talks, which were held in Doha, ended without a deal, a spokesman for the government said.\n\n"};
      while (out.size() < 200000)
        for (const char* x : s) out += x;
    }
    return out;
  }();
  return text;
}

void BM_LoadResources(benchmark::State& state) {
  for (auto _ : state) {
    auto r = dyad::lang::Resources::load();
    benchmark::DoNotOptimize(r.lexicon.size());
  }
  state.SetLabel("start-up: Lingua lexicon + WordNet + data/lang");
}
BENCHMARK(BM_LoadResources)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Annotate(benchmark::State& state) {
  const auto& res = dyad::lang::Resources::get();
  const std::string& text = corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    auto a = dyad::lang::annotate(text, res);
    tokens += a.tokens.size();
    benchmark::DoNotOptimize(a.clauses.size());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Annotate)->Unit(benchmark::kMillisecond);

}  // namespace
