// Issue scenarios from coded events (see issue_scenario.h, docs/simulation.md).
#include "sim/issue_scenario.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "model/model.h"
#include "base/text.h"

namespace dyad::sim {
namespace {

// True when `text` has a word starting with `term` (both lowercase).
bool names(const std::string& text, const std::string& term) {
  for (size_t p = text.find(term); p != std::string::npos; p = text.find(term, p + 1))
    if (p == 0 || !std::isalnum(static_cast<unsigned char>(text[p - 1]))) return true;
  return false;
}

double r2(double x) { return std::round(x * 100) / 100; }

struct Weighted {
  const IssueEvent* e;
  double w;
  std::string src, tgt;  // codes after roll-up
};

// Events between a and b (either direction) on the issue.
std::vector<const Weighted*> between(const std::vector<Weighted>& ev, const std::string& a, const std::string& b) {
  std::vector<const Weighted*> out;
  for (const auto& x : ev)
    if (x.w > 0 && ((x.src == a && x.tgt == b) || (x.src == b && x.tgt == a))) out.push_back(&x);
  return out;
}

// Relevance-weighted mean Goldstein / 10 of the events between a and b.
std::pair<double, std::vector<long long>> alignment(const std::vector<Weighted>& ev, const std::string& a,
                                                    const std::string& b) {
  double num = 0, den = 0;
  std::vector<long long> ids;
  for (const Weighted* x : between(ev, a, b)) {
    num += x->w * x->e->goldstein / 10;
    den += x->w;
    ids.push_back(x->e->id);
  }
  return {den > 0 ? num / den : 0.0, ids};
}

std::vector<std::string> select_actors(const IssueSpec& spec, const std::vector<Weighted>& ev) {
  if (!spec.actors.empty()) return spec.actors;
  std::map<std::string, std::pair<double, int>> score;  // code -> (weight, issue events)
  for (const auto& x : ev) {
    if (x.w <= 0 || x.tgt.empty() || x.src == x.tgt) continue;
    for (const auto* c : {&x.src, &x.tgt}) score[*c].first += x.w, ++score[*c].second;
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [code, s] : score)
    if (s.second >= spec.min_events) ranked.push_back({-s.first, code});
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (const auto& [w, code] : ranked)
    if (out.size() < spec.max_actors) out.push_back(code);
  return out;
}

// The pair with the largest relevance-weighted hostility (-Goldstein/10).
std::optional<std::pair<std::string, std::string>> find_poles(const std::vector<Weighted>& ev,
                                                              const std::vector<std::string>& actors) {
  double best = 0;
  std::optional<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < actors.size(); ++i)
    for (size_t j = i + 1; j < actors.size(); ++j) {
      double h = 0;
      for (const Weighted* x : between(ev, actors[i], actors[j])) h -= x->w * x->e->goldstein / 10;
      if (h > best + 1e-12) best = h, out = std::pair{actors[i], actors[j]};
    }
  return out;
}

nlohmann::json event_json(const Weighted& x) {
  return {{"doc", x.e->doc},          {"sentence", x.e->sentence}, {"date", x.e->date},
          {"source", x.e->source},    {"target", x.e->target},     {"code", x.e->code},
          {"goldstein", x.e->goldstein}, {"relevance", x.w},       {"text", x.e->text}};
}

}  // namespace

double issue_relevance(const IssueEvent& e, const std::vector<std::string>& terms,
                       const std::set<std::string>& issue_docs) {
  const std::string text = base::lower_ascii(e.text);
  for (const auto& t : terms)
    if (!t.empty() && names(text, base::lower_ascii(t))) return 1.0;
  return issue_docs.count(e.doc) ? 0.5 : 0.0;
}

IssueScenario build_issue_scenario(const IssueSpec& spec, const std::vector<IssueEvent>& events,
                                   const std::set<std::string>& issue_docs,
                                   const std::function<ActorInfo(const std::string&)>& info,
                                   const CapabilityTable& caps) {
  std::vector<Weighted> ev;
  for (const auto& e : events) {
    auto code = [&](const std::string& c) { return spec.rollup && !c.empty() ? model::rollup_code(c) : c; };
    ev.push_back({&e, issue_relevance(e, spec.terms, issue_docs), code(e.source), code(e.target)});
  }
  std::vector<std::string> actors = select_actors(spec, ev);
  if (actors.size() < 3)
    throw ScenarioError(spec.source, 0, fmt::format("only {} actors have {} or more events on '{}' (a scenario "
                                                    "needs 3): widen the window or lower --min-events",
                                                    actors.size(), spec.min_events, spec.issue));
  auto poles = spec.poles ? spec.poles : find_poles(ev, actors);
  if (!poles)
    throw ScenarioError(spec.source, 0, fmt::format("no two of the actors are in conflict on '{}': name the "
                                                    "issue's two sides with --poles A,B", spec.issue));
  Scenario sc;
  sc.name = "Dyad " + spec.issue;
  sc.description = fmt::format("built from {} ({}..{})", spec.source, spec.from.empty() ? "start" : spec.from,
                               spec.to.empty() ? "end" : spec.to);
  sc.dimensions = {spec.issue};
  sc.source = spec.source;
  nlohmann::json ev_json = nlohmann::json::object(), actor_json = nlohmann::json::object();
  for (const auto& code : actors) {
    ActorInfo ai = info(code);
    // Salience: the relevance-weighted share of the actor's events on the issue.
    double issue_w = 0;
    int all = 0;
    nlohmann::json sal_ids = nlohmann::json::array();
    for (const auto& x : ev) {
      if (x.src != code && x.tgt != code) continue;
      ++all;
      issue_w += x.w;
      if (x.w > 0) sal_ids.push_back(x.e->id), ev_json[std::to_string(x.e->id)] = event_json(x);
    }
    const double salience = std::clamp(r2(all ? 100 * issue_w / all : 0), 1.0, 100.0);
    // Position: alignment with the second pole minus alignment with the first.
    auto al = [&](const std::string& pole) {
      return code == pole ? std::pair<double, std::vector<long long>>{1.0, {}} : alignment(ev, code, pole);
    };
    auto [al_a, ids_a] = al(poles->first);
    auto [al_b, ids_b] = al(poles->second);
    for (const auto* ids : {&ids_a, &ids_b})
      for (long long id : *ids)
        for (const auto& x : ev)
          if (x.e->id == id) ev_json[std::to_string(id)] = event_json(x);
    const double position = std::clamp(r2(50 + 25 * (al_b - al_a)), 0.0, 100.0);
    CapabilityEstimate cap = caps.estimate(code, ai.kind, ai.country.empty() ? code : ai.country);
    sc.actors.push_back({code.substr(0, 25), ai.name.empty() ? code : ai.name, cap.value, {position / 100}, {salience / 100}});
    actor_json[code] = {
        {"name", ai.name},
        {"capability", {{"value", cap.value}, {"rule", cap.rule}}},
        {"salience", {{"value", salience}, {"issue_weight", issue_w}, {"events_of_actor", all},
                      {"issue_events", sal_ids}}},
        {"position", {{"value", position},
                      {"alignment_with_" + poles->first, {{"value", al_a}, {"events", ids_a}}},
                      {"alignment_with_" + poles->second, {{"value", al_b}, {"events", ids_b}}}}}};
  }
  sc.accommodation = identity_matrix(sc.num_actors());
  IssueScenario out{std::move(sc), nlohmann::json::object()};
  out.evidence = {{"issue", spec.issue},
                  {"terms", spec.terms},
                  {"store", spec.source},
                  {"from", spec.from},
                  {"to", spec.to},
                  {"rollup", spec.rollup},
                  {"poles", {poles->first, poles->second}},
                  {"method", "docs/simulation.md: position = 50 + 25 (alignment with " + poles->second +
                                 " - alignment with " + poles->first + "); salience = 100 x relevance-weighted share "
                                 "of the actor's events on the issue; capability from data/sim"},
                  {"actors", actor_json},
                  {"events", ev_json}};
  return out;
}

std::string scenario_csv(const Scenario& sc) {
  auto clean = [](std::string s) {
    std::replace(s.begin(), s.end(), ',', ';');
    std::replace(s.begin(), s.end(), '"', '\'');
    return s;
  };
  std::string out = fmt::format("{},{},{},{},\n", clean(sc.name), clean(sc.description), sc.num_actors(),
                                sc.num_dims());
  out += "Actor,Description,Capability";
  for (const auto& d : sc.dimensions) out += fmt::format(",{} Position,{} Salience", clean(d), clean(d));
  out += ",\n";
  for (const auto& a : sc.actors) {
    out += fmt::format("{},{},{}", clean(a.name), clean(a.description), a.capability);
    for (size_t k = 0; k < a.position.size(); ++k)
      out += fmt::format(",{:.2f},{:.2f}", a.position[k] * 100, a.salience[k] * 100);
    out += ",\n";
  }
  return out;
}

}  // namespace dyad::sim
