// Queries::search: full-text search with actor, event-root and date filters.
// Each filter is read from its own index as a sorted set of document rowids
// and the sets are intersected here, so the cost follows the index sizes,
// not the number of documents whose (large) rows would have to be read. Only
// the rows of the page shown are read from the documents table.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "store/queries.h"
#include "store/query_text.h"
#include "store/statement.h"

namespace dyad::store {

namespace {

using Rowids = std::vector<long long>;

// The first column of every row of `st`, sorted and without repeats.
Rowids rowid_set(Statement& st) {
  Rowids out;
  while (st.step()) out.push_back(st.integer(0));
  if (!std::is_sorted(out.begin(), out.end())) std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Rowids intersect(const Rowids& a, const Rowids& b) {
  Rowids out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Documents in every filter of `f` (the full-text match aside); nullopt when
// no filter applies. Duplicates are left for the caller to remove.
std::optional<Rowids> filtered(sqlite3* db, const SearchFilter& f) {
  std::optional<Rowids> set;
  auto narrow = [&](Rowids r) { set = set ? intersect(*set, r) : std::move(r); };
  if (!f.actor.empty()) {
    Statement st(db, f.rollup ? "SELECT doc FROM mentions WHERE root = ?1 ORDER BY doc"
                              : "SELECT doc FROM mentions WHERE code = ?1 ORDER BY doc");
    st.bind(1, f.actor);
    narrow(rowid_set(st));
  }
  if (!f.root.empty() && !(set && set->empty())) {
    Statement st(db, "SELECT doc FROM events WHERE root = ?1 ORDER BY doc");
    st.bind(1, f.root);
    narrow(rowid_set(st));
  }
  // A date bound keeps dated documents only.
  if ((!f.window.from.empty() || !f.window.to.empty()) && !(set && set->empty())) {
    Statement st(db, "SELECT rowid FROM documents WHERE published >= ?1 AND published <= ?2");
    st.bind(1, f.window.from).bind(2, window_hi(f.window));
    narrow(rowid_set(st));
  }
  return set;
}

Rowids duplicates(sqlite3* db) {
  Statement st(db, "SELECT rowid FROM documents WHERE duplicate_of IS NOT NULL");
  return rowid_set(st);
}

Rowids without(const Rowids& a, const Rowids& b) {
  Rowids out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Ranking scores every match it is given: beyond this many the newest stored
// come first.
constexpr size_t kRankedMatches = 5000;

}  // namespace

SearchPage Queries::search(const SearchFilter& f) const {
  sqlite3* db = store_.handle();
  SearchPage page;
  const size_t offset = static_cast<size_t>(std::max(0, f.offset)), limit = static_cast<size_t>(std::max(0, f.limit));
  auto set = filtered(db, f);
  const Rowids dups = duplicates(db);
  std::vector<std::pair<long long, double>> shown;  // rowid, score

  if (f.q.empty()) {
    // Documents, newest published first: walk the date index and keep the
    // documents in the filter set until the page is full.
    Rowids kept;
    if (set) {
      kept = without(*set, dups);
      page.total = static_cast<long long>(kept.size());
    } else {
      Statement n(db, "SELECT count(*) FROM documents WHERE duplicate_of IS NULL");
      if (n.step()) page.total = n.integer(0);
    }
    Statement walk(db, "SELECT rowid FROM documents ORDER BY published DESC, rowid DESC");
    size_t seen = 0;
    while (shown.size() < limit && walk.step()) {
      long long r = walk.integer(0);
      bool in = set ? std::binary_search(kept.begin(), kept.end(), r) : !std::binary_search(dups.begin(), dups.end(), r);
      if (in && seen++ >= offset) shown.push_back({r, 0});
    }
  } else {
    // The full-text match drives: its rowids, narrowed by the filter set.
    std::string match = f.q;
    Rowids hits;
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        Statement st(db, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1");
        st.bind(1, match);
        hits = rowid_set(st);
        break;
      } catch (const StoreError&) {
        if (attempt) throw;
        match = fts_words(f.q, " ");  // not FTS5 syntax: the words
      }
    }
    if (set) hits = intersect(hits, *set);
    hits = without(hits, dups);
    page.total = static_cast<long long>(hits.size());
    if (hits.size() <= kRankedMatches) {
      // bm25 on the kept matches only (ORDER BY rank would score every match).
      std::string sql = "SELECT rowid, bm25(documents_fts) AS s FROM documents_fts WHERE documents_fts MATCH ?1";
      if (set || !dups.empty()) sql += " AND +rowid IN (SELECT value FROM json_each(?2))";
      sql += " ORDER BY s, rowid DESC LIMIT ?3 OFFSET ?4";
      Statement st(db, sql.c_str());
      st.bind(1, match);
      if (set || !dups.empty()) st.bind(2, nlohmann::json(hits).dump());
      st.bind(3, static_cast<long long>(limit)).bind(4, static_cast<long long>(offset));
      while (st.step()) shown.push_back({st.integer(0), st.real(1)});
    } else {
      for (size_t i = offset; i < hits.size() && shown.size() < limit; ++i)
        shown.push_back({hits[hits.size() - 1 - i], 0});
    }
    // Snippets for the page only.
    Statement snip(db,
                   "SELECT snippet(documents_fts, 1, char(2), char(3), '…', 24) FROM documents_fts WHERE "
                   "documents_fts MATCH ?1 AND rowid = ?2");
    Statement card(db, "SELECT id, coalesce(title,''), coalesce(published,''), coalesce(source,'') FROM documents "
                       "WHERE rowid = ?1");
    for (const auto& [r, score] : shown) {
      card.reset();
      card.bind(1, r);
      if (!card.step()) continue;
      snip.reset();
      snip.bind(1, match).bind(2, r);
      std::string s = snip.step() ? snip.text(0) : std::string();
      for (auto& c : s)
        if (c == '\n') c = ' ';
      page.hits.push_back({card.text(0), card.text(1), card.text(2), card.text(3), std::move(s), score});
    }
    return page;
  }
  Statement card(db, "SELECT id, coalesce(title,''), coalesce(published,''), coalesce(source,''), substr(text, 1, 240) "
                     "FROM documents WHERE rowid = ?1");
  for (const auto& [r, score] : shown) {
    card.reset();
    card.bind(1, r);
    if (card.step()) page.hits.push_back({card.text(0), card.text(1), card.text(2), card.text(3), card.text(4), score});
  }
  return page;
}

}  // namespace dyad::store
