// `dyad export --db FILE --what events|dyads|network --format csv|jsonl|graphml
// [-o FILE]`: events with Phoenix/ICEWS-style columns, dyad series per period
// and the network of a window (GraphML for Gephi), written by the export
// layer (src/export/).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "export/export.h"
#include "store/queries.h"

namespace dyad::cli {

namespace {

struct ExportArgs : exporter::Options {
  std::string db = "dyad.sqlite", out;
};

}  // namespace

void register_export(CLI::App& app) {
  auto a = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand(
      "export", "Export events, dyad series or the network from a store (CSV, JSON Lines, GraphML).");
  cmd->add_option("--db", a->db, "Store: SQLite file or postgresql:// URL")->default_val("dyad.sqlite");
  cmd->add_option("--what", a->what, "events | dyads | network")
      ->required()
      ->check(CLI::IsMember({"events", "dyads", "network"}));
  cmd->add_option("--format", a->format, "csv | jsonl | graphml (network only)")
      ->default_val("csv")
      ->check(CLI::IsMember({"csv", "jsonl", "graphml"}));
  cmd->add_option("-o,--output", a->out, "Output file (default: standard output)");
  cmd->add_option("--from", a->from, "First date YYYY[-MM[-DD]]");
  cmd->add_option("--to", a->to, "Last date YYYY[-MM[-DD]] (inclusive)");
  cmd->add_option("--granularity", a->granularity, "Dyad series periods: day | week | month")
      ->default_val("month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_flag("--rollup", a->rollup, "Roll actor codes up to their country/organisation (RUSGOV -> RUS)");
  cmd->add_option("--min-events", a->min_events, "Network: smallest edge kept")->default_val(1);
  cmd->callback([a] {
    if (a->format == "graphml" && a->what != "network") {
      std::cerr << "dyad: --format graphml is for --what network\n";
      set_exit_code(2);
      return;
    }
    try {
      if (store::is_postgres_url(a->db) || std::filesystem::exists(a->db)) {
        try {
          store::Store migrate(a->db);  // an older schema gains the layer tables
        } catch (const store::StoreError&) {
        }
      }
      store::Store db(a->db, true);
      store::Queries q(db);
      std::ofstream file;
      if (!a->out.empty()) {
        file.open(a->out, std::ios::binary);
        if (!file) {
          std::cerr << "dyad: cannot write " << a->out << "\n";
          set_exit_code(2);
          return;
        }
      }
      std::ostream& os = a->out.empty() ? std::cout : file;
      exporter::write(q, *a, os);
      os.flush();
      set_exit_code(0);
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
    }
  });
}

}  // namespace dyad::cli
