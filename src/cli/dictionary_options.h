// The actor-dictionary options shared by `dyad analyze` and `dyad ingest`:
// --actors FILE, --agents FILE (TABARI/PETRARCH formats, repeatable) and
// --no-default-actors, and building the dictionary they ask for; likewise
// --verbs FILE (repeatable) and --no-default-verbs for the event coder.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>

#include "actors/petrarch_dict.h"

namespace dyad::events {
class VerbDictionary;
}

namespace dyad::cli {

void add_dictionary_options(CLI::App* cmd, actors::DictionaryFiles& files);
// The dictionary to pass in StageOptions, or null for the default one.
// Prints a summary (unless quiet) and problems on stderr; false when a file
// could not be read.
bool make_dictionary(const actors::DictionaryFiles& files, bool quiet,
                     std::shared_ptr<const actors::Dictionary>& out);

struct VerbFiles {
  std::vector<std::string> files;
  bool use_default = true;
};
void add_verb_options(CLI::App* cmd, VerbFiles& verbs);
// The verb dictionary to pass in StageOptions, or null for the default one;
// false when a file could not be read.
bool make_verbs(const VerbFiles& verbs, bool quiet, std::shared_ptr<const events::VerbDictionary>& out);

}  // namespace dyad::cli
