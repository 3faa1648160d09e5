// Full-text search on either back end: FTS5 (bm25, snippet) on SQLite, a
// tsvector column with a GIN index (ts_rank, ts_headline) on PostgreSQL.
// Queries are written in FTS5 syntax; PostgreSQL gets them as tsquery text
// (pg_dialect.h). Scores: lower is better on both.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "store/connection.h"

namespace dyad::store {
class Statement;
}

namespace dyad::store::fulltext {

using Rowids = std::vector<long long>;

// The first column of every row of `st`, sorted and without repeats.
Rowids sorted_unique(Statement& st);

// Sorted rowids of the documents matching `q` (duplicates included). `q`
// becomes the query as run: on SQLite the quoted words when it is not valid
// FTS5; on PostgreSQL its tsquery text.
Rowids matches(Connection* db, std::string& q);
// At most `cap` rowids matching `q` (a query as run), in no set order.
Rowids some_matches(Connection* db, const std::string& q, long long cap);
// The matches of `q` (as run) among `only` (all when null), best first
// (ties: newest stored first when `ties_newest`), with their scores.
std::vector<std::pair<long long, double>> ranked(Connection* db, const std::string& q, const Rowids* only,
                                                 size_t limit, size_t offset, bool ties_newest);
// A snippet of the document's text around the matches of `q` (as run), about
// `tokens` words, matches between \x02 and \x03, "…" where text is cut.
std::string snippet(Connection* db, const std::string& q, long long rowid, int tokens);
// snippet() for each of `rowids` (one query on PostgreSQL), by rowid.
std::map<long long, std::string> snippets(Connection* db, const std::string& q, const Rowids& rowids, int tokens);
// `ids` as a PostgreSQL array literal, for `= ANY(?::bigint[])`.
std::string pg_array(const Rowids& ids);

}  // namespace dyad::store::fulltext
