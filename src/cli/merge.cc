// `dyad merge OUT PART.sqlite...` (OUT an SQLite file or PostgreSQL URL): copies partition stores (e.g. from
// `python3 -m dyad.dask ingest`) into one store, in the order given; merging a
// part again changes nothing. A bad part is reported and the others merged.
#include <iostream>

#include "cli/commands.h"
#include "store/merge.h"
#include "store/store.h"

namespace dyad::cli {

namespace {
struct MergeArgs {
  std::string out;
  std::vector<std::string> parts;
  bool quiet = false;
};
}  // namespace

void register_merge(CLI::App& app) {
  auto a = std::make_shared<MergeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Merge stores written by separate ingests (one per partition of a distributed run) into one store. "
      "Documents keep their ids; a document already in OUT (same bytes) is skipped, so nothing is counted "
      "twice; copies of one article that met only across parts are linked as duplicates.\n"
      "Example: dyad merge news.sqlite parts/part-00000.sqlite parts/part-00001.sqlite\n"
      "         dyad merge postgresql://dbhost/dyad parts/*.sqlite");
  cmd->add_option("out", a->out, "Output store: SQLite file (created if missing) or postgresql:// URL")->required();
  cmd->add_option("parts", a->parts, "Partition stores to copy in, in order")->required();
  cmd->add_flag("-q,--quiet", a->quiet, "No summary");
  cmd->callback([a] {
    std::unique_ptr<store::Store> out;
    try {
      out = std::make_unique<store::Store>(a->out);
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
      return;
    }
    store::MergeCounts total;
    size_t failed = 0;
    for (const auto& part : a->parts) {
      try {
        auto c = store::merge_store(*out, part);
        total.inserted += c.inserted;
        total.replaced += c.replaced;
        total.unchanged += c.unchanged;
        total.duplicates += c.duplicates;
      } catch (const store::StoreError& e) {
        std::cerr << "dyad: " << e.what() << "\n";
        ++failed;
      }
    }
    try {
      out->refresh_model();
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
      return;
    }
    if (!a->quiet)
      std::cerr << "dyad: merged " << (a->parts.size() - failed) << " of " << a->parts.size() << " parts: "
                << total.inserted << " new, " << total.replaced << " replaced, " << total.unchanged << " unchanged, "
                << total.duplicates << " duplicates across parts; " << out->path() << " holds " << out->document_count()
                << " documents\n";
    set_exit_code(failed ? 3 : 0);
  });
}

}  // namespace dyad::cli
