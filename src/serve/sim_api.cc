// /api/scenario and /api/simulate (see sim_api.h): parameter checking with
// clear errors, the store's events on the issue, the scenario with its
// evidence, analyst's edits of single inputs, a bounded run or Monte Carlo.
#include "serve/sim_api.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>

#include "serve/params.h"
#include "sim/issue_scenario.h"
#include "sim/monte_carlo.h"
#include "sim/sim_json.h"
#include "sim/simulation.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& message) { bad_request(message); }

sim::IssueSpec spec_params(const Params& p) {
  sim::IssueSpec spec;
  spec.issue = get(p, "issue");
  if (spec.issue.empty()) bad("parameter 'issue' (the issue's name, e.g. Afghanistan) is required");
  if (spec.issue.size() > 100) bad("parameter 'issue' is too long (over 100 bytes)");
  spec.terms = list_param(p, "terms");
  if (spec.terms.empty()) spec.terms = {spec.issue};
  if (spec.terms.size() > 20) bad("parameter 'terms' lists more than 20 words");
  for (const auto& t : spec.terms)
    if (t.size() > 60) bad("parameter 'terms': '" + t.substr(0, 60) + "...' is too long (over 60 bytes)");
  auto w = window_param(p);
  spec.from = w.from;
  spec.to = w.to;
  spec.actors = codes_param(p, "actors", kSimMaxActors);
  if (!spec.actors.empty() && spec.actors.size() < 3) bad("parameter 'actors' must name 3 or more actors");
  auto poles = codes_param(p, "poles", 2);
  if (poles.size() == 1) bad("parameter 'poles' takes two actor codes, A,B (A is 0, B is 100)");
  if (poles.size() == 2) spec.poles = std::pair{poles[0], poles[1]};
  spec.max_actors = static_cast<size_t>(int_param(p, "max_actors", 12, 3, kSimMaxActors));
  spec.min_events = static_cast<int>(int_param(p, "min_events", 2, 1, 1000000));
  spec.rollup = get(p, "rollup").empty() || bool_param(p, "rollup");  // rolled up unless rollup=0
  spec.source = "the store";
  return spec;
}

// `set=CODE:position:60,CODE:salience:20,CODE:capability:15`: the analyst's
// own value for one input (0..100 scale; capability 0..1e8).
json apply_edits(sim::Scenario& sc, const std::string& edits) {
  json applied = json::array();
  static const std::regex one("([A-Za-z0-9:_.-]{1,25}):(position|salience|capability):([0-9]{1,9}(\\.[0-9]{1,6})?)");
  for (const auto& e : list_param({{"set", edits}}, "set")) {
    std::smatch m;
    if (!std::regex_match(e, m, one))
      bad("parameter 'set' takes CODE:position|salience|capability:VALUE, comma-separated (got '" + e + "')");
    auto it = std::find_if(sc.actors.begin(), sc.actors.end(), [&](const auto& a) { return a.name == m[1].str(); });
    if (it == sc.actors.end()) bad("parameter 'set': " + m[1].str() + " is not an actor of the scenario");
    double v = std::stod(m[3].str());
    if (m[2] != "capability" && v > 100) bad("parameter 'set': " + e + ": positions and saliences run 0..100");
    if (m[2] == "position") it->position[0] = v / 100;
    else if (m[2] == "salience") it->salience[0] = v / 100;
    else it->capability = v;
    try {
      sim::check_actor(*it, "parameter 'set'", 0);
    } catch (const sim::ScenarioError& err) {
      bad(err.what());
    }
    applied.push_back({{"actor", m[1].str()}, {"input", m[2].str()}, {"value", v}});
  }
  return applied;
}

json scenario_json(const sim::IssueScenario& built, const json& edits) {
  json actors = json::array();
  for (const auto& a : built.scenario.actors) {
    const json& ev = built.evidence["actors"][a.name];
    actors.push_back({{"code", a.name}, {"name", a.description}, {"capability", a.capability},
                      {"position", std::round(a.position[0] * 1e4) / 100},
                      {"salience", std::round(a.salience[0] * 1e4) / 100},
                      {"capability_rule", ev["capability"]["rule"]}});
  }
  return {{"issue", built.evidence["issue"]}, {"terms", built.evidence["terms"]},
          {"from", built.evidence["from"]},   {"to", built.evidence["to"]},
          {"poles", built.evidence["poles"]}, {"actors", actors},
          {"edits", edits},                   {"csv", sim::scenario_csv(built.scenario)},
          {"evidence", built.evidence}};
}

sim::IssueScenario build(const store::Queries& q, const sim::IssueSpec& spec) {
  std::vector<sim::IssueEvent> events = issue_events(q, spec.from, spec.to);
  auto docs = q.documents_about(spec.terms);
  auto info = [&](const std::string& code) {
    auto row = q.actor(code, spec.rollup);
    return row ? sim::ActorInfo{row->name, row->kind, row->country} : sim::ActorInfo{code, "", ""};
  };
  auto built = sim::build_issue_scenario(spec, events, docs, info, sim::CapabilityTable::load());
  if (built.scenario.num_actors() > static_cast<size_t>(kSimMaxActors))
    bad("the scenario has more than " + std::to_string(kSimMaxActors) + " actors");
  return built;
}

// The likeliest final position: the actor with the highest win probability.
json outcome(const sim::Scenario& sc, const sim::RunResult& r) {
  const sim::State& last = r.states.back();
  size_t best = 0;
  for (size_t i = 1; i < sc.num_actors(); ++i)
    if (last.win_prob[i] > last.win_prob[best]) best = i;
  return {{"actor", sc.actors[best].name}, {"position", sim::scaled_position(last, best)},
          {"win_probability", std::round(last.win_prob[best] * 1e4) / 1e4}, {"turns", r.turns.size()}};
}

json simulate(const store::Queries& q, const Params& p) {
  auto spec = spec_params(p);
  const int runs = static_cast<int>(int_param(p, "runs", 1, 1, kSimMaxRuns));
  const double perturb = real_param(p, "perturb", 0.05, 0, 1);
  const auto seed = static_cast<unsigned long long>(int_param(p, "seed", 0, 1, 999999999999999999LL));
  sim::RunOptions opt;
  opt.max_turns = static_cast<int>(int_param(p, "max_turns", kSimMaxTurns, 1, kSimMaxTurns));
  if (seed) opt.seed = seed;
  auto built = build(q, spec);
  json edits = apply_edits(built.scenario, get(p, "set"));
  const sim::Scenario& sc = built.scenario;
  sim::RunResult r = sim::run_model(sc, opt);
  json out = {{"scenario", scenario_json(built, edits)}, {"run", sim::run_to_json(sc, r)},
              {"outcome", outcome(sc, r)}, {"monte_carlo", nullptr}};
  if (runs > 1)
    out["monte_carlo"] = sim::monte_carlo_to_json(sc, sim::monte_carlo(sc, runs, perturb, r.seed, opt));
  return out;
}

}  // namespace

std::vector<sim::IssueEvent> issue_events(const store::Queries& q, const std::string& from, const std::string& to) {
  std::vector<sim::IssueEvent> out;
  q.each_event({from, to}, [&](const store::EventRow& e) {
    out.push_back({.id = e.id,
                   .sentence = e.sentence,
                   .doc = e.doc,
                   .date = e.date,
                   .source = e.source,
                   .target = e.target,
                   .code = e.code,
                   .text = e.text,
                   .quad = e.quad,
                   .goldstein = e.goldstein});
  });
  return out;
}

ApiResponse handle_sim_api(const store::Queries& q, const std::string& what, const Params& params) {
  return answer_json([&]() -> json {
    try {
      if (what == "scenario") {
        auto built = build(q, spec_params(params));
        json edits = apply_edits(built.scenario, get(params, "set"));
        return scenario_json(built, edits);
      }
      if (what == "simulate") return simulate(q, params);
    } catch (const sim::ScenarioError& e) {
      bad_request(e.what(), 422);  // a well-formed request the store cannot make a scenario of
    }
    bad_request("no such endpoint: /api/" + what, 404);
  });
}

}  // namespace dyad::serve
