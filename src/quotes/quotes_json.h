// The contract's "quotes" array built from processed documents.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "base/json_stream.h"
#include "doc/document.h"

namespace dyad::quotes {

// One entry per quotation of every document, in document order.
nlohmann::json quotes_json(const std::vector<Document>& docs);
// The same entries one by one (the contract writer streams them).
void quotes_json(const std::vector<Document>& docs, const JsonSink& emit);

}  // namespace dyad::quotes
