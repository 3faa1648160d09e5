// The output contract of `dyad analyze --json` (DESIGN.md): documents and the
// layers later stages fill (actors, quotes, events, timeline, timex).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "doc/document.h"

namespace dyad {

nlohmann::json document_json(const Document& doc, bool with_text);
nlohmann::json contract_json(const std::vector<Document>& docs, bool with_text);
// Prints contract_json(docs, with_text).dump(indent) on `os` as it goes,
// without building the tree (a few entries held at a time; indent < 0:
// compact). Throws nlohmann::json::type_error on invalid UTF-8, as dump().
void write_contract_json(std::ostream& os, const std::vector<Document>& docs, bool with_text, int indent);
// The documents as CSV (RFC 4180, header row; authors joined by "; "), which
// pandas.read_csv and R's read.csv read directly.
std::string documents_csv(const std::vector<Document>& docs);

}  // namespace dyad
