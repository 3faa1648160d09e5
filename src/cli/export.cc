// `dyad export`: Exports events, dyad series and the network from a store (CSV, JSON Lines, GraphML).
// (Placeholder: the command is registered; its implementation lands with its issue.)
#include "cli/commands.h"

#include <iostream>

namespace dyad::cli {

void register_export(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "Exports events, dyad series and the network from a store (CSV, JSON Lines, GraphML). (not available yet)");
  cmd->allow_extras();
  cmd->callback([] {
    std::cerr << "dyad export: not available in this build yet\n";
    set_exit_code(2);
  });
}

}  // namespace dyad::cli
