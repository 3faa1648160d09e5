// Running a PETRARCH validation file through the coder: loads the
// dictionaries its <Environment> names (or given overrides), builds each
// enabled record's Annotation from its own Penn parse ("records") or from
// Dyad's language core ("dyad"), codes it, and compares the set of
// (source, target, code) triples with the expected set.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "events/coder.h"
#include "petrarch/penn_tree.h"
#include "petrarch/petr_actors.h"
#include "petrarch/unit_records.h"
#include "events/verb_dictionary.h"
#include "lang/annotation.h"

namespace dyad::events {

using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, code

struct ValidationSetup {
  std::string records_path;
  std::string parser = "records";  // records | dyad
  std::vector<std::string> verbs, actors, agents, discards;  // overrides (empty: Environment's files)
};

// Everything loaded once for a run.
struct ValidationEnv {
  UnitFile file;
  VerbDictionary verbs;
  PetrActors actors;
  Discards discards;
  bool use_tree = true;
  std::vector<std::string> errors;    // fatal: unreadable files
  std::vector<std::string> warnings;  // dictionary lines skipped
};

struct RecordResult {
  std::string id, category;
  std::set<Triple> expected, got;
  bool pass = false;
};

// Loads the records file and the dictionaries. False (errors filled) when a
// file cannot be read.
bool load_validation(const ValidationSetup& setup, ValidationEnv& env);

// The Annotation of one record: from its parse (tokens = leaves) or from the
// language core; `tree` receives the parse when used.
lang::Annotation record_annotation(const UnitRecord& r, bool use_tree, PennTree* tree, const PetrActors* actors);

// Codes one record.
RecordResult run_record(const ValidationEnv& env, const UnitRecord& r);

}  // namespace dyad::events
