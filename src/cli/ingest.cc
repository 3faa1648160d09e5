// `dyad ingest PATH... --db FILE`: reads files and folders, runs the
// pipeline (with the analysis stages: language, actors, quotes, time, events)
// and stores the documents and their layers. Work is committed in chunks, so
// an error or interruption never loses what was already stored.
#include <iostream>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "dedup/near_dup.h"
#include "cli/progress.h"
#include "cli/report.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace dyad::cli {

namespace {
struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "dyad.sqlite";
  bool quiet = false;
  bool analysis = true;
  int jobs = 1;
  size_t chunk = 512;
  actors::DictionaryFiles dictionaries;
  VerbFiles verbs;
};
}  // namespace

void register_ingest(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read files and folders and store their documents (clean text, metadata, duplicate links, "
      "full-text index) in an SQLite database. Re-ingesting the same file changes nothing.");
  cmd->add_option("paths", args->paths, "Files or folders (read recursively)")->required();
  cmd->add_option("--db", args->db, "Store: SQLite file (created if missing) or postgresql:// URL")->default_val("dyad.sqlite");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress bar or summary");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (0 = all cores)")->default_val(1);
  cmd->add_flag("!--no-analysis", args->analysis,
                "Store documents only (no actors, quotes, time expressions or events; faster)");
  add_dictionary_options(cmd, args->dictionaries);
  add_verb_options(cmd, args->verbs);
  cmd->callback([args] {
    std::shared_ptr<const actors::Dictionary> dictionary;
    std::shared_ptr<const events::VerbDictionary> verbs;
    if (!make_dictionary(args->dictionaries, args->quiet, dictionary) ||
        !make_verbs(args->verbs, args->quiet, verbs)) {
      set_exit_code(2);
      return;
    }
    std::unique_ptr<store::Store> db;
    try {
      db = std::make_unique<store::Store>(args->db);
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
      return;
    }
    std::vector<ingest::ReadError> errors;
    std::vector<std::string> files = ingest::expand_paths(args->paths, errors);
    for (const auto& e : errors) std::cerr << "dyad: " << e.path << ": " << e.message << "\n";
    Progress bar("ingest", !args->quiet);
    // Stored documents' signatures, so a new copy of a stored article is
    // recognised as its duplicate.
    dedup::Index known;
    for (const auto& s : db->signatures())
      if (auto sig = dedup::Signature::from_bytes(s.signature)) known.add(s.id, *sig, s.id);
    size_t inserted = 0, updated = 0, unchanged = 0, duplicates = 0, failed = errors.size();
    for (size_t at = 0; at < files.size(); at += args->chunk) {
      std::vector<std::string> part(files.begin() + static_cast<long>(at),
                                    files.begin() + static_cast<long>(std::min(files.size(), at + args->chunk)));
      BatchOptions opt;
      opt.jobs = args->jobs;
      opt.known = &known;
      // The analysis layers the store keeps (actors, quotes, time, events).
      opt.stages.language = opt.stages.actors = opt.stages.time = opt.stages.events = args->analysis;
      opt.stages.actor_dictionary = dictionary;
      opt.stages.verb_dictionary = verbs;
      opt.progress = [&](size_t d, size_t) { bar.update(at + d, files.size()); };
      Batch batch = run_batch(part, opt);
      failed += batch.errors.size();
      report_problems(batch, args->quiet);
      try {
        db->begin();
        for (const auto& d : batch.docs) {
          switch (db->put(d, dedup::signature(d.text).to_bytes())) {
            case store::PutResult::Inserted: ++inserted; break;
            case store::PutResult::Updated: ++updated; break;
            case store::PutResult::Unchanged:
              ++unchanged;
              // Stored before its layers were (older database or --no-analysis).
              if (args->analysis && db->id_for_hash(d.hash) == d.id && !db->has_layers(d.id)) db->put_layers(d);
              break;
          }
          if (d.duplicate_of) ++duplicates;
        }
        db->commit();
      } catch (const store::StoreError& e) {
        std::cerr << "dyad: " << e.what() << "\n";
        set_exit_code(3);
        return;
      }
    }
    bar.finish();
    try {
      db->refresh_model();  // the model tables for the months that changed
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
      return;
    }
    size_t total = db->document_count();
    if (!args->quiet) {
      std::cerr << "dyad: " << files.size() << " files: " << inserted << " new, " << updated << " updated, "
                << unchanged << " unchanged, " << duplicates << " duplicates, " << failed
                << " errors; " << args->db << " holds " << total << " documents\n";
    }
    set_exit_code(inserted + updated + unchanged > 0 ? 0 : 1);
  });
}

}  // namespace dyad::cli
