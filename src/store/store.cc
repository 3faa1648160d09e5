// The store on either back end: schema set-up and version check (SQLite's
// user_version, PostgreSQL's dyad_schema table), idempotent puts keyed by
// content hash, signatures for duplicate detection, FTS5 search (the
// PostgreSQL search is in pg_search.cc).
#include "store/store.h"

#include <cstring>
#include <string_view>
#include <nlohmann/json.hpp>

#include "store/blobs.h"
#include "store/migrate.h"
#include "store/pg_schema.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/text_codec.h"
#include "store/query_text.h"

namespace dyad::store {

namespace {

constexpr size_t kMaxRawBytes = 16u << 20;  // larger originals are kept by path only
constexpr long long kCompactMinDocs = 100;   // fewer new documents: no compaction (Store::compact_if_grown)

long long largest_rowid(Connection* db) {
  Statement st(db, "SELECT coalesce(max(rowid), 0) FROM documents");
  return st.step() ? st.integer(0) : 0;
}

template <class T>
void bind_opt(Statement& st, int i, const std::optional<T>& v) {
  if (v) st.bind(i, std::string_view(*v));
  else st.bind_null(i);
}

nlohmann::json meta_json(const Metadata& m) {
  auto o = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
  return {{"title", o(m.title)}, {"authors", m.authors}, {"published", o(m.published)},
          {"source", o(m.source)}, {"dateline", o(m.dateline)}, {"url", o(m.url)}};
}

// Quotes every word so that any user text is a valid FTS5 query.
std::string as_plain_words(const std::string& q) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : word) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
    word.clear();
  };
  for (char c : q) {
    if (c == ' ' || c == '\t' || c == '\n') flush();
    else word += c;
  }
  flush();
  return out;
}

}  // namespace

Store::Store(const std::string& path, bool read_only) : path_(display_name(path)) {
  db_ = open_connection(path, read_only);
  try {
    if (db_->backend() == Backend::SQLite) open_sqlite(read_only);
    else open_postgres(read_only);
  } catch (...) {
    cache_.clear();
    db_.reset();
    throw;
  }
}

void Store::open_sqlite(bool read_only) {
  int v = schema_version();
  if (v > kSchemaVersion) {
    fail("database schema version " + std::to_string(v) + " is newer than this dyad understands (" +
         std::to_string(kSchemaVersion) + "); upgrade dyad");
  }
  if (!read_only) {
    // A new store takes 2 KB pages: a document's row (its packed text,
    // original, offset map and signature, ~2 KB) fills them with less left
    // over than 4 KB pages (the file is ~4% smaller; docs/store.md).
    if (v == 0) exec("PRAGMA page_size=2048");
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    // A large page cache keeps a batch's index pages in memory until commit
    // (the default 2 MB spills them to the WAL again and again).
    exec("PRAGMA cache_size=-65536");
    exec("PRAGMA temp_store=MEMORY");
    if (v < kSchemaVersion) {
      exec("BEGIN IMMEDIATE");
      v = schema_version();  // another writer may have migrated it meanwhile
      if (v < kSchemaVersion) migrate_sqlite(v);
      exec("COMMIT");
      // The space the old encodings held goes back to the file system, once
      // (skipped while another connection keeps the file busy).
      if (v >= 1 && v <= 6) compact();
      compact_due_ = false;
    }
    rowid_at_open_ = largest_rowid(handle());
  } else if (v == 0) {
    fail("not a dyad database (no schema); create it with `dyad ingest`");
  } else {
    // Readers map the file (pages shared by every connection through the
    // OS cache) and keep a private cache for the hot index pages.
    exec("PRAGMA mmap_size=1073741824");
    exec("PRAGMA cache_size=-16384");
  }
}

// Brings an SQLite store of version `v` (0: empty) to kSchemaVersion, inside
// the caller's transaction.
void Store::migrate_sqlite(int v) {
  // v2 -> v3: the event triggers are recreated to keep dyad_years, which
  // is filled from dyad_months.
  if (v == 2) exec("DROP TRIGGER IF EXISTS events_ai; DROP TRIGGER IF EXISTS events_ad;");
  // v2/v3 -> v4: the quotes' type, speaker mention and reporting verb.
  if (v == 2 || v == 3)
    for (const char* col : {"type TEXT", "speaker_start INTEGER", "speaker_end INTEGER", "verb TEXT"}) {
      std::string name(col, std::string_view(col).find(' '));
      Statement has(handle(), "SELECT count(*) FROM pragma_table_info('quotes') WHERE name = ?");
      has.bind(1, name);
      if (has.step() && has.integer(0) == 0) exec("ALTER TABLE quotes ADD COLUMN " + std::string(col));
    }
  // v2..v4 -> v5: the events' subject and object mention spans.
  if (v >= 2 && v <= 4)
    for (const char* col : {"source_start INTEGER", "source_end INTEGER", "target_start INTEGER", "target_end INTEGER"}) {
      std::string name(col, std::string_view(col).find(' '));
      Statement has(handle(), "SELECT count(*) FROM pragma_table_info('events') WHERE name = ?");
      has.bind(1, name);
      if (has.step() && has.integer(0) == 0) exec("ALTER TABLE events ADD COLUMN " + std::string(col));
    }
  // v1..v5 -> v6: originals and offset maps packed (the update trigger
  // would re-index every text: it is dropped and made again by kSchema);
  // event and quote text read from the document.
  // v1..v6 -> v7: the full-text index reads the text through
  // documents_plain: dropped here, made by kSchema and rebuilt below.
  if (v >= 1 && v <= 6)
    exec("DROP TRIGGER IF EXISTS documents_ai; DROP TRIGGER IF EXISTS documents_ad; "
         "DROP TRIGGER IF EXISTS documents_au; DROP TABLE IF EXISTS documents_fts;");
  if (v >= 1 && v <= 5) pack_documents_v6(handle());
  if (v >= 2 && v <= 6) exec("DROP INDEX IF EXISTS mentions_root");
  if (v >= 2 && v <= 5)
    for (const char* table : {"events", "quotes"}) {
      Statement has(handle(), "SELECT count(*) FROM pragma_table_info(?1) WHERE name = 'text'");
      has.bind(1, table);
      if (has.step() && has.integer(0) == 1) exec("ALTER TABLE " + std::string(table) + " DROP COLUMN text");
    }
  // v2..v7 -> v8: the mentions table is set aside (its triggers and indexes
  // dropped) and its rows moved into mention_rows and mention_refs below.
  bool old_mentions = v >= 2 && v <= 7 && is_table("mentions");
  if (old_mentions)
    exec("DROP TRIGGER IF EXISTS mentions_ai; DROP TRIGGER IF EXISTS mentions_ad; "
         "DROP INDEX IF EXISTS mentions_doc; DROP INDEX IF EXISTS mentions_code; "
         "ALTER TABLE mentions RENAME TO mentions_v7;");
  // v2..v8 -> v9: rolled-up actors are read through the code indexes.
  if (v >= 2 && v <= 8)
    exec("DROP INDEX IF EXISTS events_root_dyad; DROP INDEX IF EXISTS events_root_target; "
         "DROP INDEX IF EXISTS events_root_stance; DROP INDEX IF EXISTS dyad_days_root_pair; "
         "DROP INDEX IF EXISTS dyad_days_root_target; DROP INDEX IF EXISTS quotes_root;");
  exec(kSchema);
  exec(kLayersSchema);  // v1 -> v2: layer tables added, documents untouched
  if (old_mentions) move_mentions_v8();
  if (v >= 1 && v <= 6) {
    exec("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')");
    pack_texts();
  }
  if (v == 2)
    exec("INSERT INTO dyad_years SELECT substr(month, 1, 4), source, target, min(source_root), "
         "min(target_root), sum(q0), sum(q1), sum(q2), sum(q3), sum(q4), sum(events), sum(goldstein) "
         "FROM dyad_months GROUP BY 1, 2, 3");
  exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
}

bool Store::is_table(const std::string& name) {
  Statement st(handle(), "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
  st.bind(1, name);
  return st.step() && st.integer(0) > 0;
}

// A version-7 mentions table (renamed mentions_v7) into the version-8 tables,
// in the same order within each document; the actor counts are kept.
void Store::move_mentions_v8() {
  exec("INSERT OR IGNORE INTO mention_refs(code, root, name, kind, country, role) "
       "SELECT code, root, coalesce(name, ''), coalesce(kind, ''), coalesce(country, ''), coalesce(role, '') "
       "FROM mentions_v7 ORDER BY rowid;"
       "INSERT INTO mention_rows(doc, seq, start, end, ref) "
       "SELECT m.doc, row_number() OVER (PARTITION BY m.doc ORDER BY m.rowid), m.start, m.end, r.id "
       "FROM mentions_v7 m JOIN mention_refs r ON r.code = m.code AND r.name = coalesce(m.name, '') AND "
       "r.kind = coalesce(m.kind, '') AND r.country = coalesce(m.country, '') AND r.role = coalesce(m.role, '') "
       "AND r.root = m.root;"
       "DROP TABLE mentions_v7;");
}

namespace {
// The advisory lock every PostgreSQL writer holds for its transaction.
constexpr const char* kPgWriteLock = "SELECT pg_advisory_xact_lock(4242001)";
}  // namespace

void Store::open_postgres(bool read_only) {
  int v = schema_version();
  if (v > kSchemaVersion) {
    fail("database schema version " + std::to_string(v) + " is newer than this dyad understands (" +
         std::to_string(kSchemaVersion) + "); upgrade dyad");
  }
  if (read_only) {
    if (v == 0) fail("not a dyad database (no schema); create it with `dyad ingest`");
    return;
  }
  auto revision = [&] {
    Statement has(handle(), "SELECT to_regclass('dyad_pg_revision') IS NOT NULL");
    if (!has.step() || has.integer(0) == 0) return 0;
    Statement st(handle(), "SELECT coalesce(max(revision), 0) FROM dyad_pg_revision");
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
  };
  if (v == kSchemaVersion && revision() >= kPgRevision) return;
  // Set up (or migrated) under the writers' lock, so processes opening a new
  // database at once create it once.
  exec("BEGIN");
  exec(kPgWriteLock);
  try {
    v = schema_version();
    if (v < kSchemaVersion || revision() < kPgRevision) {
      exec(pg_schema());  // v5 -> v6: drops the event and quote text (pg_schema.cc)
      if (v >= 4 && v <= 5) pack_documents_v6(handle());
      exec("DELETE FROM dyad_schema; INSERT INTO dyad_schema (version) VALUES (" + std::to_string(kSchemaVersion) + ")");
      exec("DELETE FROM dyad_pg_revision; INSERT INTO dyad_pg_revision (revision) VALUES (" +
           std::to_string(kPgRevision) + ")");
    }
    exec("COMMIT");
  } catch (...) {
    exec("ROLLBACK");
    throw;
  }
}

Store::~Store() = default;

namespace {
enum CachedStatement { kIdForHash, kLookup, kInsert, kCachedCount };
}  // namespace

Statement& Store::cached(int which, const char* sql) const {
  // Indices from kCachedCount up are used by layers.cc.
  if (cache_.size() <= static_cast<size_t>(which)) cache_.resize(static_cast<size_t>(which) + 1);
  auto& st = cache_[static_cast<size_t>(which)];
  if (!st) st = std::make_unique<Statement>(handle(), sql);
  st->reset();
  return *st;
}

void Store::exec(const std::string& sql) const {
  try {
    db_->exec(sql);
  } catch (const StoreError& e) {
    fail(e.what());
  }
}

void Store::fail(const std::string& what) const { throw StoreError(path_ + ": " + what); }

int Store::schema_version() const {
  if (backend() == Backend::PostgreSQL) {
    Statement has(handle(), "SELECT to_regclass('dyad_schema') IS NOT NULL");
    if (!has.step() || has.integer(0) == 0) return 0;
    Statement st(handle(), "SELECT coalesce(max(version), 0) FROM dyad_schema");
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
  }
  try {
    Statement st(handle(), "PRAGMA user_version");
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
  } catch (const StoreError& e) {
    fail(std::string("not a readable SQLite database (") + e.what() + ")");
  }
}

void Store::begin() {
  if (backend() == Backend::PostgreSQL) {
    exec("BEGIN");
    exec(kPgWriteLock);
  } else {
    exec("BEGIN IMMEDIATE");
  }
  in_transaction_ = true;
}

void Store::commit() {
  exec("COMMIT");
  in_transaction_ = false;
  if (compact_due_) compact();
}

void Store::compact() {
  compact_due_ = false;
  // Skipped while another connection keeps the file busy.
  try {
    exec("VACUUM");
  } catch (const StoreError&) {
  }
}

void Store::compact_if_grown() {
  if (backend() != Backend::SQLite || in_transaction_ || rowid_at_open_ < 0) return;
  long long now = largest_rowid(handle());
  if (now - rowid_at_open_ < kCompactMinDocs || now < 2 * rowid_at_open_) return;
  exec("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')");
  compact();
  rowid_at_open_ = now;
}

void Store::rollback() {
  in_transaction_ = false;
  dictionary_named_.clear();  // the names written in the transaction are gone
  exec("ROLLBACK");
}

bool Store::has_hash(const std::string& hash) const { return id_for_hash(hash).has_value(); }

std::optional<std::string> Store::id_for_hash(const std::string& hash) const {
  Statement& st = cached(kIdForHash, "SELECT id FROM documents WHERE hash = ?");
  st.bind(1, hash);
  std::optional<std::string> id;
  if (st.step()) id = st.text(0);
  st.reset();
  return id;
}

size_t Store::document_count() const {
  Statement st(handle(), "SELECT count(*) FROM documents");
  st.step();
  return static_cast<size_t>(st.integer(0));
}

PutResult Store::put(const Document& d, const std::string& signature) {
  // On PostgreSQL a put outside begin()/commit() is its own transaction
  // (under the writers' lock, like every write).
  if (backend() == Backend::PostgreSQL && !in_transaction_) {
    begin();
    try {
      PutResult r = put(d, signature);
      commit();
      return r;
    } catch (...) {
      rollback();
      throw;
    }
  }
  // One look-up: a stored copy of these bytes, the rowid the id has, and on
  // PostgreSQL the rowid a new document takes (drawn now, so that the insert
  // and the layers queue up behind it without waiting for an answer).
  const bool pg = backend() == Backend::PostgreSQL;
  long long rowid = 0, fresh_rowid = 0;
  {
    Statement& q = cached(kLookup, pg ? "SELECT x, r, CASE WHEN x IS NULL AND r IS NULL THEN nextval('documents_rowid_seq') "
                                        "END FROM (SELECT (SELECT 1 FROM documents WHERE hash = ?1 LIMIT 1) AS x, "
                                        "(SELECT rowid FROM documents WHERE id = ?2) AS r) s"
                                      : "SELECT (SELECT 1 FROM documents WHERE hash = ?1 LIMIT 1), "
                                        "(SELECT rowid FROM documents WHERE id = ?2), NULL");
    q.bind(1, d.hash).bind(2, d.id);
    bool same_bytes = q.step() && !q.is_null(0);
    if (!same_bytes) rowid = q.is_null(1) ? 0 : q.integer(1), fresh_rowid = q.is_null(2) ? 0 : q.integer(2);
    q.reset();
    if (same_bytes) return PutResult::Unchanged;
  }
  const bool existed = rowid != 0;
  nlohmann::json boiler = nlohmann::json::array();
  for (const auto& p : d.paras) {
    if (para_kind_kept(p.kind)) continue;
    boiler.push_back({{"kind", para_kind_name(p.kind)},
                      {"start", d.norm_map.to_input(p.span.start)},
                      {"end", d.norm_map.to_input(p.span.end)}});
  }
  Statement& st = cached(kInsert,
               (std::string("INSERT INTO documents (id, path, format, hash, raw, text, offset_map, title, authors, "
               "published, source, dateline, url, word_count, language, duplicate_of, merged, "
               "boilerplate, signature") + (pg ? ", rowid) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20) "
                                               : ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ")+
               "ON CONFLICT(id) DO UPDATE SET path=excluded.path, format=excluded.format, "
               "hash=excluded.hash, raw=excluded.raw, text=excluded.text, offset_map=excluded.offset_map, "
               "title=excluded.title, authors=excluded.authors, published=excluded.published, "
               "source=excluded.source, dateline=excluded.dateline, url=excluded.url, "
               "word_count=excluded.word_count, language=excluded.language, "
               "duplicate_of=excluded.duplicate_of, merged=excluded.merged, "
               "boilerplate=excluded.boilerplate, signature=excluded.signature, "
               "ingested_at=" + std::string(backend() == Backend::PostgreSQL
                                                ? "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                                                : "strftime('%Y-%m-%dT%H:%M:%SZ','now')")).c_str());
  st.bind(1, d.id).bind(2, d.path).bind(3, d.format).bind(4, d.hash);
  if (d.raw.size() <= kMaxRawBytes) st.bind_blob(5, pack_raw(d.raw, d.text));
  else st.bind_null(5);
  if (backend() == Backend::SQLite && !packer_) load_packer();
  if (packer_) st.bind_blob(6, packer_->pack(d.text));
  else st.bind(6, d.text);
  st.bind_blob(7, pack_offsets(d.text_map));
  bind_opt(st, 8, d.meta.title);
  st.bind(9, nlohmann::json(d.meta.authors).dump());
  bind_opt(st, 10, d.meta.published);
  bind_opt(st, 11, d.meta.source);
  bind_opt(st, 12, d.meta.dateline);
  bind_opt(st, 13, d.meta.url);
  st.bind(14, static_cast<long long>(d.meta.word_count)).bind(15, d.meta.language);
  bind_opt(st, 16, d.duplicate_of);
  if (d.merged) st.bind(17, meta_json(*d.merged).dump());
  else st.bind_null(17);
  st.bind(18, boiler.dump());
  if (signature.empty()) st.bind_null(19);
  else st.bind_blob(19, signature);
  if (pg) st.bind(20, existed ? rowid : fresh_rowid);
  st.step();
  st.reset();
  if (pg) {
    write_layers(existed ? rowid : fresh_rowid, d, !existed);
  } else {
    put_layers(d);
    if (!packer_) {
      if (plain_bytes_ >= 0) plain_bytes_ += static_cast<long long>(d.text.size());
      pack_texts();
      if (compact_due_ && !in_transaction_) compact();
    }
  }
  return existed ? PutResult::Updated : PutResult::Inserted;
}

std::vector<StoredSignature> Store::signatures() const {
  std::vector<StoredSignature> out;
  Statement st(handle(), "SELECT id, signature FROM documents WHERE signature IS NOT NULL AND duplicate_of IS NULL");
  while (st.step()) out.push_back({st.text(0), st.text(1)});
  return out;
}

std::vector<SearchHit> Store::search(const std::string& query, int limit, const std::string& open,
                                     const std::string& close) const {
  if (backend() == Backend::PostgreSQL) return search_postgres(query, limit, open, close);
  const char* sql =
      "SELECT d.id, coalesce(d.title,''), coalesce(d.published,''), coalesce(d.source,''), "
      "snippet(documents_fts, 1, ?, ?, '…', 16), bm25(documents_fts) "
      "FROM documents_fts CROSS JOIN documents d ON d.rowid = documents_fts.rowid "
      "WHERE documents_fts MATCH ? AND d.duplicate_of IS NULL ORDER BY rank LIMIT ?";
  auto run = [&](const std::string& q) {
    std::vector<SearchHit> hits;
    Statement st(handle(), sql);
    st.bind(1, open).bind(2, close).bind(3, q).bind(4, static_cast<long long>(limit));
    while (st.step()) {
      std::string snip = st.text(4);
      for (auto& c : snip)
        if (c == '\n') c = ' ';  // one line per hit, in every output format
      hits.push_back({.id = st.text(0),
                      .title = st.text(1),
                      .published = st.text(2),
                      .source = st.text(3),
                      .snippet = snip,
                      .score = st.real(5)});
    }
    return hits;
  };
  try {
    return run(query);
  } catch (const StoreError&) {
    return run(as_plain_words(query));  // not valid FTS5 syntax: search the words
  }
}

std::optional<Document> Store::get(const std::string& id) const {
  Statement st(handle(),
               ("SELECT id, path, format, hash, " + clean_text(backend(), "text") + ", offset_map, title, authors, "
                "published, source, dateline, url, word_count, language, duplicate_of FROM documents WHERE id = ?").c_str());
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  Document d;
  auto o = [&](int c) { return st.is_null(c) ? std::optional<std::string>() : st.text(c); };
  d.id = st.text(0);
  d.path = st.text(1);
  d.format = st.text(2);
  d.hash = st.text(3);
  d.text = st.text(4);
  d.text_map = unpack_offsets(st.view(5));
  d.meta.title = o(6);
  d.meta.authors = nlohmann::json::parse(st.text(7), nullptr, false).get<std::vector<std::string>>();
  d.meta.published = o(8);
  d.meta.source = o(9);
  d.meta.dateline = o(10);
  d.meta.url = o(11);
  d.meta.word_count = static_cast<int>(st.integer(12));
  d.meta.language = st.text(13);
  d.duplicate_of = o(14);
  return d;
}

}  // namespace dyad::store
