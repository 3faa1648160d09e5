// `dyad simulate SCENARIO.csv|.xml [--json] [--seed N] [--max-turns N]`:
// runs KTAB's Spatial Model of Politics on a scenario and prints each turn's
// positions, bargains and win probabilities, then the outcome.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <random>

#include "cli/commands.h"
#include "sim/monte_carlo.h"
#include "sim/replay.h"
#include "sim/scenario.h"
#include "sim/sim_json.h"
#include "sim/simulation.h"

namespace dyad::cli {
namespace {

struct SimulateArgs {
  std::string path;
  bool json = false;
  std::optional<unsigned long long> seed;
  int max_turns = 100;
  std::string replay;
  int runs = 1;
  double perturb = 0.05;
};

std::string vec(const std::vector<double>& v) {
  std::string out;
  for (double x : v) out += fmt::format("{}{:8.4f}", out.empty() ? "" : " ", x);
  return out;
}

void print_state(const sim::Scenario& sc, const sim::State& s) {
  for (size_t i = 0; i < sc.num_actors(); ++i)
    std::cout << fmt::format("  {:<25} {}   P(win) {:.4f}\n", sc.actors[i].name,
                             vec(sim::scaled_position(s, i)), s.win_prob[i]);
}

void print_bargains(const sim::Scenario& sc, const sim::Turn& t) {
  for (size_t b = 0; b < t.bargains.size(); ++b) {
    const auto& x = t.bargains[b];
    std::string adopted;
    for (size_t k = 0; k < t.chosen.size(); ++k)
      if (t.chosen[k] == static_cast<int>(b)) adopted += (adopted.empty() ? "" : ", ") + sc.actors[k].name;
    auto pct = [](const std::vector<double>& v) {
      std::vector<double> o;
      for (double y : v) o.push_back(y * 100);
      return vec(o);
    };
    std::cout << fmt::format("  {} challenges {} (P {:.3f}, gain {:.4f}): {} -> [{}], {} -> [{}]; "
                             "adopted by {}\n",
                             sc.actors[x.initiator].name, sc.actors[x.receiver].name, x.prob, x.gain,
                             sc.actors[x.initiator].name, pct(x.initiator_pos),
                             sc.actors[x.receiver].name, pct(x.receiver_pos),
                             adopted.empty() ? "nobody" : adopted);
  }
}

void print_text(const sim::Scenario& sc, const sim::RunResult& r) {
  std::cout << fmt::format("Scenario {} ({} actors, {} dimensions: {}), seed {}\n", sc.name,
                           sc.num_actors(), sc.num_dims(), fmt::join(sc.dimensions, ", "), r.seed);
  std::cout << sim::describe(sc.settings) << "\nState 0 (input): positions on 0..100\n";
  print_state(sc, r.states[0]);
  for (size_t t = 0; t < r.turns.size(); ++t) {
    std::cout << fmt::format("\nTurn {} (fractional change {:.4f})\n", r.turns[t].number,
                             r.turns[t].fractional_change);
    print_bargains(sc, r.turns[t]);
    print_state(sc, r.states[t + 1]);
  }
  const sim::State& last = r.states.back();
  size_t best = 0;
  for (size_t i = 1; i < sc.num_actors(); ++i)
    if (last.win_prob[i] > last.win_prob[best]) best = i;
  std::cout << fmt::format("\nOutcome after {} turns: the likeliest position is {}'s [{}] (P {:.4f})\n",
                           r.turns.size(), sc.actors[best].name, vec(sim::scaled_position(last, best)),
                           last.win_prob[best]);
}

void print_monte_carlo(const sim::Scenario& sc, const sim::MonteCarloResult& r) {
  auto turns = sim::summarise(std::vector<double>(r.turns_run.begin(), r.turns_run.end()));
  std::cout << fmt::format("Scenario {}: {} runs, inputs perturbed by {} (seed {}); turns per run "
                           "{:.0f}..{:.0f} (median {:.0f})\n",
                           sc.name, r.runs, r.perturb, r.seed, turns.min, turns.max, turns.median);
  std::cout << fmt::format("{:<25} {:<16} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "actor", "dimension",
                           "input", "mean", "sd", "p10", "median", "p90");
  for (size_t i = 0; i < sc.num_actors(); ++i)
    for (size_t k = 0; k < sc.num_dims(); ++k) {
      const auto& d = r.summary[i][k];
      std::cout << fmt::format("{:<25} {:<16} {:8.2f} {:8.2f} {:8.2f} {:8.2f} {:8.2f} {:8.2f}\n",
                               sc.actors[i].name, sc.dimensions[k].substr(0, 16),
                               sc.actors[i].position[k] * 100, d.mean, d.sd, d.p10, d.median, d.p90);
    }
}

void run(const SimulateArgs& a) {
  try {
    sim::Scenario sc = sim::read_scenario(a.path);
    sim::RunOptions opt;
    opt.seed = a.seed;
    if (opt.seed && *opt.seed == 0) {  // as in KTAB: a fresh seed (printed, so the run can be repeated)
      std::random_device rd;
      opt.seed = (static_cast<unsigned long long>(rd()) << 32) | rd();
    }
    opt.max_turns = a.max_turns;
    sim::Replay replay;
    if (!a.replay.empty()) {
      replay = sim::read_replay(a.replay, sc.num_actors());
      opt.replay = &replay;
    }
    if (a.runs > 1) {
      unsigned long long seed = opt.seed ? *opt.seed : sc.seed ? *sc.seed : sim::kDefaultSeed;
      auto mc = sim::monte_carlo(sc, a.runs, a.perturb, seed, opt);
      if (a.json) std::cout << sim::monte_carlo_to_json(sc, mc).dump(2) << "\n";
      else print_monte_carlo(sc, mc);
      set_exit_code(0);
      return;
    }
    sim::RunResult r = sim::run_model(sc, opt);
    // A scenario built by `dyad scenario` has its evidence beside it.
    std::string evidence = std::filesystem::path(a.path).replace_extension(".evidence.json").string();
    if (!std::filesystem::exists(evidence)) evidence.clear();
    if (a.json) {
      auto j = sim::run_to_json(sc, r);
      if (!evidence.empty()) j["evidence_file"] = evidence;
      std::cout << j.dump(2) << "\n";
    } else {
      if (!evidence.empty()) std::cout << "Evidence for every input (event ids, sentences): " << evidence << "\n";
      print_text(sc, r);
    }
    set_exit_code(0);
  } catch (const sim::ScenarioError& e) {
    std::cerr << "dyad simulate: " << e.what() << "\n";
    set_exit_code(1);
  } catch (const std::exception& e) {  // e.g. a replay that does not fit the run
    std::cerr << "dyad simulate: " << a.path << ": " << e.what() << "\n";
    set_exit_code(1);
  }
}

}  // namespace

void register_simulate(CLI::App& app) {
  auto args = std::make_shared<SimulateArgs>();
  auto* cmd = app.add_subcommand(
      "simulate",
      "Run KTAB's Spatial Model of Politics (expected-utility bargaining) on a scenario.\n"
      "Each turn every actor challenges the actor it gains most from, proposes a bargain,\n"
      "and adopts the bargain its queue's election favours; positions move until the\n"
      "change falls under 2% of the first turn's (or --max-turns).\n"
      "Scenarios: KTAB CSV (name,desc,actors,dims / header / name,desc,capability,pos,sal,...)\n"
      "or KTAB XML (smpSchema.xsd); positions and saliences on 0..100.\n"
      "Examples:\n"
      "  dyad simulate scenario.csv                 # turn-by-turn text\n"
      "  dyad simulate scenario.xml --json          # positions, bargains, win probabilities as JSON\n"
      "  dyad simulate scenario.xml --seed 42       # stochastic scenarios: another random stream\n"
      "  dyad simulate scenario.csv --runs 200 --perturb 0.05   # outcome distribution per actor\n"
      "  dyad scenario --db news.sqlite --issue afghanistan --out af.csv && dyad simulate af.csv");
  cmd->add_option("scenario", args->path, "scenario file (.csv or .xml)")->required();
  cmd->add_flag("--json", args->json, "print the run as JSON");
  cmd->add_option("--seed", args->seed,
                  "random seed (default: the XML's <prngSeed>, else KTAB's default; 0 = a fresh "
                  "one, printed); only stochastic transitions and --runs draw");
  cmd->add_option("--max-turns", args->max_turns, "stop after this many turns (default 100)")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--replay", args->replay,
                  "FILE[#CASE]: replay a recorded queue and draw order per turn (JSON with "
                  "turns[].queues and turns[].draw_order, e.g. a case of KTAB's expected_turns.json)");
  cmd->add_option("--runs", args->runs,
                  "Monte Carlo sensitivity: N runs with perturbed inputs; prints the "
                  "distribution of each actor's final position")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--perturb", args->perturb,
                  "with --runs: capabilities and saliences scaled by a factor in [1-F, 1+F], "
                  "positions shifted by up to F of the scale (default 0.05)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([args] { run(*args); });
}

}  // namespace dyad::cli
