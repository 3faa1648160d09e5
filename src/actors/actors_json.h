// The actor stage of the pipeline, and the contract's "actors" array built
// from processed documents.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "doc/document.h"

namespace dyad::actors {

class Dictionary;

// Runs actor recognition on a document whose language layer is set (pipeline
// stage), with `dict` (null: Dictionary::get()).
void annotate_actors(Document& doc, const Dictionary* dict = nullptr);

// One entry per actor code (and per named person); `mentions` counts only
// documents that are not duplicates. Every code used in quotes is listed.
nlohmann::json actors_json(const std::vector<Document>& docs);

}  // namespace dyad::actors
