// `dyad validate`: Runs a PETRARCH/TABARI validation file (unit-test records) through the coder.
// (Placeholder: the command is registered; its implementation lands with its issue.)
#include "cli/commands.h"

#include <iostream>

namespace dyad::cli {

void register_validate(CLI::App& app) {
  auto* cmd = app.add_subcommand("validate", "Runs a PETRARCH/TABARI validation file (unit-test records) through the coder. (not available yet)");
  cmd->allow_extras();
  cmd->callback([] {
    std::cerr << "dyad validate: not available in this build yet\n";
    set_exit_code(2);
  });
}

}  // namespace dyad::cli
