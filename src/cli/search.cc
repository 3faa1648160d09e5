// `dyad search --db FILE QUERY`: full-text search (placeholder).
#include "cli/commands.h"

namespace dyad::cli {
void register_search(CLI::App& app) { app.add_subcommand("search", "Full-text search over stored documents"); }
}  // namespace dyad::cli
