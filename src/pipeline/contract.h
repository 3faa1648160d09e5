// The output contract of `dyad analyze --json` (DESIGN.md): documents and the
// layers later stages fill (actors, quotes, events, timeline, timex).
#pragma once

#include <nlohmann/json.hpp>

#include "doc/document.h"

namespace dyad {

nlohmann::json document_json(const Document& doc, bool with_text);
nlohmann::json contract_json(const std::vector<Document>& docs, bool with_text);

}  // namespace dyad
