// The read queries of src/store/queries.h: SQL over the document and layer
// tables with bounded results (limits, per-code caps for related articles).
#include "store/queries.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>
#include <unordered_map>

#include "model/model.h"
#include "store/blobs.h"
#include "store/fulltext.h"
#include "store/pg_dialect.h"
#include "store/query_text.h"
#include "store/statement.h"

namespace dyad::store {

namespace {

const char* kEventColumns =
    "e.id, e.start, e.end, e.sentence, d.id, coalesce(d.title,''), coalesce(e.date,''), e.source, e.target, "
    "coalesce(sa.name, e.source), coalesce(ta.name, e.target), e.code, e.root, e.modality, dyad_slice(d.text, e.start, e.end), e.quad, "
    "e.goldstein, e.own_date, coalesce(e.verb_start,-1), coalesce(e.verb_end,-1), coalesce(e.source_start,-1), "
    "coalesce(e.source_end,-1), coalesce(e.target_start,-1), coalesce(e.target_end,-1) "
    "FROM events e JOIN documents d ON d.rowid = e.doc "
    "LEFT JOIN actors sa ON sa.code = e.source LEFT JOIN actors ta ON ta.code = e.target ";

EventRow event_row(const Statement& st) {
  EventRow r;
  r.id = st.integer(0);
  r.start = st.integer(1);
  r.end = st.integer(2);
  r.sentence = st.integer(3);
  r.doc = st.text(4);
  r.title = st.text(5);
  r.date = st.text(6);
  r.source = st.text(7);
  r.target = st.text(8);
  r.source_name = st.text(9);
  r.target_name = st.text(10);
  r.code = st.text(11);
  r.root = st.text(12);
  r.modality = st.text(13);
  r.text = st.text(14);
  r.quad = static_cast<int>(st.integer(15));
  r.goldstein = st.real(16);
  r.own_date = st.integer(17) != 0;
  r.verb_start = st.integer(18);
  r.verb_end = st.integer(19);
  r.source_start = st.integer(20);
  r.source_end = st.integer(21);
  r.target_start = st.integer(22);
  r.target_end = st.integer(23);
  return r;
}

model::DyadCount dyad_row(const Statement& st) {
  model::DyadCount c;
  c.date = st.text(0);
  c.source = st.text(1);
  c.target = st.text(2);
  for (int q = 0; q < 5; ++q) c.quad[static_cast<size_t>(q)] = st.integer(3 + q);
  c.events = st.integer(8);
  c.goldstein_sum = st.real(9);
  return c;
}

// The events a filter counts: with no modality given, the kept ones; with
// modalities (bound as a JSON array at `param`), those of the modalities on
// documents that are not duplicates (negated and denied acts included when
// asked for by name).
std::string counted(const std::vector<std::string>& modalities, const char* param) {
  if (modalities.empty()) return "e.kept = 1";
  return std::string("e.modality IN (SELECT value FROM json_each(") + param +
         ")) AND (e.kept = 1 OR (e.modality IN ('negated', 'denied') AND d.duplicate_of IS NULL))";
}

const char* kDyadColumns = "SELECT day, source, target, q0, q1, q2, q3, q4, events, goldstein FROM dyad_days ";

// The column `code` (with `root`, its rolled-up column) names the actor
// bound at `param`. A rolled-up actor is matched on SQLite through the index
// of the codes, as the range of codes that start with the root (codes_from),
// then exactly on the root column: the SQLite store keeps no index of the
// root columns (schema version 9). PostgreSQL keeps them and matches the
// root column directly.
std::string actor_is(const std::string& code, const std::string& root, const char* param, bool rollup,
                     Backend backend) {
  std::string p(param);
  if (!rollup) return code + " = " + p;
  if (backend != Backend::SQLite) return root + " = " + p;
  return "(" + codes_from(backend, code, p) + " AND " + root + " = " + p + ")";
}

// `side` is "source" or "target" (with its table's prefix), whose rolled-up
// column is side + "_root".
std::string side_is(const std::string& side, const char* param, bool rollup, Backend backend) {
  return actor_is(side, side + "_root", param, rollup, backend);
}

// The date column `col` of a query that also names a rolled-up actor: on
// SQLite its index is left out ("+col"), so the actor's code range is read
// first, as the root indexes of version 8 were (the planner cannot tell that
// an open window covers every date).
std::string date_col(const std::string& col, bool rollup, bool actor, Backend backend) {
  return rollup && actor && backend == Backend::SQLite ? "+" + col : col;
}

// SQLite keeps no index of the root columns: each actor's rows as a source
// through the code index (dyad_counts), kept when the target rolls up to one
// of the actors too.
std::vector<model::DyadCount> rolled_up_counts_among(const Queries& q, const std::vector<std::string>& actors,
                                                     const Window& w) {
  std::set<std::string> among(actors.begin(), actors.end());
  std::vector<model::DyadCount> out;
  for (const auto& a : among)
    for (auto& r : q.dyad_counts(a, "", w, true))
      if (among.count(model::rollup_code(r.target))) out.push_back(std::move(r));
  // In the order of the one query that answers without rolling up.
  std::sort(out.begin(), out.end(), [](const model::DyadCount& a, const model::DyadCount& b) {
    return std::tie(a.date, a.source, a.target) < std::tie(b.date, b.source, b.target);
  });
  return out;
}

}  // namespace

std::string like_literal(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string window_hi(const Window& w) { return w.to.empty() ? std::string("~") : w.to + "~"; }

std::string fts_words(const std::string& q, const char* joiner) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += joiner;
    out += '"';
    for (char c : word) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
    word.clear();
  };
  for (char c : q) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else word += c;
  }
  flush();
  return out;
}

Stats Queries::stats() const {
  Stats s;
  Statement st(store_.handle(),
               "SELECT (SELECT count(*) FROM documents WHERE duplicate_of IS NULL), "
               "(SELECT count(*) FROM actors WHERE mentions > 0 OR events > 0), "
               "(SELECT coalesce(max(value), 0) FROM totals WHERE name = 'events'), "
               "(SELECT coalesce(max(value), 0) FROM totals WHERE name = 'quotes'), "
               "(SELECT min(published) FROM documents), (SELECT max(published) FROM documents)");
  if (st.step()) {
    s.documents = st.integer(0);
    s.actors = st.integer(1);
    s.events = st.integer(2);
    s.quotes = st.integer(3);
    s.first_date = st.text(4);
    s.last_date = st.text(5);
  }
  return s;
}

std::vector<BoilerplateRow> Queries::boilerplate(const std::string& doc) const {
  std::vector<BoilerplateRow> out;
  Statement st(store_.handle(),
               ("SELECT boilerplate, raw, " + clean_text(store_.backend(), "text") + " FROM documents WHERE id = ?").c_str());
  st.bind(1, doc);
  if (!st.step()) return out;
  auto j = nlohmann::json::parse(st.text(0), nullptr, false);
  std::string raw = st.is_null(1) ? std::string() : unpack_raw(st.view(1), st.view(2));
  if (!j.is_array()) return out;
  for (const auto& b : j) {
    if (!b.is_object()) continue;
    BoilerplateRow r;
    r.kind = b.value("kind", "");
    size_t s = b.value("start", size_t{0}), e = b.value("end", size_t{0});
    if (s <= e && e <= raw.size()) r.text = raw.substr(s, e - s);
    out.push_back(std::move(r));
  }
  return out;
}

std::string Queries::merged(const std::string& doc) const {
  Statement st(store_.handle(), "SELECT coalesce(merged, '') FROM documents WHERE id = ?");
  st.bind(1, doc);
  return st.step() ? st.text(0) : std::string();
}

std::vector<MentionRow> Queries::mentions(const std::string& doc) const {
  std::vector<MentionRow> out;
  Statement st(store_.handle(),
               "SELECT m.start, m.end, m.code, coalesce(m.name,''), coalesce(m.kind,''), coalesce(m.country,''), "
               "coalesce(m.role,'') FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE d.id = ? "
               "ORDER BY m.start, m.end, m.code, m.name");
  st.bind(1, doc);
  while (st.step())
    out.push_back({.start = st.integer(0),
                   .end = st.integer(1),
                   .code = st.text(2),
                   .name = st.text(3),
                   .kind = st.text(4),
                   .country = st.text(5),
                   .role = st.text(6)});
  return out;
}

namespace {
// A row of the actor columns selected by actors() and actor():
// code, name, kind, country, mentions, events.
ActorRow actor_row(Statement& st) {
  return {.code = st.text(0),
          .name = st.text(1),
          .kind = st.text(2),
          .country = st.text(3),
          .mentions = st.integer(4),
          .events = st.integer(5)};
}

// A row of the quote columns selected by quotes() and quotes_by().
QuoteRow quote_row(Statement& st) {
  return {.doc = st.text(0),
          .date = st.text(1),
          .start = st.integer(2),
          .end = st.integer(3),
          .text = st.text(4),
          .speaker = st.text(5),
          .speaker_actor = st.text(6),
          .kind = st.text(7),
          .type = st.text(8),
          .verb = st.text(9),
          .speaker_start = st.integer(10),
          .speaker_end = st.integer(11)};
}
}  // namespace

std::vector<QuoteRow> Queries::quotes(const std::string& doc) const {
  std::vector<QuoteRow> out;
  Statement st(store_.handle(),
               "SELECT d.id, coalesce(d.published,''), q.start, q.end, dyad_slice(d.text, q.start, q.end), coalesce(q.speaker,''), "
               "coalesce(q.speaker_actor,''), coalesce(q.kind,''), coalesce(q.type,''), coalesce(q.verb,''), "
               "coalesce(q.speaker_start,-1), coalesce(q.speaker_end,-1) FROM quotes q JOIN documents d ON "
               "d.rowid = q.doc WHERE d.id = ? ORDER BY q.start");
  st.bind(1, doc);
  while (st.step())
    out.push_back(quote_row(st));
  return out;
}

std::vector<EventRow> Queries::document_events(const std::string& doc) const {
  std::vector<EventRow> out;
  Statement st(store_.handle(), (std::string("SELECT ") + kEventColumns + "WHERE d.id = ? ORDER BY e.start").c_str());
  st.bind(1, doc);
  while (st.step()) out.push_back(event_row(st));
  return out;
}

std::vector<TimexRow> Queries::timex(const std::string& doc) const {
  std::vector<TimexRow> out;
  Statement st(store_.handle(),
               "SELECT t.start, t.end, coalesce(t.type,''), coalesce(t.value,'') FROM timex t JOIN documents d "
               "ON d.rowid = t.doc WHERE d.id = ? ORDER BY t.start");
  st.bind(1, doc);
  while (st.step()) out.push_back({st.integer(0), st.integer(1), st.text(2), st.text(3)});
  return out;
}

std::vector<RelatedDoc> Queries::related(const std::string& doc, int limit) const {
  long long rowid = 0;
  std::string dup_of, title;
  {
    Statement st(store_.handle(), "SELECT rowid, coalesce(duplicate_of,''), coalesce(title,'') FROM documents WHERE id = ?");
    st.bind(1, doc);
    if (!st.step()) return {};
    rowid = st.integer(0);
    dup_of = st.text(1);
    title = st.text(2);
  }
  const long long kPerKey = 300;  // candidates per shared key (bounded work on common codes)
  std::map<long long, std::pair<double, std::vector<std::string>>> cand;
  double total_docs = 1;
  {
    Statement st(store_.handle(), "SELECT max(rowid) FROM documents");
    if (st.step()) total_docs = std::max(1.0, static_cast<double>(st.integer(0)));
  }
  // Shared actors, weighted by rarity (inverse mention count), rarest first.
  {
    Statement codes(store_.handle(),
                    "SELECT DISTINCT m.code, coalesce(a.mentions, 1) FROM mentions m LEFT JOIN actors a ON "
                    "a.code = m.code WHERE m.doc = ? AND m.code <> '' ORDER BY 2, 1 LIMIT 8");
    codes.bind(1, rowid);
    std::vector<std::pair<std::string, double>> list;
    while (codes.step()) list.push_back({codes.text(0), static_cast<double>(codes.integer(1))});
    Statement st(store_.handle(), "SELECT DISTINCT doc FROM mentions WHERE code = ? AND doc <> ? ORDER BY doc DESC LIMIT ?");
    for (const auto& [code, n] : list) {
      st.reset();
      st.bind(1, code).bind(2, rowid).bind(3, kPerKey);
      double w = std::log(1.0 + total_docs / std::max(1.0, n));
      while (st.step()) {
        auto& c = cand[st.integer(0)];
        c.first += w;
        c.second.push_back(code);
      }
    }
  }
  // Shared event dyads.
  {
    Statement pairs(store_.handle(), "SELECT DISTINCT source, target FROM events WHERE doc = ? AND target <> '' ORDER BY 1, 2 LIMIT 8");
    pairs.bind(1, rowid);
    std::vector<std::pair<std::string, std::string>> list;
    while (pairs.step()) list.push_back({pairs.text(0), pairs.text(1)});
    Statement st(store_.handle(),
                 "SELECT doc FROM events WHERE source = ? AND target = ? AND doc <> ? GROUP BY doc "
                 "ORDER BY max(date) DESC NULLS LAST, doc LIMIT ?");
    for (const auto& [s, t] : list) {
      st.reset();
      st.bind(1, s).bind(2, t).bind(3, rowid).bind(4, kPerKey);
      while (st.step()) {
        auto& c = cand[st.integer(0)];
        c.first += 3;
        c.second.push_back(s + ">" + t);
      }
    }
  }
  // Shared terms: the title's words against the full-text index.
  const std::string& words = title;
  std::string match;
  {
    std::string cur;
    std::vector<std::string> terms;
    for (char c : words + " ") {
      if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) cur += c;
      else {
        if (cur.size() >= 4) terms.push_back(cur);
        cur.clear();
      }
    }
    // Documents sharing every longer title word (few, so ranking them is cheap).
    for (const auto& t : terms) match += (match.empty() ? "" : " AND ") + fts_words(t, " ");
  }
  if (!match.empty()) {
    try {
      // All documents sharing the title words when they are few; else only
      // the candidates found above are scored (bm25 costs per match scored).
      const int kAllTerms = 500;
      std::string q = match;
      if (store_.backend() == Backend::PostgreSQL) q = tsquery_text(match);
      size_t matches = fulltext::some_matches(store_.handle(), q, kAllTerms + 1).size();
      std::vector<long long> ids;
      if (matches > kAllTerms)
        for (const auto& [r, c] : cand) ids.push_back(r);
      for (const auto& [r, s] : fulltext::ranked(store_.handle(), q, matches > kAllTerms ? &ids : nullptr, 100, 0, false)) {
        if (r == rowid) continue;
        auto& c = cand[r];
        c.first += std::min(3.0, -s / 4.0);
        c.second.push_back("terms");
      }
    } catch (const StoreError&) {
    }
  }
  std::vector<std::pair<double, long long>> ranked;
  for (const auto& [r, c] : cand) ranked.push_back({c.first, r});
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second > b.second;
  });
  std::vector<RelatedDoc> out;
  // The candidates' rows, read a chunk at a time in rank order (one query
  // per chunk, not per candidate).
  const size_t chunk = static_cast<size_t>(std::max(16, 2 * limit));
  for (size_t from = 0; from < ranked.size() && static_cast<int>(out.size()) < limit; from += chunk) {
    std::vector<long long> rows;
    for (size_t i = from; i < std::min(ranked.size(), from + chunk); ++i) rows.push_back(ranked[i].second);
    Statement info(store_.handle(),
                   "SELECT rowid, id, coalesce(title,''), coalesce(published,''), coalesce(duplicate_of,'') FROM documents "
                   "WHERE rowid IN (SELECT CAST(value AS INTEGER) FROM json_each(?1))");
    info.bind(1, nlohmann::json(rows).dump());
    std::map<long long, std::array<std::string, 4>> found;
    while (info.step()) found[info.integer(0)] = {info.text(1), info.text(2), info.text(3), info.text(4)};
    for (size_t i = from; i < std::min(ranked.size(), from + chunk); ++i) {
      if (static_cast<int>(out.size()) >= limit) break;
      auto [score, r] = ranked[i];
      auto it = found.find(r);
      if (it == found.end()) continue;
      const auto& [id, doc_title, published, dup] = it->second;
      if (!dup.empty() || id == dup_of || id == doc) continue;  // duplicates are not related articles
      RelatedDoc d{id, doc_title, published, std::round(score * 1000) / 1000, {}};
      std::set<std::string> seen;
      for (const auto& sh : cand[r].second)
        if (seen.insert(sh).second) d.shared.push_back(sh);
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::vector<ActorRow> Queries::actors(const std::string& q, int limit) const {
  std::vector<ActorRow> out;
  Statement st(store_.handle(),
               "SELECT code, coalesce(name, code), coalesce(kind,''), coalesce(country,''), mentions, events "
               "FROM actors WHERE (mentions > 0 OR events > 0) AND (?1 = '' OR code LIKE ?2 ESCAPE '\\' OR "
               "name LIKE ?3 ESCAPE '\\') ORDER BY mentions + events DESC, code LIMIT ?4");
  std::string lit = like_literal(q);
  st.bind(1, q).bind(2, lit + "%").bind(3, "%" + lit + "%").bind(4, static_cast<long long>(limit));
  std::set<std::string> seen;
  while (st.step()) {
    out.push_back(actor_row(st));
    seen.insert(out.back().code);
  }
  // People and other names met in the text under a code ("Kabulov" -> the
  // Russian government's envoy): names of the mentions, for words of three
  // letters or more (a scan of the mentions, stopped at the first 200).
  if (q.size() >= 3 && static_cast<int>(out.size()) < limit) {
    Statement m(store_.handle(),
                "SELECT DISTINCT code FROM (SELECT code FROM mentions WHERE code <> '' AND name LIKE ?1 ESCAPE '\\' "
                "LIMIT 200) AS named ORDER BY code");
    m.bind(1, "%" + lit + "%");
    std::vector<std::string> codes;
    while (m.step())
      if (!seen.count(m.text(0))) codes.push_back(m.text(0));
    for (const auto& c : codes) {
      if (static_cast<int>(out.size()) >= limit) break;
      if (auto a = actor(c, false)) out.push_back(*a);
    }
  }
  return out;
}

std::optional<ActorRow> Queries::actor(const std::string& code, bool rollup) const {
  Statement st(store_.handle(),
               "SELECT code, coalesce(name, code), coalesce(kind,''), coalesce(country,''), mentions, events "
               "FROM actors WHERE code = ?");
  st.bind(1, code);
  std::optional<ActorRow> row;
  if (st.step()) row = actor_row(st);
  if (!rollup) return row;
  // Mentions of every code rolling up to `code` (codes start with their root).
  Statement m(store_.handle(),
              ("SELECT code, mentions FROM actors WHERE " + codes_from(store_.backend(), "code", "?1")).c_str());
  m.bind(1, code);
  long long mentions = 0;
  while (m.step())
    if (model::rollup_code(m.text(0)) == code) mentions += m.integer(1);
  // Events with a target, from the all-time pair counts (small table).
  Statement e(store_.handle(),
              "SELECT coalesce((SELECT sum(events) FROM dyad_totals WHERE source_root = ?1), 0) + "
              "coalesce((SELECT sum(events) FROM dyad_totals WHERE target_root = ?1 AND source_root <> ?1), 0)");
  e.bind(1, code);
  long long events = e.step() ? e.integer(0) : 0;
  if (!row && mentions == 0 && events == 0) return std::nullopt;
  if (!row) row = ActorRow{.code = code, .name = code, .kind = "", .country = "", .mentions = 0, .events = 0};
  row->mentions = mentions;
  row->events = events;
  return row;
}

std::string Queries::actor_name(const std::string& code) const {
  Statement st(store_.handle(), "SELECT coalesce(name, code) FROM actors WHERE code = ?");
  st.bind(1, code);
  return st.step() ? st.text(0) : code;
}

std::map<std::string, std::string> Queries::actor_names(const std::vector<std::string>& codes) const {
  std::map<std::string, std::string> out;
  for (const auto& c : codes) out[c] = c;
  Statement st(store_.handle(),
               "SELECT code, coalesce(name, code) FROM actors WHERE code IN (SELECT value FROM json_each(?1))");
  st.bind(1, nlohmann::json(codes).dump());
  while (st.step()) out[st.text(0)] = st.text(1);
  return out;
}

std::vector<model::DyadCount> Queries::dyad_counts(const std::string& source, const std::string& target,
                                                   const Window& w, bool rollup) const {
  std::string day = date_col("day", rollup, !source.empty() || !target.empty(), store_.backend());
  std::string sql = std::string(kDyadColumns) + "WHERE " + day + " >= ?1 AND " + day + " <= ?2";
  if (!source.empty()) sql += " AND " + side_is("source", "?3", rollup, store_.backend());
  if (!target.empty()) sql += " AND " + side_is("target", "?4", rollup, store_.backend());
  Statement st(store_.handle(), sql.c_str());
  st.bind(1, w.from).bind(2, window_hi(w));
  if (!source.empty()) st.bind(3, source);
  if (!target.empty()) st.bind(4, target);
  std::vector<model::DyadCount> out;
  while (st.step()) out.push_back(dyad_row(st));
  return out;
}

std::vector<model::DyadCount> Queries::actor_totals(const std::string& actor, bool rollup) const {
  std::string s = rollup ? "source_root" : "source", t = rollup ? "target_root" : "target";
  std::vector<model::DyadCount> out;
  for (int side = 0; side < 2; ++side) {
    std::string me = side ? t : s, other = side ? s : t;
    Statement st(store_.handle(),
                 ("SELECT '', " + s + ", " + t + ", sum(q0), sum(q1), sum(q2), sum(q3), sum(q4), sum(events), "
                  "sum(goldstein) FROM dyad_totals WHERE " + me + " = ?1 AND " + other + " <> ?1 GROUP BY " + s +
                  ", " + t).c_str());
    st.bind(1, actor);
    while (st.step()) out.push_back(dyad_row(st));
  }
  return out;
}

std::vector<model::DyadCount> Queries::actor_counts(const std::string& actor, const Window& w, bool rollup) const {
  auto out = dyad_counts(actor, "", w, rollup);
  auto in = dyad_counts("", actor, w, rollup);
  for (auto& r : in)
    if ((rollup ? model::rollup_code(r.source) : r.source) != actor) out.push_back(std::move(r));
  return out;
}

std::vector<model::DyadCount> Queries::counts_among(const std::vector<std::string>& actors, const Window& w,
                                                    bool rollup) const {
  std::vector<model::DyadCount> out;
  if (actors.empty()) return out;
  if (rollup && store_.backend() == Backend::SQLite) return rolled_up_counts_among(*this, actors, w);
  std::string s = rollup ? "source_root" : "source", t = rollup ? "target_root" : "target";
  Statement st(store_.handle(), (std::string(kDyadColumns) + "WHERE day >= ?1 AND day <= ?2 AND " + s +
                                 " IN (SELECT value FROM json_each(?3)) AND " + t +
                                 " IN (SELECT value FROM json_each(?3))").c_str());
  st.bind(1, w.from).bind(2, window_hi(w)).bind(3, nlohmann::json(actors).dump());
  while (st.step()) out.push_back(dyad_row(st));
  return out;
}

std::vector<model::DyadCount> Queries::pair_totals(const Window& w, bool rollup) const {
  std::string s = rollup ? "source_root" : "source", t = rollup ? "target_root" : "target";
  // The smallest table that answers: all time, whole years, whole months, else days.
  bool all = w.from.empty() && w.to.empty();
  bool years = w.from.size() <= 4 && w.to.size() <= 4;
  bool months = w.from.size() <= 7 && w.to.size() <= 7;
  std::string from = all     ? "dyad_totals WHERE 1 = 1"
                     : years  ? "dyad_years WHERE year >= ?1 AND year <= ?2"
                     : months ? "dyad_months WHERE month >= ?1 AND month <= ?2"
                              : "dyad_days WHERE day >= ?1 AND day <= ?2";
  // Summed here rather than by GROUP BY, which sorts every row of the window.
  Statement st(store_.handle(), ("SELECT '', " + s + ", " + t + ", q0, q1, q2, q3, q4, events, goldstein FROM " +
                                 from + " AND " + s + " <> " + t).c_str());
  if (!all) st.bind(1, w.from).bind(2, window_hi(w));
  std::unordered_map<std::string, size_t> index;
  index.reserve(1 << 15);
  std::vector<model::DyadCount> out;
  out.reserve(1 << 15);
  std::string key;
  while (st.step()) {
    std::string_view src = st.view(1), tgt = st.view(2);
    key.assign(src).append(1, '\x1f').append(tgt);
    auto [it, fresh] = index.try_emplace(key, out.size());
    if (fresh) {
      out.emplace_back();
      out.back().source = src;
      out.back().target = tgt;
    }
    auto& d = out[it->second];
    for (size_t q = 0; q < 5; ++q) d.quad[q] += st.integer(3 + static_cast<int>(q));
    d.events += st.integer(8);
    d.goldstein_sum += st.real(9);
  }
  return out;
}

std::optional<std::vector<std::pair<std::string, double>>> Queries::hedging_months(const std::string& actor,
                                                                                   bool rollup,
                                                                                   const Window& w) const {
  std::string lo = w.from.substr(0, std::min<size_t>(7, w.from.size()));
  {
    Statement st(store_.handle(), "SELECT 1 FROM model_dirty WHERE month >= ?1 AND month <= ?2 LIMIT 1");
    st.bind(1, lo).bind(2, window_hi(w));
    if (st.step()) return std::nullopt;
  }
  Statement st(store_.handle(),
               "SELECT month, value FROM hedging_months WHERE rollup = ?1 AND actor = ?2 AND month >= ?3 AND "
               "month <= ?4 ORDER BY month");
  st.bind(1, static_cast<long long>(rollup ? 1 : 0)).bind(2, actor).bind(3, lo).bind(4, window_hi(w));
  std::vector<std::pair<std::string, double>> out;
  while (st.step()) out.push_back({st.text(0), st.real(1)});
  return out;
}

std::vector<EventRow> Queries::events(const EventFilter& f) const {
  bool open = f.window.from.empty() && f.window.to.empty();
  std::string date = date_col("e.date", f.rollup, !f.source.empty() || !f.target.empty(), store_.backend());
  std::string sql = std::string("SELECT ") + kEventColumns + "WHERE " + counted(f.modalities, "?9") +
                    (open ? " AND (e.date IS NULL OR (" + date + " >= ?1 AND " + date + " <= ?2))"
                          : " AND " + date + " >= ?1 AND " + date + " <= ?2");
  auto is = [&](const char* side, const char* param) { return side_is(side, param, f.rollup, store_.backend()); };
  if (f.either && !f.source.empty()) sql += " AND (" + is("e.source", "?3") + " OR " + is("e.target", "?3") + ")";
  else if (f.both && !f.source.empty() && !f.target.empty())
    sql += " AND ((" + is("e.source", "?3") + " AND " + is("e.target", "?4") + ") OR (" + is("e.source", "?4") +
           " AND " + is("e.target", "?3") + "))";
  else {
    if (!f.source.empty()) sql += " AND " + is("e.source", "?3");
    if (!f.target.empty()) sql += " AND " + is("e.target", "?4");
  }
  if (f.quad >= 0) sql += " AND e.quad = ?5";
  if (!f.roots.empty()) sql += " AND e.root IN (SELECT value FROM json_each(?8))";
  sql += " ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT ?6 OFFSET ?7";
  Statement st(store_.handle(), sql.c_str());
  st.bind(1, f.window.from).bind(2, window_hi(f.window));
  if (!f.source.empty()) st.bind(3, f.source);
  if (!f.target.empty() && !f.either) st.bind(4, f.target);
  if (f.quad >= 0) st.bind(5, static_cast<long long>(f.quad));
  st.bind(6, static_cast<long long>(f.limit)).bind(7, static_cast<long long>(f.offset));
  if (!f.roots.empty()) st.bind(8, nlohmann::json(f.roots).dump());
  if (!f.modalities.empty()) st.bind(9, nlohmann::json(f.modalities).dump());
  std::vector<EventRow> out;
  while (st.step()) out.push_back(event_row(st));
  return out;
}

std::vector<model::DyadCount> Queries::modality_counts(const std::string& source, const std::string& target,
                                                       const Window& w, bool rollup,
                                                       const std::vector<std::string>& modalities) const {
  std::string s = rollup ? "e.source_root" : "e.source", t = rollup ? "e.target_root" : "e.target";
  bool open = w.from.empty() && w.to.empty();
  std::string date = date_col("e.date", rollup, !source.empty() || !target.empty(), store_.backend());
  // A negated or denied act, listed when asked for by name, is never counted
  // as the act: it counts as neutral (quad 0) with no Goldstein weight.
  const char* q = "(CASE WHEN e.modality IN ('negated', 'denied') THEN 0 ELSE e.quad END)";
  std::string sql = std::string("SELECT coalesce(e.date,''), e.source, e.target, sum(") + q + " = 0), sum(" + q +
                    " = 1), sum(" + q + " = 2), sum(" + q + " = 3), sum(" + q + " = 4), count(*), "
                    "total(CASE WHEN e.modality IN ('negated', 'denied') THEN 0 ELSE e.goldstein END) FROM events e "
                    "JOIN documents d ON d.rowid = e.doc WHERE " + counted(modalities, "?5") +
                    " AND e.target <> '' AND " + s + " <> " + t +
                    (open ? " AND (e.date IS NULL OR (" + date + " >= ?1 AND " + date + " <= ?2))"
                          : " AND " + date + " >= ?1 AND " + date + " <= ?2");
  if (!source.empty()) sql += " AND " + side_is("e.source", "?3", rollup, store_.backend());
  if (!target.empty()) sql += " AND " + side_is("e.target", "?4", rollup, store_.backend());
  sql += " GROUP BY 1, 2, 3";
  Statement st(store_.handle(), sql.c_str());
  st.bind(1, w.from).bind(2, window_hi(w));
  if (!source.empty()) st.bind(3, source);
  if (!target.empty()) st.bind(4, target);
  if (!modalities.empty()) st.bind(5, nlohmann::json(modalities).dump());
  std::vector<model::DyadCount> out;
  while (st.step()) out.push_back(dyad_row(st));
  return out;
}

model::DyadCount Queries::undated_counts(const std::string& source, const std::string& target, bool rollup) const {
  Statement st(store_.handle(), ("SELECT quad, count(*), total(goldstein) FROM events WHERE " +
                                 side_is("source", "?1", rollup, store_.backend()) + " AND " +
                                 side_is("target", "?2", rollup, store_.backend()) +
                                 " AND date IS NULL AND kept = 1 GROUP BY quad").c_str());
  st.bind(1, source).bind(2, target);
  model::DyadCount c;
  c.source = source;
  c.target = target;
  while (st.step()) {
    int q = std::clamp(static_cast<int>(st.integer(0)), 0, 4);
    c.quad[static_cast<size_t>(q)] += st.integer(1);
    c.events += st.integer(1);
    c.goldstein_sum += st.real(2);
  }
  return c;
}

void Queries::each_event(const Window& w, const std::function<void(const EventRow&)>& row) const {
  Statement st(store_.handle(), (std::string("SELECT ") + kEventColumns +
                                 "WHERE e.kept = 1 AND coalesce(e.date,'') >= ?1 AND coalesce(e.date,'') <= ?2 "
                                 "ORDER BY e.date NULLS FIRST, e.id").c_str());
  st.bind(1, w.from).bind(2, window_hi(w));
  while (st.step()) row(event_row(st));
}

std::vector<model::StanceEvent> Queries::stance_events(const std::string& actor, bool rollup,
                                                       const std::vector<std::string>& roots, int limit) const {
  std::vector<model::StanceEvent> out;
  // Newest stored first; document ids looked up for the kept rows only.
  Statement st(store_.handle(),
               (std::string("SELECT f.target, f.code, f.root, dyad_slice(d.text, f.start, f.end), d.id, f.date FROM (SELECT target, "
                            "code, root, start, end, doc, coalesce(date,'') AS date, id FROM events WHERE ") +
                side_is("source", "?1", rollup, store_.backend()) +
                " AND root IN (SELECT value FROM json_each(?2)) AND kept = 1 ORDER BY id DESC LIMIT ?3) f "
                "JOIN documents d ON d.rowid = f.doc ORDER BY f.id DESC").c_str());
  st.bind(1, actor).bind(2, nlohmann::json(roots).dump()).bind(3, static_cast<long long>(limit));
  while (st.step())
    out.push_back({.target = st.text(0),
                   .code = st.text(1),
                   .root = st.text(2),
                   .text = st.text(3),
                   .doc = st.text(4),
                   .date = st.text(5)});
  return out;
}

std::vector<QuoteRow> Queries::quotes_by(const std::string& actor, bool rollup, int limit) const {
  std::vector<QuoteRow> out;
  // Newest stored first from the speaker index; documents are read for the
  // rows shown only (duplicates are left out by the small duplicate index).
  std::string sql = std::string("SELECT d.id, coalesce(d.published,''), q.start, q.end, dyad_slice(d.text, q.start, q.end), coalesce(q.speaker,''), "
                                "coalesce(q.speaker_actor,''), coalesce(q.kind,''), coalesce(q.type,''), coalesce(q.verb,''), "
                                "coalesce(q.speaker_start,-1), coalesce(q.speaker_end,-1) FROM (SELECT rowid AS r, * FROM "
                                "quotes WHERE ") +
                    actor_is("speaker_actor", "speaker_root", "?1", rollup, store_.backend()) +
                    " AND doc NOT IN (SELECT rowid FROM documents WHERE duplicate_of IS NOT NULL) ORDER BY rowid DESC "
                    "LIMIT ?2) q JOIN documents d ON d.rowid = q.doc ORDER BY q.r DESC";
  Statement st(store_.handle(), sql.c_str());
  st.bind(1, actor).bind(2, static_cast<long long>(limit));
  while (st.step())
    out.push_back(quote_row(st));
  return out;
}

std::vector<TimelineRow> Queries::timeline(const std::string& actor, const Window& w, bool rollup, int limit) const {
  std::vector<TimelineRow> out;
  // Entries in date order from the date index, duplicates left out by the
  // duplicate index; documents are read for the entries shown only.
  std::string sql =
      "SELECT t.date, coalesce(t.end_date,''), t.text, d.id, coalesce(t.kind,'') FROM (SELECT * FROM timeline t "
      "WHERE t.date >= ?1 AND t.date <= ?2 AND t.doc NOT IN (SELECT rowid FROM documents WHERE duplicate_of IS NOT "
      "NULL)";
  if (!actor.empty())
    sql += std::string(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc = t.doc AND ") +
           (rollup ? "m.root" : "m.code") + " = ?3 AND m.start >= t.start AND m.end <= t.end)";
  sql += " ORDER BY t.date, t.doc LIMIT ?4) t JOIN documents d ON d.rowid = t.doc ORDER BY t.date, t.doc";
  Statement st(store_.handle(), sql.c_str());
  st.bind(1, w.from).bind(2, window_hi(w));
  if (!actor.empty()) st.bind(3, actor);
  st.bind(4, static_cast<long long>(limit));
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
  return out;
}

}  // namespace dyad::store
