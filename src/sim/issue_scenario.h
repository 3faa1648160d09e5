// Builds a one-dimension KTAB scenario on an issue from coded events (the
// method is documented in docs/simulation.md): actors from the dyads of the
// issue's events, positions from their cooperation and conflict with the
// issue's two poles, salience from the share of their activity on the issue,
// capability from the analyst's table. Every number keeps its evidence.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sim/capability_table.h"
#include "sim/scenario.h"

namespace dyad::sim {

// One coded event as the store gives it.
struct IssueEvent {
  long long id = 0, sentence = 0;
  std::string doc, date, source, target, code, text;
  int quad = 0;
  double goldstein = 0;
};

struct ActorInfo {
  std::string name, kind, country;
};

struct IssueSpec {
  std::string issue;               // the issue's name, e.g. "Afghanistan"
  std::vector<std::string> terms;  // words that mark a sentence as about it
  std::vector<std::string> actors;  // explicit actors (codes); empty = from the dyads
  std::optional<std::pair<std::string, std::string>> poles;  // else the most hostile pair
  size_t max_actors = 12;
  int min_events = 2;  // issue events an actor needs to be selected
  bool rollup = true;  // RUSGOV -> RUS
  std::string from, to, source;  // for the description and evidence
};

struct IssueScenario {
  Scenario scenario;
  nlohmann::json evidence;
};

// Relevance of an event to the issue: 1 when its sentence names a term, 0.5
// when only its document does (`issue_docs`), else 0.
double issue_relevance(const IssueEvent& e, const std::vector<std::string>& terms,
                       const std::set<std::string>& issue_docs);

// Throws ScenarioError (file = spec.source) when fewer than 3 actors qualify
// or no two of them are in conflict on the issue.
IssueScenario build_issue_scenario(const IssueSpec& spec, const std::vector<IssueEvent>& events,
                                   const std::set<std::string>& issue_docs,
                                   const std::function<ActorInfo(const std::string&)>& info,
                                   const CapabilityTable& caps);

// The scenario as KTAB CSV (positions and saliences on 0..100, 2 decimals).
std::string scenario_csv(const Scenario& sc);

}  // namespace dyad::sim
