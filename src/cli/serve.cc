// `dyad serve`: Serves the analyst's web terminal and JSON API over a store.
// (Placeholder: the command is registered; its implementation lands with its issue.)
#include "cli/commands.h"

#include <iostream>

namespace dyad::cli {

void register_serve(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Serves the analyst's web terminal and JSON API over a store. (not available yet)");
  cmd->allow_extras();
  cmd->callback([] {
    std::cerr << "dyad serve: not available in this build yet\n";
    set_exit_code(2);
  });
}

}  // namespace dyad::cli
