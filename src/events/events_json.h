// The `events` array of the contract JSON (DESIGN.md), one object per coded
// event, with readable actor names and the evidence sentence.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "doc/document.h"

namespace dyad::events {

// Events of every document; a duplicate's events are left out (its kept copy
// holds the same facts).
nlohmann::json events_json(const std::vector<Document>& docs);

// Quad class name of a CAMEO code: "verbal cooperation", "material
// cooperation", "verbal conflict" or "material conflict" (roots 01 and 02,
// neutral in Phoenix's table, count as verbal cooperation as in GDELT); "" if
// the code is unknown.
std::string quad_name(const std::string& code);
// Phoenix's quad class number (0 neutral .. 4 material conflict), -1 if unknown.
int quad_class(const std::string& code);
// The PLOVER reading of a CAMEO code (data/events/plover.tsv):
// {"type": "DISAPPROVE", "mode": "accuse"|null}, or null when the code has no
// PLOVER type (bare statements).
nlohmann::json plover_json(const std::string& code);

}  // namespace dyad::events
