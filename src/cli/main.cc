// The `dyad` command: parses the subcommand and hands over to its file.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "dyad: reads news articles and rebuilds the political system they describe.\n"
      "Examples:\n"
      "  dyad analyze articles/ --json            # print documents, actors, events as JSON\n"
      "  dyad ingest articles/ --db news.sqlite   # store documents for search and serving\n"
      "  dyad search --db news.sqlite \"Kabulov\"   # full-text search\n"
      "  dyad serve --db news.sqlite              # the analyst's web terminal on http://127.0.0.1:8080\n"
      "  dyad validate PETR.UnitTest.records.xml  # run a PETRARCH validation suite\n"
      "  dyad scenario --db news.sqlite --issue Afghanistan --out af.csv  # scenario from the store\n"
      "  dyad simulate af.csv                     # bargaining simulation (KTAB's SMP)\n"
      "  dyad merge news.sqlite parts/*.sqlite     # merge partition stores of a distributed run"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  dyad::cli::register_analyze(app);
  dyad::cli::register_ingest(app);
  dyad::cli::register_search(app);
  dyad::cli::register_annotate(app);
  dyad::cli::register_validate(app);
  dyad::cli::register_serve(app);
  dyad::cli::register_export(app);
  dyad::cli::register_simulate(app);
  dyad::cli::register_scenario(app);
  dyad::cli::register_merge(app);
  dyad::cli::register_train(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return dyad::cli::exit_code();
}
