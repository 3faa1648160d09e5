// PostgreSQL dialect of the store's SQL: statements written for SQLite
// (numbered `?N` parameters, the `end` column, json_each, LIKE) rewritten for
// PostgreSQL, and FTS5 query syntax rewritten as tsquery text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::store {

struct PgSql {
  std::string sql;
  // params[k] is the SQLite parameter number sent as $k+1 (only the
  // parameters the statement refers to are sent).
  std::vector<int> params;
};

PgSql to_postgres(std::string_view sqlite_sql);

// A full-text query in FTS5 syntax (words, "phrases", prefix*, AND, OR, NOT,
// parentheses) as text for to_tsquery('simple', ...); nullopt when it is not
// valid FTS5 syntax.
std::optional<std::string> tsquery_from_fts5(const std::string& q);
// Every whitespace-separated word of `q`, ANDed (or, with `prefix`, each a
// prefix) as tsquery text: any user text searched as plain words.
std::string tsquery_words(const std::string& q, bool prefix = false);
// tsquery_from_fts5, falling back to tsquery_words.
std::string tsquery_text(const std::string& q);

}  // namespace dyad::store
