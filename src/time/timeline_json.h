// The contract's `timeline` array (DESIGN.md) from processed documents.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "base/json_stream.h"
#include "doc/document.h"

namespace dyad::time {

// [{"date", "end_date", "text", "doc", "start", "end"}] over every kept
// (non-duplicate) document, each document's entries in its timeline order;
// start/end are byte offsets in the clean text, end_date null unless a range.
nlohmann::json timeline_json(const std::vector<Document>& docs);
// The same entries one by one (the contract writer streams them).
void timeline_json(const std::vector<Document>& docs, const JsonSink& emit);

}  // namespace dyad::time
