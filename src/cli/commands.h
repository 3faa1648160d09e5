// Subcommands of `dyad`, one file each. Each registers itself on the app and
// sets the process exit code when it runs:
//   0 success (at least one document read when reading files), 1 no document
//   could be read / nothing found, 2 usage error, 3 database error.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

void register_analyze(CLI::App& app);
void register_ingest(CLI::App& app);
void register_search(CLI::App& app);
void register_annotate(CLI::App& app);
void register_validate(CLI::App& app);  // src/cli/validate.cc
void register_serve(CLI::App& app);     // src/cli/serve.cc
void register_export(CLI::App& app);    // src/cli/export.cc
void register_simulate(CLI::App& app);  // src/cli/simulate.cc
void register_scenario(CLI::App& app);  // src/cli/scenario.cc
void register_merge(CLI::App& app);     // src/cli/merge.cc
void register_train(CLI::App& app);     // src/cli/train.cc
void register_train_names(CLI::App& app);  // src/cli/train_names.cc (registered by register_train)

int exit_code();
void set_exit_code(int rc);

}  // namespace dyad::cli
