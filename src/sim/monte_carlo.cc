// Perturbed runs and their outcome distributions (see monte_carlo.h).
#include "sim/monte_carlo.h"

#include <algorithm>
#include <cmath>

#include <tbb/parallel_for.h>

#include "sim/prng.h"

namespace dyad::sim {

Scenario perturb_scenario(const Scenario& sc, double f, unsigned long long seed) {
  Scenario out = sc;
  Prng prng(seed);
  for (auto& a : out.actors) {
    a.capability *= prng.uniform(1 - f, 1 + f);
    double total = 0;
    for (size_t k = 0; k < a.position.size(); ++k) {
      a.position[k] = std::clamp(a.position[k] + prng.uniform(-f, f), 0.0, 1.0);
      a.salience[k] = std::clamp(a.salience[k] * prng.uniform(1 - f, 1 + f), 0.0, 1.0);
      total += a.salience[k];
    }
    if (total > 1)
      for (double& s : a.salience) s /= total;
  }
  return out;
}

Distribution summarise(std::vector<double> v) {
  Distribution d;
  if (v.empty()) return d;
  std::sort(v.begin(), v.end());
  auto quantile = [&](double q) {
    double pos = q * (v.size() - 1);
    size_t lo = static_cast<size_t>(pos);
    size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (pos - lo) * (v[hi] - v[lo]);
  };
  double sum = 0, sq = 0;
  for (double x : v) sum += x;
  d.mean = sum / v.size();
  for (double x : v) sq += (x - d.mean) * (x - d.mean);
  d.sd = std::sqrt(sq / v.size());
  d.min = v.front();
  d.max = v.back();
  d.p10 = quantile(0.1);
  d.median = quantile(0.5);
  d.p90 = quantile(0.9);
  return d;
}

MonteCarloResult monte_carlo(const Scenario& sc, int runs, double f, unsigned long long seed,
                             const RunOptions& base) {
  MonteCarloResult r;
  r.runs = runs;
  r.perturb = f;
  r.seed = seed;
  const size_t n = sc.num_actors(), m = sc.num_dims();
  std::vector<RunResult> results(runs);
  tbb::parallel_for(0, runs, [&](int i) {
    RunOptions opt = base;
    opt.replay = nullptr;
    opt.seed = seed + static_cast<unsigned long long>(i);
    results[i] = run_model(perturb_scenario(sc, f, seed + static_cast<unsigned long long>(i)), opt);
  });
  r.final_positions.assign(n, std::vector<std::vector<double>>(m));
  for (const auto& res : results) {
    r.turns_run.push_back(static_cast<int>(res.turns.size()));
    for (size_t i = 0; i < n; ++i)
      for (size_t k = 0; k < m; ++k) r.final_positions[i][k].push_back(res.states.back().positions(i, k));
  }
  r.summary.assign(n, std::vector<Distribution>(m));
  for (size_t i = 0; i < n; ++i)
    for (size_t k = 0; k < m; ++k) {
      std::vector<double> scaled;
      for (double x : r.final_positions[i][k]) scaled.push_back(x * 100);
      r.summary[i][k] = summarise(scaled);
    }
  return r;
}

}  // namespace dyad::sim
