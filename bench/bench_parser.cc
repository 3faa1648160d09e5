// Benchmarks of the trained syntax model: loading it (start-up, once per
// process) and tagging + parsing sentences of words, reported as sentences
// and words per second. The sentences are EWT dev's words when ../shared is
// present, else a few news-style sentences repeated.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "lang/conllu.h"
#include "lang/model_io.h"
#include "lang/syntax_model.h"

namespace {

// $DYAD_SYNTAX_MODEL names another model file ($DYAD_BEAM another beam width).
const std::string kModel = std::getenv("DYAD_SYNTAX_MODEL") ? std::getenv("DYAD_SYNTAX_MODEL")
                                                             : std::string(DYAD_DATA_DIR) + "/lang/syntax.model";

const std::vector<std::vector<std::string>>& sentences() {
  static const std::vector<std::vector<std::string>> out = [] {
    std::vector<std::vector<std::string>> s;
    std::string dev = std::string(DYAD_DATA_DIR) + "/../../shared/suites/ud-ewt/en_ewt-ud-dev.conllu";
    std::vector<dyad::lang::ConlluSentence> sents;
    std::string error;
    if (std::filesystem::exists(dev) && dyad::lang::read_conllu_file(dev, sents, error)) {
      for (const auto& c : sents) {
        std::vector<std::string> w;
        for (const auto& x : c.words) w.push_back(x.form);
        s.push_back(std::move(w));
      }
    }
    if (s.empty()) {
      for (int i = 0; i < 500; ++i) {
        s.push_back({"The", "minister", "said", "on", "Tuesday", "that", "the", "talks", "had", "failed", "."});
        s.push_back({"Rebels", "who", "control", "the", "south", "attacked", "a", "base", "near", "the",
                     "border", ",", "officials", "said", "."});
      }
    }
    return s;
  }();
  return out;
}

const dyad::lang::SyntaxModel& model() {
  static const dyad::lang::SyntaxModel m = [] {
    dyad::lang::SyntaxModel x;
    std::string error;
    dyad::lang::load_syntax_model(kModel, x, error);
    return x;
  }();
  return m;
}

void BM_LoadSyntaxModel(benchmark::State& state) {
  for (auto _ : state) {
    dyad::lang::SyntaxModel m;
    std::string error;
    if (!dyad::lang::load_syntax_model(kModel, m, error)) state.SkipWithError(error.c_str());
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_LoadSyntaxModel)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_TagAndParse(benchmark::State& state) {
  const auto& m = model();
  if (m.empty()) {
    state.SkipWithError("no syntax model");
    return;
  }
  const auto& sents = sentences();
  size_t words = 0, n = 0;
  for (auto _ : state) {
    for (const auto& s : sents) {
      std::vector<std::string_view> forms(s.begin(), s.end());
      auto out = dyad::lang::analyze_sentence(m, forms);
      benchmark::DoNotOptimize(out);
      words += s.size();
    }
    n += sents.size();
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

}  // namespace
