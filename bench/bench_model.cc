// Benchmarks of the system model on generated dyad counts: edges of a window,
// the hedging index and the whole network (the work behind /api/network for
// a one-year window of a 100,000-document store: ~250 actors, ~20,000 pairs),
// and dyad series by week. Reports pairs/s.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "model/model.h"

namespace {

std::vector<dyad::model::DyadCount> make_counts(int actors, int pairs, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> codes;
  for (int i = 0; i < actors; ++i) codes.push_back("A" + std::to_string(1000 + i));
  // Zipf-like: a few actors take part in most pairs.
  std::vector<double> w;
  for (int i = 0; i < actors; ++i) w.push_back(1.0 / (i + 1));
  std::discrete_distribution<int> pick(w.begin(), w.end());
  std::uniform_int_distribution<int> quad(0, 4), n(1, 6), day(1, 28);
  std::vector<dyad::model::DyadCount> out;
  for (int p = 0; p < pairs; ++p) {
    dyad::model::DyadCount c;
    c.date = "2012-03-" + std::string(day(rng) < 10 ? "0" : "") + std::to_string(day(rng));
    c.source = codes[static_cast<size_t>(pick(rng))];
    c.target = codes[static_cast<size_t>(pick(rng))];
    c.events = n(rng);
    c.quad[static_cast<size_t>(quad(rng))] = c.events;
    c.goldstein_sum = static_cast<double>(c.quad[1] + c.quad[2] - c.quad[3] - c.quad[4]) * 3.0;
    out.push_back(std::move(c));
  }
  return out;
}

void BM_EdgesOf(benchmark::State& st) {
  auto rows = make_counts(250, static_cast<int>(st.range(0)), 1);
  for (auto _ : st) benchmark::DoNotOptimize(dyad::model::edges_of(rows));
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()) * st.range(0));
}
BENCHMARK(BM_EdgesOf)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_Hedging(benchmark::State& st) {
  auto edges = dyad::model::edges_of(make_counts(250, static_cast<int>(st.range(0)), 2));
  for (auto _ : st) benchmark::DoNotOptimize(dyad::model::hedging(edges));
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()) * st.range(0));
}
BENCHMARK(BM_Hedging)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_BuildNetwork(benchmark::State& st) {
  auto now = make_counts(250, static_cast<int>(st.range(0)), 3);
  auto before = make_counts(250, static_cast<int>(st.range(0)), 4);
  for (auto _ : st) benchmark::DoNotOptimize(dyad::model::build_network(now, before, 2));
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()) * st.range(0));
}
BENCHMARK(BM_BuildNetwork)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_DyadSeriesWeek(benchmark::State& st) {
  auto rows = make_counts(20, static_cast<int>(st.range(0)), 5);
  for (auto _ : st) benchmark::DoNotOptimize(dyad::model::dyad_series(rows, dyad::model::Granularity::Week));
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()) * st.range(0));
}
BENCHMARK(BM_DyadSeriesWeek)->Arg(20000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
