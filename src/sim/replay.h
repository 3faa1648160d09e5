// Reads a recorded queue and draw order (the `turns[t].queues` and
// `turns[t].draw_order` of a KTAB log parsed to JSON) to replay a threaded run.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "sim/simulation.h"

namespace dyad::sim {

// `j` holds {"turns":[{"queues":{"k":[[i,j],...]},"draw_order":[...]}]}.
Replay replay_from_json(const nlohmann::json& j, size_t actors);
// Reads FILE or FILE#CASE (a case under the file's "cases"); throws ScenarioError.
Replay read_replay(const std::string& spec, size_t actors);

}  // namespace dyad::sim
