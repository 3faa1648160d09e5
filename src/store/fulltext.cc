// The two back ends of fulltext.h, and Store::search on PostgreSQL.
#include "store/fulltext.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "store/pg_dialect.h"
#include "store/query_text.h"
#include "store/statement.h"
#include "store/store.h"

namespace dyad::store::fulltext {

namespace {

bool pg(Connection* db) { return db->backend() == Backend::PostgreSQL; }

// ts_rank is a small fraction; scaled and negated it sorts like bm25.
constexpr const char* kPgScore = "-10 * ts_rank(fts, to_tsquery('simple', ?1))";

// ts_headline over a document's text, with whether the piece starts and
// ends the text (where it does not, "…" is added). OFFSET 0 keeps the
// planner from copying the ts_headline call into each use of it.
constexpr const char* kPgHeadline =
    "SELECT d.rowid, a.h, left(d.text, length(b.p)) = b.p, right(d.text, length(b.p)) = b.p FROM documents d, "
    "LATERAL (SELECT ts_headline('simple', d.text, to_tsquery('simple', ?1), ?3) AS h OFFSET 0) a, "
    "LATERAL (SELECT replace(replace(a.h, chr(2), ''), chr(3), '') AS p) b WHERE ";

std::string headline_options(int tokens) {
  return "MaxWords=" + std::to_string(tokens) + ", MinWords=" + std::to_string(tokens / 2) +
         ", ShortWord=0, MaxFragments=1, StartSel=\x02, StopSel=\x03";
}

std::string one_line(std::string s) {
  for (auto& c : s)
    if (c == '\n') c = ' ';
  return s;
}

std::string headline(const Statement& st) {
  return (st.integer(2) ? "" : "…") + st.text(1) + (st.integer(3) ? "" : "…");
}

}  // namespace

std::string pg_array(const Rowids& ids) {
  std::string out = "{";
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + std::to_string(ids[i]);
  return out + "}";
}

Rowids sorted_unique(Statement& st) {
  Rowids out;
  while (st.step()) out.push_back(st.integer(0));
  if (!std::is_sorted(out.begin(), out.end())) std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Rowids matches(Connection* db, std::string& q) {
  if (pg(db)) {
    q = tsquery_text(q);
    Statement st(db, "SELECT rowid FROM documents WHERE fts @@ to_tsquery('simple', ?1) ORDER BY rowid");
    st.bind(1, q);
    return sorted_unique(st);
  }
  for (int attempt = 0;; ++attempt) {
    try {
      Statement st(db, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1");
      st.bind(1, q);
      return sorted_unique(st);
    } catch (const StoreError&) {
      if (attempt) throw;
      q = fts_words(q, " ");  // not FTS5 syntax: the words
    }
  }
}

Rowids some_matches(Connection* db, const std::string& q, long long cap) {
  Statement st(db, pg(db) ? "SELECT rowid FROM documents WHERE fts @@ to_tsquery('simple', ?1) LIMIT ?2"
                          : "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT ?2");
  st.bind(1, q).bind(2, cap);
  Rowids out;
  while (st.step()) out.push_back(st.integer(0));
  return out;
}

std::vector<std::pair<long long, double>> ranked(Connection* db, const std::string& q, const Rowids* only,
                                                 size_t limit, size_t offset, bool ties_newest) {
  std::string sql;
  if (pg(db)) {
    sql = std::string("SELECT rowid, ") + kPgScore + " AS s FROM documents WHERE fts @@ to_tsquery('simple', ?1)";
    if (only) sql += " AND rowid = ANY(?2::bigint[])";
  } else {
    // bm25 on the given matches only (ORDER BY rank would score every match).
    sql = "SELECT rowid, bm25(documents_fts) AS s FROM documents_fts WHERE documents_fts MATCH ?1";
    if (only) sql += " AND +rowid IN (SELECT value FROM json_each(?2))";
  }
  sql += ties_newest ? " ORDER BY s, rowid DESC" : " ORDER BY s";
  sql += " LIMIT ?3 OFFSET ?4";
  Statement st(db, sql.c_str());
  st.bind(1, q);
  if (only) st.bind(2, pg(db) ? pg_array(*only) : nlohmann::json(*only).dump());
  st.bind(3, static_cast<long long>(limit)).bind(4, static_cast<long long>(offset));
  std::vector<std::pair<long long, double>> out;
  while (st.step()) out.push_back({st.integer(0), st.real(1)});
  return out;
}

std::string snippet(Connection* db, const std::string& q, long long rowid, int tokens) {
  std::string s;
  if (pg(db)) {
    Statement st(db, (std::string(kPgHeadline) + "d.rowid = ?2").c_str());
    st.bind(1, q).bind(2, rowid).bind(3, headline_options(tokens));
    if (st.step()) s = headline(st);
  } else {
    Statement st(db, ("SELECT snippet(documents_fts, 1, char(2), char(3), '…', " + std::to_string(tokens) +
                      ") FROM documents_fts WHERE documents_fts MATCH ?1 AND rowid = ?2").c_str());
    st.bind(1, q).bind(2, rowid);
    if (st.step()) s = st.text(0);
  }
  return one_line(std::move(s));
}

std::map<long long, std::string> snippets(Connection* db, const std::string& q, const Rowids& rowids, int tokens) {
  std::map<long long, std::string> out;
  if (!pg(db)) {
    for (long long r : rowids) out[r] = snippet(db, q, r, tokens);
    return out;
  }
  if (rowids.empty()) return out;
  Statement st(db, (std::string(kPgHeadline) + "d.rowid = ANY(?2::bigint[])").c_str());
  st.bind(1, q).bind(2, pg_array(rowids)).bind(3, headline_options(tokens));
  while (st.step()) out[st.integer(0)] = one_line(headline(st));
  for (long long r : rowids) out.try_emplace(r);  // no such document: no snippet
  return out;
}

}  // namespace dyad::store::fulltext

namespace dyad::store {

std::vector<SearchHit> Store::search_postgres(const std::string& query, int limit, const std::string& open,
                                              const std::string& close) const {
  std::string q = tsquery_text(query);
  Statement st(handle(), (std::string("SELECT rowid, id, coalesce(title,''), coalesce(published,''), coalesce(source,''), ") +
                          fulltext::kPgScore + " AS s FROM documents WHERE fts @@ to_tsquery('simple', ?1) AND "
                          "duplicate_of IS NULL ORDER BY s, rowid LIMIT ?2").c_str());
  st.bind(1, q).bind(2, static_cast<long long>(limit));
  std::vector<SearchHit> hits;
  while (st.step())
    hits.push_back({.id = st.text(1),
                    .title = st.text(2),
                    .published = st.text(3),
                    .source = st.text(4),
                    .snippet = st.text(0),  // the rowid until the snippet replaces it below
                    .score = st.real(5)});
  fulltext::Rowids rows;
  for (const auto& h : hits) rows.push_back(std::stoll(h.snippet));
  auto snips = fulltext::snippets(handle(), q, rows, 16);
  for (auto& h : hits) {
    std::string marked;
    for (char c : snips[std::stoll(h.snippet)]) marked += c == '\x02' ? open : c == '\x03' ? close : std::string(1, c);
    h.snippet = std::move(marked);
  }
  return hits;
}

}  // namespace dyad::store
