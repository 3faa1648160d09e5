// Benchmarks of the bargaining simulation: a whole run of KTAB's 80-actor
// and 160-actor scenarios (KTAB took 8.5 minutes on one core for 80 actors),
// and one turn's state setup. Needs ../shared/suites/ktab.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "sim/scenario.h"
#include "sim/simulation.h"

namespace {

std::string ktab(const std::string& f) {
  return std::string(DYAD_DATA_DIR) + "/../../shared/suites/ktab/" + f;
}

void run_case(benchmark::State& state, const std::string& file) {
  if (!std::filesystem::exists(ktab(file))) {
    state.SkipWithError("../shared/suites/ktab not available");
    return;
  }
  dyad::sim::Scenario sc = dyad::sim::read_scenario(ktab(file));
  size_t turns = 0;
  for (auto _ : state) {
    auto r = dyad::sim::run_model(sc);
    turns = r.turns.size();
    benchmark::DoNotOptimize(r.states.back().positions.v.data());
  }
  state.counters["actors"] = static_cast<double>(sc.num_actors());
  state.counters["turns"] = static_cast<double>(turns);
}

void BM_SimRun80Actors(benchmark::State& s) { run_case(s, "dummyData-a080.csv"); }
void BM_SimRun160Actors(benchmark::State& s) { run_case(s, "dummyData-a160.csv"); }
void BM_SimRunSoePolComp(benchmark::State& s) { run_case(s, "SOE-Pol-Comp.csv"); }

BENCHMARK(BM_SimRun80Actors)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_SimRun160Actors)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_SimRunSoePolComp)->Unit(benchmark::kMillisecond);

}  // namespace
