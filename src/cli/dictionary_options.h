// The actor-dictionary options shared by `dyad analyze` and `dyad ingest`:
// --actors FILE, --agents FILE (TABARI/PETRARCH formats, repeatable) and
// --no-default-actors, and building the dictionary they ask for.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>

#include "actors/petrarch_dict.h"

namespace dyad::cli {

void add_dictionary_options(CLI::App* cmd, actors::DictionaryFiles& files);
// The dictionary to pass in StageOptions, or null for the default one.
// Prints a summary (unless quiet) and problems on stderr; false when a file
// could not be read.
bool make_dictionary(const actors::DictionaryFiles& files, bool quiet,
                     std::shared_ptr<const actors::Dictionary>& out);

}  // namespace dyad::cli
