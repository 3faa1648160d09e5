// Writes a run as JSON (see sim_json.h).
#include "sim/sim_json.h"

#include <cmath>

namespace dyad::sim {
namespace {

double r4(double x) { return std::round(x * 1e4) / 1e4; }

std::vector<double> scaled(const std::vector<double>& v) {
  std::vector<double> out;
  for (double x : v) out.push_back(r4(x * 100));
  return out;
}

nlohmann::json positions(const Scenario& sc, const State& s) {
  nlohmann::json j = nlohmann::json::object();
  for (size_t i = 0; i < sc.num_actors(); ++i) j[sc.actors[i].name] = scaled_position(s, i);
  return j;
}

nlohmann::json win_probs(const Scenario& sc, const State& s) {
  nlohmann::json j = nlohmann::json::object();
  for (size_t i = 0; i < sc.num_actors(); ++i) j[sc.actors[i].name] = r4(s.win_prob[i]);
  return j;
}

nlohmann::json turn_json(const Scenario& sc, const Turn& t, const State& s) {
  nlohmann::json bargains = nlohmann::json::array();
  for (size_t b = 0; b < t.bargains.size(); ++b) {
    const Bargain& x = t.bargains[b];
    nlohmann::json adopted = nlohmann::json::array();
    for (size_t k = 0; k < t.chosen.size(); ++k)
      if (t.chosen[k] == static_cast<int>(b)) adopted.push_back(sc.actors[k].name);
    bargains.push_back({{"initiator", sc.actors[x.initiator].name},
                        {"receiver", sc.actors[x.receiver].name},
                        {"initiator_adopts", scaled(x.initiator_pos)},
                        {"receiver_adopts", scaled(x.receiver_pos)},
                        {"initiator_win_probability", r4(x.prob)},
                        {"initiator_gain", x.gain},
                        {"adopted_by", adopted}});
  }
  return {{"turn", t.number},
          {"positions", positions(sc, s)},
          {"bargains", bargains},
          {"win_probabilities", win_probs(sc, s)},
          {"fractional_change", r4(t.fractional_change)}};
}

nlohmann::json settings_json(const Settings& cfg) {
  nlohmann::json j = nlohmann::json::object();
  std::string text = describe(cfg);
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b), c = text.find(": ", b);
    j[text.substr(b, c - b)] = text.substr(c + 2, e - c - 2);
    b = e + 1;
  }
  return j;
}

}  // namespace

std::vector<double> scaled_position(const State& s, size_t actor) {
  std::vector<double> out;
  for (size_t k = 0; k < s.positions.cols; ++k) out.push_back(r4(s.positions(actor, k) * 100));
  return out;
}

nlohmann::json distribution_json(const Distribution& d) {
  return {{"mean", r4(d.mean)}, {"sd", r4(d.sd)},   {"min", r4(d.min)}, {"p10", r4(d.p10)},
          {"median", r4(d.median)}, {"p90", r4(d.p90)}, {"max", r4(d.max)}};
}

nlohmann::json monte_carlo_to_json(const Scenario& sc, const MonteCarloResult& r) {
  nlohmann::json actors = nlohmann::json::object();
  for (size_t i = 0; i < sc.num_actors(); ++i) {
    nlohmann::json dims = nlohmann::json::array();
    for (size_t k = 0; k < sc.num_dims(); ++k) {
      nlohmann::json d = distribution_json(r.summary[i][k]);
      d["dimension"] = sc.dimensions[k];
      d["input"] = r4(sc.actors[i].position[k] * 100);
      dims.push_back(d);
    }
    actors[sc.actors[i].name] = dims;
  }
  std::vector<double> turns(r.turns_run.begin(), r.turns_run.end());
  return {{"scenario", sc.name},
          {"runs", r.runs},
          {"perturb", r.perturb},
          {"seed", std::to_string(r.seed)},
          {"turns_run", distribution_json(summarise(turns))},
          {"actors", actors}};
}

nlohmann::json run_to_json(const Scenario& sc, const RunResult& r) {
  nlohmann::json actors = nlohmann::json::array();
  for (const auto& a : sc.actors)
    actors.push_back({{"name", a.name}, {"description", a.description}, {"capability", a.capability}});
  nlohmann::json turns = nlohmann::json::array();
  for (size_t t = 0; t < r.turns.size(); ++t) turns.push_back(turn_json(sc, r.turns[t], r.states[t + 1]));
  return {{"scenario", sc.name},
          {"source", sc.source},
          {"actors", actors},
          {"dimensions", sc.dimensions},
          {"seed", std::to_string(r.seed)},
          {"settings", settings_json(sc.settings)},
          {"turns_run", r.turns.size()},
          {"initial_positions", positions(sc, r.states.front())},
          {"initial_win_probabilities", win_probs(sc, r.states.front())},
          {"final_positions", positions(sc, r.states.back())},
          {"turns", turns}};
}

}  // namespace dyad::sim
