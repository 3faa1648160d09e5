// The contract's "quotes" array built from processed documents.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "doc/document.h"

namespace dyad::quotes {

// One entry per quotation of every document, in document order.
nlohmann::json quotes_json(const std::vector<Document>& docs);

}  // namespace dyad::quotes
