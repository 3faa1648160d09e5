// `dyad ingest PATH... --db FILE`: reads and stores documents (placeholder).
#include "cli/commands.h"

namespace dyad::cli {
void register_ingest(CLI::App& app) { app.add_subcommand("ingest", "Store documents in an SQLite database"); }
}  // namespace dyad::cli
