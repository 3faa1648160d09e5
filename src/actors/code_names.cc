// Readable names of actor codes from the dictionary (code_names.h).
#include "actors/code_names.h"

#include <unordered_map>

namespace dyad::actors {

namespace {

bool names_actor(const Entry& e) {
  return e.type == EntryType::Organisation || e.type == EntryType::Group || e.type == EntryType::Ethnic ||
         e.type == EntryType::Country;
}

// The first non-person entry of `code` (an organisation, group, ethnic group
// or country): indexed once for the process-wide dictionary, scanned for others.
const Entry* entry_of(const Dictionary& dict, const std::string& code) {
  if (&dict == &Dictionary::get()) {
    static const auto index = [&] {
      std::unordered_map<std::string, const Entry*> m;
      for (const auto& e : dict.entries())
        if (names_actor(e)) m.try_emplace(e.code, &e);
      return m;
    }();
    auto it = index.find(code);
    return it == index.end() ? nullptr : it->second;
  }
  for (const auto& e : dict.entries())
    if (names_actor(e) && e.code == code) return &e;
  return nullptr;
}

}  // namespace

std::optional<CodeName> code_name(const Dictionary& dict, const std::string& code) {
  if (code.empty()) return std::nullopt;
  // A group at CAMEO's third level ("LBNREBHZB", Hezbollah) has a name of its own.
  if (code.size() > 6)
    if (const Entry* e = entry_of(dict, code); e && e->type != EntryType::Country) return CodeName{e->name, e->kind, e->country};
  // A country, or a country with an agent (RUSGOVMIL reads by its first):
  // named as such even where an institution is filed under the code
  // ("U.S. National Security Council" under USAGOV does not name USAGOV).
  std::string iso = code.substr(0, 3), country = code.size() >= 3 ? dict.country_name(iso) : "";
  if (!country.empty() && code.size() == 3) return CodeName{country, "country", iso};
  if (!country.empty() && code.size() >= 6) {
    std::string agent = code.substr(3, 3), word = agent_name(agent);
    std::string dem = dict.demonym(iso);
    if (word != agent) return CodeName{(dem.empty() ? country : dem) + " " + word, word, iso};
  }
  if (const Entry* e = entry_of(dict, code)) {
    std::string kind = e->type == EntryType::Country ? "country" : e->kind;
    return CodeName{e->name, kind, e->type == EntryType::Country ? e->code : e->country};
  }
  return std::nullopt;
}

}  // namespace dyad::actors
