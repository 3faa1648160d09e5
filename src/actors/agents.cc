// The agent-code table (see agents.h), loaded once from data/actors/agents.txt.
#include "actors/agents.h"

#include <unordered_map>

#include "base/text.h"

namespace dyad::actors {

namespace {

struct Agent {
  std::string name, kind;  // name "" when no group is named by the code alone
};

const std::unordered_map<std::string, Agent>& agents() {
  static const std::unordered_map<std::string, Agent> table = [] {
    std::unordered_map<std::string, Agent> out;
    for (const auto& line : base::load_word_list("actors/agents.txt")) {
      auto f = base::bar_fields(line);
      if (f.size() < 3 || f[0].size() != 3) continue;
      out[f[0]] = Agent{f[1] == "-" ? "" : f[1], f[2]};
    }
    return out;
  }();
  return table;
}

}  // namespace

std::string agent_name(const std::string& agent) {
  auto it = agents().find(agent);
  return it == agents().end() || it->second.name.empty() ? agent : it->second.name;
}

std::string agent_kind(const std::string& agent) {
  auto it = agents().find(agent.substr(0, 3));
  return it == agents().end() ? "" : it->second.kind;
}

}  // namespace dyad::actors
