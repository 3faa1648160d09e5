// The `events` array of the contract JSON (DESIGN.md), one object per coded
// event, with readable actor names and the evidence sentence.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "base/json_stream.h"
#include "doc/document.h"

namespace dyad::events {

// Events of every document; a duplicate's events are left out (its kept copy
// holds the same facts).
nlohmann::json events_json(const std::vector<Document>& docs);
// The same events one by one (the contract writer streams them).
void events_json(const std::vector<Document>& docs, const JsonSink& emit);

// The PLOVER reading of a CAMEO code (data/events/plover.tsv):
// {"type": "DISAPPROVE", "mode": "accuse"|null}, or null when the code has no
// PLOVER type (bare statements).
nlohmann::json plover_json(const std::string& code);

}  // namespace dyad::events
