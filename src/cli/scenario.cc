// `dyad scenario --db news.sqlite --issue ISSUE [--from --to] [--actors ...]
// [--out FILE.csv]`: writes a KTAB-format scenario on an issue built from the
// store's events, and a companion evidence file (JSON) tracing every number
// back to event ids and sentences. Method: docs/simulation.md.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "serve/sim_api.h"
#include "sim/issue_scenario.h"
#include "store/queries.h"

namespace dyad::cli {
namespace {

struct ScenarioArgs {
  std::string db = "dyad.sqlite", issue, from, to, out, evidence, poles;
  std::vector<std::string> terms, actors;
  size_t max_actors = 12;
  int min_events = 2;
  bool no_rollup = false;
};

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
  return static_cast<bool>(f);
}

void run(const ScenarioArgs& a) {
  sim::IssueSpec spec;
  spec.issue = a.issue;
  spec.terms = a.terms.empty() ? std::vector<std::string>{a.issue} : a.terms;
  spec.actors = a.actors;
  spec.max_actors = a.max_actors;
  spec.min_events = a.min_events;
  spec.rollup = !a.no_rollup;
  spec.from = a.from;
  spec.to = a.to;
  spec.source = a.db;
  if (!a.poles.empty()) {
    auto comma = a.poles.find(',');
    if (comma == std::string::npos) {
      std::cerr << "dyad scenario: --poles takes two codes, A,B\n";
      return set_exit_code(2);
    }
    spec.poles = std::pair{a.poles.substr(0, comma), a.poles.substr(comma + 1)};
  }
  try {
    if (!store::is_postgres_url(a.db) && !std::filesystem::exists(a.db)) throw store::StoreError("no database at " + a.db);
    store::Store db(a.db, true);
    store::Queries q(db);
    auto events = serve::issue_events(q, a.from, a.to);
    auto docs = q.documents_about(spec.terms);
    auto info = [&](const std::string& code) {
      auto row = q.actor(code, spec.rollup);
      return row ? sim::ActorInfo{row->name, row->kind, row->country} : sim::ActorInfo{code, "", ""};
    };
    auto built = sim::build_issue_scenario(spec, events, docs, info, sim::CapabilityTable::load());
    const std::string csv = sim::scenario_csv(built.scenario);
    std::string evidence_path = a.evidence;
    if (evidence_path.empty() && !a.out.empty())
      evidence_path = std::filesystem::path(a.out).replace_extension(".evidence.json").string();
    if (a.out.empty()) std::cout << csv;
    else if (!write_file(a.out, csv)) {
      std::cerr << "dyad scenario: cannot write " << a.out << "\n";
      return set_exit_code(2);
    }
    if (!evidence_path.empty() && !write_file(evidence_path, built.evidence.dump(2) + "\n")) {
      std::cerr << "dyad scenario: cannot write " << evidence_path << "\n";
      return set_exit_code(2);
    }
    if (!a.out.empty())
      std::cerr << "dyad scenario: " << built.scenario.num_actors() << " actors on '" << a.issue << "' -> " << a.out
                << (evidence_path.empty() ? "" : " (evidence: " + evidence_path + ")") << "\n";
    set_exit_code(0);
  } catch (const store::StoreError& e) {
    std::cerr << "dyad scenario: " << e.what() << "\n";
    set_exit_code(3);
  } catch (const sim::ScenarioError& e) {
    std::cerr << "dyad scenario: " << e.what() << "\n";
    set_exit_code(1);
  }
}

}  // namespace

void register_scenario(CLI::App& app) {
  auto a = std::make_shared<ScenarioArgs>();
  auto* cmd = app.add_subcommand(
      "scenario",
      "Build a bargaining scenario (KTAB CSV) on an issue from the store's events, for `dyad simulate`.\n"
      "Actors come from the dyads of the issue's events; each actor's position (0..100) is its\n"
      "alignment (Goldstein-weighted cooperation minus conflict) with the issue's two poles, the\n"
      "most hostile pair (or --poles); salience is the share of its events about the issue;\n"
      "capability comes from data/sim/capabilities.txt and data/sim/roles.txt (editable).\n"
      "An evidence file (JSON) lists the event ids and sentences behind every number.\n"
      "Method: docs/simulation.md.\n"
      "Examples:\n"
      "  dyad scenario --db news.sqlite --issue Afghanistan --out af.csv   # + af.evidence.json\n"
      "  dyad scenario --db news.sqlite --issue Afghanistan --terms Afghan,Kabul --from 2016 --to 2017\n"
      "  dyad scenario --db news.sqlite --issue Syria --actors RUS,USA,TUR,IRN,SYR --poles SYR,USA\n"
      "  dyad simulate af.csv");
  cmd->add_option("--db", a->db, "Store: SQLite file or postgresql:// URL")->default_val("dyad.sqlite");
  cmd->add_option("--issue", a->issue, "the issue (its name; also the word that marks it unless --terms)")->required();
  cmd->add_option("--terms", a->terms, "words marking a sentence or document as about the issue (word prefixes)")
      ->delimiter(',');
  cmd->add_option("--from", a->from, "First date YYYY[-MM[-DD]]");
  cmd->add_option("--to", a->to, "Last date YYYY[-MM[-DD]] (inclusive)");
  cmd->add_option("--actors", a->actors, "the actors (codes, comma-separated); default: the most active on the issue")
      ->delimiter(',');
  cmd->add_option("--poles", a->poles, "A,B: the issue's two sides (position 0 and 100); default: the most hostile pair");
  cmd->add_option("--max-actors", a->max_actors, "at most this many actors (default 12)")->check(CLI::Range(3, 250));
  cmd->add_option("--min-events", a->min_events, "issue events an actor needs (default 2)")->check(CLI::Range(1, 1000000));
  cmd->add_flag("--no-rollup", a->no_rollup, "keep sub-state codes apart (RUSGOV, RUSMIL) instead of rolling up to RUS");
  cmd->add_option("-o,--out", a->out, "scenario CSV file (default: standard output)");
  cmd->add_option("--evidence", a->evidence, "evidence JSON file (default: OUT with .evidence.json)");
  cmd->callback([a] { run(*a); });
}

}  // namespace dyad::cli
