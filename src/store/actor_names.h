// Naming the rows of the actor table (store-internal): a code takes its name,
// kind and country from the actor dictionary (actors/code_names.h), not from
// whichever mention happened to be stored first; a code the dictionary does
// not know keeps a name given by a non-person mention, else its code.
#pragma once

#include <map>
#include <set>
#include <string>

#include "store/connection.h"

namespace dyad::store {

// What a non-person mention called a code: its name and kind ("" when none).
struct MentionName {
  std::string name, kind;
};

// Names every code of `codes` (rows are created when missing). `named`, when
// given, holds the codes this connection already gave their dictionary name
// (nothing else renames those): they are skipped, and the codes named now
// are added (the caller forgets them when its transaction rolls back).
void name_actors(Connection* db, const std::map<std::string, MentionName>& codes,
                 std::set<std::string>* named = nullptr);

}  // namespace dyad::store
