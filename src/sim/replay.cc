// Replay orders from JSON (see replay.h).
#include "sim/replay.h"

#include <fstream>

#include "sim/scenario.h"

namespace dyad::sim {

Replay replay_from_json(const nlohmann::json& j, size_t actors) {
  Replay r;
  for (const auto& turn : j.at("turns")) {
    std::vector<std::vector<std::pair<size_t, size_t>>> queues(actors);
    for (size_t k = 0; k < actors; ++k) {
      const auto& q = turn.at("queues").at(std::to_string(k));
      for (const auto& pair : q) queues[k].emplace_back(pair.at(0).get<size_t>(), pair.at(1).get<size_t>());
    }
    r.queues.push_back(std::move(queues));
    r.draw_order.push_back(turn.at("draw_order").get<std::vector<size_t>>());
  }
  return r;
}

Replay read_replay(const std::string& spec, size_t actors) {
  size_t hash = spec.find('#');
  std::string path = spec.substr(0, hash);
  std::ifstream in(path);
  if (!in) throw ScenarioError(path, 0, "cannot open the replay file");
  try {
    nlohmann::json j = nlohmann::json::parse(in);
    if (hash != std::string::npos) j = j.at("cases").at(spec.substr(hash + 1));
    return replay_from_json(j, actors);
  } catch (const nlohmann::json::exception& e) {
    throw ScenarioError(path, 0, std::string("bad replay file: ") + e.what());
  }
}

}  // namespace dyad::sim
