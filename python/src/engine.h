// The engine behind `dyad.Engine`: dictionaries and model loaded once, then
// analyses of texts or files and ingests into a store, each run with the GIL
// released (callers hold no Python objects while it works).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/pipeline.h"

namespace dyad::python {

struct EngineConfig {
  std::vector<std::string> actors, agents, verbs;  // TABARI/PETRARCH files beside (or instead of) ours
  bool default_actors = true, default_verbs = true;
};

// One input problem: the text or file and what is wrong with it.
struct InputError {
  std::string where, message;
};

struct Analysis {
  nlohmann::json contract;
  std::vector<InputError> errors;
};

struct IngestCounts {
  size_t files = 0, documents = 0, inserted = 0, updated = 0, unchanged = 0, duplicates = 0;
  std::vector<InputError> errors;
};

class Engine {
 public:
  // Builds the dictionaries and loads every lazily loaded table (so the first
  // analysis is not slower than the next). Throws std::invalid_argument
  // naming a dictionary file that cannot be read.
  explicit Engine(const EngineConfig& config);

  // Texts (raw bytes or UTF-8) with their ids; an empty or binary text is an
  // error naming it and is left out.
  Analysis analyze_texts(const std::vector<std::string>& texts, const std::vector<std::string>& ids,
                         bool with_text, int jobs) const;
  // Files and folders, exactly as `dyad analyze PATH... --json`.
  Analysis analyze_files(const std::vector<std::string>& paths, bool with_text, int jobs) const;
  // Files and folders into an SQLite store, as `dyad ingest PATH... --db DB`;
  // `refresh_model` false leaves the model tables to a later merge.
  IngestCounts ingest(const std::vector<std::string>& paths, const std::string& db, int jobs,
                      bool refresh_model) const;

 private:
  StageOptions stages_;
};

}  // namespace dyad::python
