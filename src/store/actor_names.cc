// Naming the rows of the actor table from the dictionary (actor_names.h).
#include "store/actor_names.h"

#include "actors/code_names.h"
#include "store/statement.h"

namespace dyad::store {

void name_actors(Connection* db, const std::map<std::string, MentionName>& codes, std::set<std::string>* named) {
  if (codes.empty()) return;
  const auto& dict = actors::Dictionary::get();
  Statement known(db,
                  "INSERT INTO actors(code, name, kind, country) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(code) DO UPDATE "
                  "SET name = excluded.name, kind = excluded.kind, country = excluded.country WHERE "
                  "actors.name IS DISTINCT FROM excluded.name OR actors.kind IS DISTINCT FROM excluded.kind OR "
                  "actors.country IS DISTINCT FROM excluded.country");
  // Unknown to the dictionary: a person's name (or no name) gives way to a
  // non-person mention's name, else to the code itself.
  Statement other(db,
                  "INSERT INTO actors(code, name, kind) VALUES (?1, ?2, ?3) ON CONFLICT(code) DO UPDATE "
                  "SET name = excluded.name, kind = excluded.kind WHERE actors.name IS NULL OR "
                  "actors.kind = 'person' OR (actors.name = actors.code AND excluded.name <> excluded.code)");
  for (const auto& [code, mention] : codes) {
    if (code.empty()) continue;
    if (named && named->count(code)) continue;
    if (auto n = actors::code_name(dict, code)) {
      if (named) named->insert(code);
      known.reset();
      known.bind(1, code).bind(2, n->name).bind(3, n->kind).bind(4, n->country);
      known.step();
      continue;
    }
    other.reset();
    bool has_name = !mention.name.empty();
    other.bind(1, code).bind(2, has_name ? mention.name : code)
        .bind(3, has_name && !mention.kind.empty() ? mention.kind : "actor");
    other.step();
  }
}

}  // namespace dyad::store
