// --actors / --agents / --no-default-actors (see dictionary_options.h).
#include "cli/dictionary_options.h"

#include <chrono>
#include <iostream>

#include "events/stage.h"
#include "events/verb_dictionary.h"

namespace dyad::cli {

void add_dictionary_options(CLI::App* cmd, actors::DictionaryFiles& files) {
  cmd->add_option("--actors", files.actors,
                  "TABARI/PETRARCH actor dictionary (e.g. Phoenix.Countries.actors.txt), used beside ours; repeatable")
      ->check(CLI::ExistingFile);
  cmd->add_option("--agents", files.agents, "TABARI/PETRARCH agent dictionary (e.g. Phoenix.agents.txt); repeatable")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--no-default-actors", [&files](int64_t) { files.use_default = false; },
                "Use only the --actors/--agents files, not Dyad's own actor dictionaries");
}

bool make_dictionary(const actors::DictionaryFiles& files, bool quiet,
                     std::shared_ptr<const actors::Dictionary>& out) {
  out.reset();
  if (files.empty()) return true;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> errors;
  actors::PetrarchStats st;
  out = actors::build_dictionary(files, errors, &st);
  for (const auto& e : errors) std::cerr << "dyad: " << e << "\n";
  if (!quiet) {
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cerr << "dyad: actor dictionary: " << out->entries().size() << " entries (" << st.actors
              << " from PETRARCH files, " << st.warnings.size() << " lines skipped), " << out->pattern_count()
              << " patterns compiled in " << s << " s\n";
  }
  return errors.empty();
}

void add_verb_options(CLI::App* cmd, VerbFiles& verbs) {
  cmd->add_option("--verbs", verbs.files,
                  "TABARI/PETRARCH verb dictionary (PETR.Validate.verbs.txt or CAMEO.2.0.txt format), used beside "
                  "ours; repeatable")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--no-default-verbs", [&verbs](int64_t) { verbs.use_default = false; },
                "Use only the --verbs files, not Dyad's own verb dictionary (data/verbs/)");
}

bool make_verbs(const VerbFiles& verbs, bool quiet, std::shared_ptr<const events::VerbDictionary>& out) {
  out.reset();
  if (verbs.files.empty() && verbs.use_default) return true;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> warnings;
  bool ok = true;
  out = events::build_verbs(verbs.files, verbs.use_default, warnings, ok);
  // Unreadable files are errors; a skipped line is a warning (shown unless quiet).
  for (const auto& w : warnings)
    if (!quiet || !ok) std::cerr << "dyad: " << w << "\n";
  if (!quiet) {
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cerr << "dyad: verb dictionary loaded in " << s << " s (" << warnings.size() << " lines skipped)\n";
  }
  return ok;
}

}  // namespace dyad::cli
