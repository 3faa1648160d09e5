// Queries::search: full-text search with actor, event-root and date filters.
// Each filter is read from its own index as a sorted set of document rowids
// and the sets are intersected here, so the cost follows the index sizes,
// not the number of documents whose (large) rows would have to be read. Only
// the rows of the page shown are read from the documents table.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "model/model.h"
#include "store/queries.h"
#include "store/fulltext.h"
#include "store/query_text.h"
#include "store/statement.h"

namespace dyad::store {

namespace {

using fulltext::Rowids;
using fulltext::sorted_unique;

Rowids intersect(const Rowids& a, const Rowids& b) {
  Rowids out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Documents mentioning a code that rolls up to `root`, from the code index
// (SQLite keeps no root index): every such code starts with its root.
Rowids rolled_up_mentions(Connection* db, const std::string& root) {
  Statement st(db, ("SELECT code, doc FROM mentions WHERE " + codes_from(db->backend(), "code", "?1")).c_str());
  st.bind(1, root);
  Rowids out;
  std::string last, last_root;
  while (st.step()) {
    std::string_view code = st.view(0);
    if (code != last) {
      last = code;
      last_root = model::rollup_code(code);
    }
    if (last_root == root) out.push_back(st.integer(1));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Documents in every filter of `f` (the full-text match aside); nullopt when
// no filter applies. Duplicates are left for the caller to remove.
std::optional<Rowids> filtered(Connection* db, const SearchFilter& f) {
  std::optional<Rowids> set;
  auto narrow = [&](Rowids r) { set = set ? intersect(*set, r) : std::move(r); };
  if (!f.actor.empty() && f.rollup && db->backend() == Backend::SQLite) {
    narrow(rolled_up_mentions(db, f.actor));
  } else if (!f.actor.empty()) {
    Statement st(db, f.rollup ? "SELECT doc FROM mentions WHERE root = ?1 ORDER BY doc"
                              : "SELECT doc FROM mentions WHERE code = ?1 ORDER BY doc");
    st.bind(1, f.actor);
    narrow(sorted_unique(st));
  }
  if (!f.root.empty() && !(set && set->empty())) {
    Statement st(db, "SELECT doc FROM events WHERE root = ?1 ORDER BY doc");
    st.bind(1, f.root);
    narrow(sorted_unique(st));
  }
  // A date bound keeps dated documents only.
  if ((!f.window.from.empty() || !f.window.to.empty()) && !(set && set->empty())) {
    Statement st(db, "SELECT rowid FROM documents WHERE published >= ?1 AND published <= ?2");
    st.bind(1, f.window.from).bind(2, window_hi(f.window));
    narrow(sorted_unique(st));
  }
  return set;
}

Rowids duplicates(Connection* db) {
  Statement st(db, "SELECT rowid FROM documents WHERE duplicate_of IS NOT NULL");
  return sorted_unique(st);
}

Rowids without(const Rowids& a, const Rowids& b) {
  Rowids out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// One page of documents, newest published first, from `kept` (sorted; all
// documents but the duplicates `dups` when null). SQLite walks the date index
// until the page is full; PostgreSQL (whose results arrive whole) is asked
// for the page itself.
Rowids newest_first(Connection* db, const Rowids* kept, const Rowids& dups, size_t limit, size_t offset) {
  Rowids out;
  const size_t kSparse = 2000;  // a larger set is found by walking the index
  if (db->backend() == Backend::PostgreSQL && kept && kept->size() > kSparse) {
    // The newest-first index a chunk at a time, the set checked here (its
    // rows fetched and sorted whole took a second on 75k documents).
    const long long kChunk = 2000;
    size_t seen = 0;
    for (long long at = 0; out.size() < limit; at += kChunk) {
      Statement st(db, "SELECT rowid FROM documents ORDER BY published DESC NULLS LAST, rowid DESC LIMIT ?1 OFFSET ?2");
      st.bind(1, kChunk).bind(2, at);
      long long rows = 0;
      while (out.size() < limit && st.step()) {
        ++rows;
        long long r = st.integer(0);
        if (std::binary_search(kept->begin(), kept->end(), r) && seen++ >= offset) out.push_back(r);
      }
      if (rows < kChunk) break;
    }
    return out;
  }
  if (db->backend() == Backend::PostgreSQL) {
    Statement st(db, kept ? "SELECT rowid FROM documents WHERE rowid = ANY(?1::bigint[]) "
                            "ORDER BY published DESC NULLS LAST, rowid DESC LIMIT ?2 OFFSET ?3"
                          : "SELECT rowid FROM documents WHERE duplicate_of IS NULL "
                            "ORDER BY published DESC NULLS LAST, rowid DESC LIMIT ?2 OFFSET ?3");
    if (kept) st.bind(1, fulltext::pg_array(*kept));
    st.bind(2, static_cast<long long>(limit)).bind(3, static_cast<long long>(offset));
    while (st.step()) out.push_back(st.integer(0));
    return out;
  }
  Statement walk(db, "SELECT rowid FROM documents ORDER BY published DESC NULLS LAST, rowid DESC");
  size_t seen = 0;
  while (out.size() < limit && walk.step()) {
    long long r = walk.integer(0);
    bool in = kept ? std::binary_search(kept->begin(), kept->end(), r) : !std::binary_search(dups.begin(), dups.end(), r);
    if (in && seen++ >= offset) out.push_back(r);
  }
  return out;
}

// The cards of the documents at `rows` (one query), by rowid: id, title,
// date, source and, with `lead`, the text's first 240 characters as snippet.
std::map<long long, SearchHit> cards(Connection* db, const Rowids& rows, bool lead) {
  std::map<long long, SearchHit> out;
  if (rows.empty()) return out;
  const std::string head = "SELECT rowid, id, coalesce(title,''), coalesce(published,''), coalesce(source,''), ";
  const std::string lead_sql = head + "substr(" + clean_text(db->backend(), "text") +
                               ", 1, 240) FROM documents WHERE rowid IN (SELECT CAST(value AS INTEGER) FROM json_each(?1))";
  Statement st(db, lead ? lead_sql.c_str()
                        : "SELECT rowid, id, coalesce(title,''), coalesce(published,''), coalesce(source,''), '' "
                          "FROM documents WHERE rowid IN (SELECT CAST(value AS INTEGER) FROM json_each(?1))");
  st.bind(1, nlohmann::json(rows).dump());
  while (st.step())
    out[st.integer(0)] = {.id = st.text(1),
                          .title = st.text(2),
                          .published = st.text(3),
                          .source = st.text(4),
                          .snippet = st.text(5),
                          .score = 0};
  return out;
}

// Ranking scores every match it is given: beyond this many the newest stored
// come first.
constexpr size_t kRankedMatches = 5000;

}  // namespace

SearchPage Queries::search(const SearchFilter& f) const {
  Connection* db = store_.handle();
  SearchPage page;
  const size_t offset = static_cast<size_t>(std::max(0, f.offset)), limit = static_cast<size_t>(std::max(0, f.limit));
  auto set = filtered(db, f);
  const Rowids dups = duplicates(db);
  std::vector<std::pair<long long, double>> shown;  // rowid, score

  if (f.q.empty()) {
    Rowids kept;
    if (set) {
      kept = without(*set, dups);
      page.total = static_cast<long long>(kept.size());
    } else {
      Statement n(db, "SELECT count(*) FROM documents WHERE duplicate_of IS NULL");
      if (n.step()) page.total = n.integer(0);
    }
    for (long long r : newest_first(db, set ? &kept : nullptr, dups, limit, offset)) shown.push_back({r, 0});
  } else {
    // The full-text match drives: its rowids, narrowed by the filter set.
    std::string match = f.q;
    Rowids hits = fulltext::matches(db, match);
    if (set) hits = intersect(hits, *set);
    hits = without(hits, dups);
    page.total = static_cast<long long>(hits.size());
    if (hits.size() <= kRankedMatches) {
      shown = fulltext::ranked(db, match, set || !dups.empty() ? &hits : nullptr, limit, offset, true);
    } else {
      for (size_t i = offset; i < hits.size() && shown.size() < limit; ++i)
        shown.push_back({hits[hits.size() - 1 - i], 0});
    }
    // Snippets for the page only.
    Rowids rows;
    for (const auto& hit : shown) rows.push_back(hit.first);
    auto snips = fulltext::snippets(db, match, rows, 24);
    auto info = cards(db, rows, false);
    for (const auto& [r, score] : shown)
      if (auto it = info.find(r); it != info.end()) {
        page.hits.push_back(std::move(it->second));
        page.hits.back().snippet = snips[r];
        page.hits.back().score = score;
      }
    return page;
  }
  Rowids rows;
  for (const auto& hit : shown) rows.push_back(hit.first);
  auto info = cards(db, rows, true);
  for (const auto& [r, score] : shown)
    if (auto it = info.find(r); it != info.end()) page.hits.push_back(std::move(it->second));
  return page;
}

}  // namespace dyad::store
