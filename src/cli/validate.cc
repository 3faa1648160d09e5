// `dyad validate FILE`: runs a PETRARCH/TABARI validation file (unit-test
// records) through the event coder and reports each failing record, triple
// precision/recall and "N passed, M failed".
#include <chrono>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "petrarch/validation.h"

namespace dyad::cli {

namespace {

struct ValidateArgs {
  events::ValidationSetup setup;
  bool verbose = false, json = false;
  int min_pass = -1;
};

std::string show(const std::set<events::Triple>& s) {
  std::string o = "{";
  bool first = true;
  for (const auto& [src, tgt, code] : s) {
    o += first ? "" : ", ";
    o += "(" + src + ", " + (tgt.empty() ? "-" : tgt) + ", " + code + ")";
    first = false;
  }
  return o + "}";
}

int run(const ValidateArgs& args) {
  events::ValidationEnv env;
  if (!events::load_validation(args.setup, env)) {
    for (const auto& e : env.errors) std::cerr << "dyad validate: " << e << "\n";
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  size_t passed = 0, failed = 0, tp = 0, n_got = 0, n_exp = 0;
  nlohmann::json fails = nlohmann::json::array();
  std::map<std::string, std::pair<int, int>> by_cat;
  for (const auto& r : env.file.records) {
    if (!r.enabled) continue;
    events::RecordResult res = events::run_record(env, r);
    for (const auto& t : res.got) tp += res.expected.count(t);
    n_got += res.got.size();
    n_exp += res.expected.size();
    auto& cat = by_cat[res.category];
    (res.pass ? cat.first : cat.second)++;
    if (res.pass) ++passed;
    else ++failed;
    if (!res.pass) {
      if (!args.json) std::cout << "FAIL " << res.id << ": expected " << show(res.expected) << " got " << show(res.got) << "\n";
      fails.push_back({{"id", res.id}, {"category", res.category}});
    } else if (args.verbose && !args.json) {
      std::cout << "PASS " << res.id << ": " << show(res.got) << "\n";
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double precision = n_got ? double(tp) / double(n_got) : 0, recall = n_exp ? double(tp) / double(n_exp) : 0;
  if (args.json) {
    nlohmann::json j{{"file", args.setup.records_path}, {"parser", args.setup.parser}, {"passed", passed},
                     {"failed", failed}, {"precision", precision}, {"recall", recall}, {"seconds", secs},
                     {"failures", fails}};
    for (const auto& [c, pf] : by_cat) j["categories"][c] = {{"passed", pf.first}, {"failed", pf.second}};
    std::cout << j.dump(2) << "\n";
  } else {
    if (args.verbose)
      for (const auto& [c, pf] : by_cat) std::cout << "category " << c << ": " << pf.first << " passed, " << pf.second << " failed\n";
    std::printf("triples: precision %.3f recall %.3f (%zu correct of %zu coded, %zu expected)\n", precision, recall, tp,
                n_got, n_exp);
    std::cout << passed << " passed, " << failed << " failed\n";
  }
  for (const auto& w : env.errors) std::cerr << "dyad validate: " << w << "\n";
  if (args.min_pass >= 0 && passed < size_t(args.min_pass)) {
    std::cerr << "dyad validate: " << passed << " passed, below the floor of " << args.min_pass << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void register_validate(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  auto* cmd = app.add_subcommand("validate", "Runs a PETRARCH/TABARI validation file (unit-test records) through the event coder.");
  cmd->add_option("file", args->setup.records_path, "Validation records (XML, e.g. PETR.UnitTest.records.xml)")->required();
  cmd->add_option("--parser", args->setup.parser, "records: each record's own Penn parse; dyad: Dyad's language core")
      ->check(CLI::IsMember({"records", "dyad"}));
  cmd->add_option("--verbs", args->setup.verbs, "Verb dictionary (PETRARCH1 or CAMEO.2.0 format), instead of the Environment's");
  cmd->add_option("--actors", args->setup.actors, "Actor dictionary (repeatable), instead of the Environment's");
  cmd->add_option("--agents", args->setup.agents, "Agent dictionary (repeatable), instead of the Environment's");
  cmd->add_option("--discards", args->setup.discards, "Discard file (repeatable), instead of the Environment's");
  cmd->add_flag("--verbose", args->verbose, "Print every record and per-category counts");
  cmd->add_option("--min-pass", args->min_pass, "Exit 1 when fewer records pass");
  cmd->add_flag("--json", args->json, "Machine-readable summary");
  cmd->callback([args] { set_exit_code(run(*args)); });
}

}  // namespace dyad::cli
