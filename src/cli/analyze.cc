// `dyad analyze PATH... --json`: reads files and folders, runs the pipeline
// and prints the contract JSON (DESIGN.md) on stdout.
#include <iostream>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/progress.h"
#include "cli/report.h"
#include "pipeline/contract.h"
#include "pipeline/pipeline.h"

namespace dyad::cli {

namespace {
struct AnalyzeArgs {
  std::vector<std::string> paths;
  bool json = false;
  bool csv = false;
  bool with_text = false;
  bool quiet = false;
  int jobs = 1;
  actors::DictionaryFiles dictionaries;
  VerbFiles verbs;
};
}  // namespace

void register_analyze(CLI::App& app) {
  auto args = std::make_shared<AnalyzeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Read files and folders (text, PDF, HTML, JSON Lines) and print what Dyad finds as one "
      "JSON object: documents (with metadata and duplicate links), actors, quotes, events, "
      "timeline and time expressions.");
  cmd->add_option("paths", args->paths, "Files or folders (read recursively)")->required();
  cmd->add_flag("--json", args->json, "Print the contract JSON (the default)");
  cmd->add_flag("--csv", args->csv, "Print the documents as CSV instead (for pandas, R, spreadsheets)")
      ->excludes("--json");
  cmd->add_flag("--with-text", args->with_text, "Include each document's clean text");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress bar");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (0 = all cores)")->default_val(1);
  add_dictionary_options(cmd, args->dictionaries);
  add_verb_options(cmd, args->verbs);
  cmd->callback([args] {
    BatchOptions opt;
    if (!make_dictionary(args->dictionaries, args->quiet, opt.stages.actor_dictionary) ||
        !make_verbs(args->verbs, args->quiet, opt.stages.verb_dictionary)) {
      set_exit_code(2);
      return;
    }
    Progress bar("analyze", !args->quiet);
    opt.jobs = args->jobs;
    opt.progress = [&bar](size_t d, size_t t) { bar.update(d, t); };
    Batch batch = run_batch(args->paths, opt);
    bar.finish();
    report_problems(batch, args->quiet);
    if (args->csv) {
      std::cout << documents_csv(batch.docs);
    } else {
      write_contract_json(std::cout, batch.docs, args->with_text, 2);  // streamed: no tree held
      std::cout << "\n";
    }
    set_exit_code(batch.docs.empty() ? 1 : 0);
  });
}

}  // namespace dyad::cli
