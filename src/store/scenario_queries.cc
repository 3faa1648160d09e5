// Queries for building simulation scenarios from the store: the documents
// about an issue (full-text prefix match of any of its terms).
#include <nlohmann/json.hpp>

#include "store/queries.h"
#include "store/pg_dialect.h"
#include "store/query_text.h"
#include "store/statement.h"

namespace dyad::store {

std::set<std::string> Queries::documents_about(const std::vector<std::string>& terms) const {
  std::set<std::string> out;
  std::string match;
  for (const auto& t : terms) {
    std::string words = fts_words(t, "* ");
    if (words.empty()) continue;
    match += (match.empty() ? "(" : " OR (") + words + "*)";
  }
  if (match.empty()) return out;
  bool pg = store_.backend() == Backend::PostgreSQL;
  Statement st(store_.handle(), pg ? "SELECT id FROM documents WHERE fts @@ to_tsquery('simple', ?1) AND duplicate_of IS NULL"
                                   : "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
                                     "WHERE documents_fts MATCH ?1 AND d.duplicate_of IS NULL");
  st.bind(1, pg ? tsquery_text(match) : match);
  while (st.step()) out.insert(st.text(0));
  return out;
}

}  // namespace dyad::store
