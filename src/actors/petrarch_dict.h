// Loader for TABARI/PETRARCH dictionaries (the Phoenix .actors and .agents
// files): actors with synonyms and dated codes, agents with plurals and
// !MACRO! substitutions, merged into a Dictionary beside or instead of ours.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"

namespace dyad::actors {

struct PetrarchStats {
  size_t actors = 0;   // actor blocks added
  size_t phrases = 0;  // names and synonyms added (actors) or agent phrases (agents)
  size_t codes = 0;    // codes read (dated and undated)
  std::vector<std::string> warnings;  // "file:line: message"
};

// Reads a .actors file:
//   NAME_WITH_UNDERSCORES_ [CODE]          # comment
//   +SYNONYM_                              (more names of the same actor)
//   	[CODE >YYYYMMDD] [CODE <YYMMDD] [CODE YYMMDD-YYMMDD]   (dated codes)
// A block without a code takes the previous block's codes. `<!-- -->` and
// `#` comments are skipped. Never throws; bad lines become warnings.
void read_petrarch_actors(std::istream& in, const std::string& name, Dictionary& dict, PetrarchStats& st);
// Reads an .agents file: `!MACRO! = A, B`, `PHRASE {PLURAL ...} [~CODE]`;
// without braces the regular plural is added, `{}` adds it too.
void read_petrarch_agents(std::istream& in, const std::string& name, Dictionary& dict, PetrarchStats& st);

// "991231" -> "1999-12-31", "20090120" -> "2009-01-20" ("" when not a date;
// two-digit years below 30 are 20xx).
std::string petrarch_date(const std::string& s);

// The dictionary a run uses: ours (unless use_default is false) plus the
// given PETRARCH files, compiled once. Unreadable files go to `errors`.
struct DictionaryFiles {
  std::vector<std::string> actors, agents;
  bool use_default = true;
  bool empty() const { return actors.empty() && agents.empty() && use_default; }
};
std::shared_ptr<const Dictionary> build_dictionary(const DictionaryFiles& files, std::vector<std::string>& errors,
                                                   PetrarchStats* stats = nullptr);

}  // namespace dyad::actors
