// Text helpers the read queries share: the inclusive upper bound of a date
// window and FTS5 quoting of user words.
#pragma once

#include <string>

#include "store/queries.h"

namespace dyad::store {

// The upper bound of `w` for `date <= bound` comparisons: every date that
// `w.to` prefixes sorts before "<to>~"; an open end is "~".
std::string window_hi(const Window& w);
// Every word of `q` quoted, joined by `joiner`, so any user text is a valid
// FTS5 query.
std::string fts_words(const std::string& q, const char* joiner);
// `s` with LIKE's wildcards (% and _) and the escape character (\) escaped,
// for `LIKE ? ESCAPE '\'`: user text matched as written.
std::string like_literal(const std::string& s);
// SQL for the clean text of the documents column `col`: read through
// dyad_text on SQLite (it may be packed, text_codec.h), as is on PostgreSQL.
inline std::string clean_text(Backend b, const std::string& col) {
  return b == Backend::SQLite ? "dyad_text(" + col + ")" : col;
}

// SQL for "the code column `col` starts with the text bound at `param`": a
// range the code index answers (every code starts with its rolled-up code,
// model/rollup.cc). U+10FFFF sorts after any text that can follow the prefix;
// both stores compare codes as bytes (PostgreSQL's columns are COLLATE "C").
inline std::string codes_from(Backend b, const std::string& col, const std::string& param) {
  return col + " >= " + param + " AND " + col + " < " + param + " || " +
         (b == Backend::SQLite ? "char(1114111)" : "chr(1114111)");
}

}  // namespace dyad::store
