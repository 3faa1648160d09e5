// The contract's `timex` array (DESIGN.md) from processed documents.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "base/json_stream.h"
#include "doc/document.h"

namespace dyad::time {

// [{"doc", "text", "type", "value", "start", "end"}] over every kept
// (non-duplicate) document; start/end are byte offsets in the clean text.
nlohmann::json timex_json(const std::vector<Document>& docs);
// The same entries one by one (the contract writer streams them).
void timex_json(const std::vector<Document>& docs, const JsonSink& emit);

}  // namespace dyad::time
