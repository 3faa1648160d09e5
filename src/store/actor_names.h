// Naming the rows of the actor table (store-internal): a code takes its name,
// kind and country from the actor dictionary (actors/code_names.h), not from
// whichever mention happened to be stored first; a code the dictionary does
// not know keeps a name given by a non-person mention, else its code.
#pragma once

#include <map>
#include <string>

#include "store/connection.h"

namespace dyad::store {

// What a non-person mention called a code: its name and kind ("" when none).
struct MentionName {
  std::string name, kind;
};

// Names every code of `codes` (rows are created when missing).
void name_actors(Connection* db, const std::map<std::string, MentionName>& codes);

}  // namespace dyad::store
