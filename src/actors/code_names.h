// The readable name of an actor code, from the dictionary rather than from
// any one mention: an organisation's or group's display name, a country's
// name, a country with an agent as demonym + agent ("RUSGOV" -> "Russian
// government"). The store names its actor rows with it, so a code mentioned
// first through a person ("Aleksei Malashenko" of the Carnegie center) is not
// named after that person.
#pragma once

#include <optional>
#include <string>

#include "actors/agents.h"
#include "actors/dictionary.h"

namespace dyad::actors {

struct CodeName {
  std::string name, kind, country;  // country: ISO alpha-3 or ""
};

// nullopt when the dictionary knows neither the code nor its country.
std::optional<CodeName> code_name(const Dictionary& dict, const std::string& code);

}  // namespace dyad::actors
