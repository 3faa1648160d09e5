// Benchmark of the event coder on the PETRARCH unit-test records and the
// GigaWord wire sample: records coded per second given their parses
// (annotation built, actors, coding), with Dyad's language core instead, the
// coding step alone, and the load time of the dictionaries (validation files;
// CAMEO.2.0 + Phoenix). Target: >= 20,000 sentences/s per core given parses.
#include <benchmark/benchmark.h>

#include "petrarch/validation.h"

namespace {

std::string suite(const std::string& f) { return std::string(DYAD_DATA_DIR) + "/../../shared/suites/petrarch2/" + f; }

const dyad::events::ValidationEnv& env(const std::string& parser) {
  static std::map<std::string, std::unique_ptr<dyad::events::ValidationEnv>> envs;
  auto& e = envs[parser];
  if (!e) {
    e = std::make_unique<dyad::events::ValidationEnv>();
    dyad::events::ValidationSetup s;
    s.records_path = suite("PETR.UnitTest.records.xml");
    s.parser = parser;
    dyad::events::load_validation(s, *e);
  }
  return *e;
}

void run_all(benchmark::State& st, const std::string& parser) {
  const auto& e = env(parser);
  size_t n = 0, passed = 0;
  for (auto _ : st) {
    for (const auto& r : e.file.records) {
      if (!r.enabled) continue;
      auto res = dyad::events::run_record(e, r);
      passed += res.pass;
      ++n;
    }
  }
  st.counters["records/s"] = benchmark::Counter(double(n), benchmark::Counter::kIsRate);
  st.counters["passed"] = double(passed) / double(st.iterations());
}

void BM_RecordsGivenParses(benchmark::State& st) { run_all(st, "records"); }
void BM_RecordsWithLanguageCore(benchmark::State& st) { run_all(st, "dyad"); }

// The coder alone: annotations and actor mentions prepared beforehand.
void BM_CodingOnly(benchmark::State& st) {
  const auto& e = env("records");
  struct Prep { dyad::lang::Annotation a; dyad::events::PennTree t; std::vector<dyad::ActorMention> m; const dyad::events::UnitRecord* r; };
  std::vector<Prep> preps;
  for (const auto& r : e.file.records) {
    if (!r.enabled) continue;
    Prep p;
    p.a = dyad::events::record_annotation(r, true, &p.t, &e.actors);
    p.m = e.actors.recognize(p.a, r.date);
    p.r = &r;
    preps.push_back(std::move(p));
  }
  size_t n = 0;
  std::vector<dyad::Event> out;
  for (auto _ : st) {
    for (const auto& p : preps) {
      dyad::events::CoderOptions opt;
      opt.discards = &e.discards;
      dyad::events::PennSubjects subjects(p.t);
      opt.tree = &subjects;
      out.clear();
      for (uint32_t si = 0; si < p.a.sentences.size(); ++si)
        dyad::events::code_sentence(p.r->text, p.a, si, p.m, e.verbs, opt, out);
      benchmark::DoNotOptimize(out.data());
      ++n;
    }
  }
  st.counters["sentences/s"] = benchmark::Counter(double(n), benchmark::Counter::kIsRate);
}

void BM_LoadValidationDictionaries(benchmark::State& st) {
  for (auto _ : st) {
    dyad::events::ValidationEnv e;
    dyad::events::ValidationSetup s;
    s.records_path = suite("PETR.UnitTest.records.xml");
    dyad::events::load_validation(s, e);
    benchmark::DoNotOptimize(e.verbs.pattern_count());
  }
}

void BM_LoadCameo2AndPhoenix(benchmark::State& st) {
  for (auto _ : st) {
    dyad::events::ValidationEnv e;
    dyad::events::ValidationSetup s;
    s.records_path = suite("GigaWord.sample.PETR.xml");
    s.verbs = {suite("CAMEO.2.0.txt")};
    s.actors = {suite("Phoenix.Countries.actors.txt"), suite("Phoenix.International.actors.txt"),
                suite("Phoenix.MilNonState.actors.txt")};
    s.agents = {suite("Phoenix.agents.txt")};
    dyad::events::load_validation(s, e);
    benchmark::DoNotOptimize(e.actors.actor_count());
  }
}

// GigaWord wire sentences with CAMEO.2.0 + Phoenix, given their parses.
void BM_GigaWordGivenParses(benchmark::State& st) {
  static dyad::events::ValidationEnv e;
  static bool loaded = false;
  if (!loaded) {
    dyad::events::ValidationSetup s;
    s.records_path = suite("GigaWord.sample.PETR.xml");
    s.verbs = {suite("CAMEO.2.0.txt")};
    s.actors = {suite("Phoenix.Countries.actors.txt"), suite("Phoenix.International.actors.txt"),
                suite("Phoenix.MilNonState.actors.txt")};
    s.agents = {suite("Phoenix.agents.txt")};
    dyad::events::load_validation(s, e);
    loaded = true;
  }
  size_t n = 0;
  for (auto _ : st) {
    for (const auto& r : e.file.records) {
      if (!r.enabled) continue;
      benchmark::DoNotOptimize(dyad::events::run_record(e, r).got.size());
      ++n;
    }
  }
  st.counters["records/s"] = benchmark::Counter(double(n), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(BM_RecordsGivenParses)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecordsWithLanguageCore)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodingOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GigaWordGivenParses)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadValidationDictionaries)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadCameo2AndPhoenix)->Unit(benchmark::kMillisecond);
