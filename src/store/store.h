// The store: one database holding documents, their clean text, offset maps,
// metadata, boilerplate, duplicate links, near-duplicate signatures, a
// full-text index and the analysis layers. Two back ends (connection.h): an
// SQLite file (WAL mode, FTS5; the default) or a PostgreSQL database
// (tsvector/GIN) named by a postgresql:// URL. All SQL of Dyad lives in
// src/store/.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "doc/document.h"
#include "store/connection.h"

namespace dyad::store {

// Thrown for database problems (cannot open, newer schema, SQL errors); the
// message names the database file.
struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline constexpr int kSchemaVersion = 9;  // 2: analysis layers, 3: dyad_years, 4: quote type/speaker span/verb, 5: event subject/object spans, 6: packed originals and maps, no event/quote text, 7: dictionary-packed clean text, 8: mentions as spans and references, 9: no root indexes (schema.h)

enum class PutResult { Inserted, Updated, Unchanged };

struct SearchHit {
  std::string id, title, published, source, snippet;
  double score = 0;
};

struct StoredSignature {
  std::string id;
  std::string signature;  // bytes from the dedup stage
};

class Store {
 public:
  // Opens (creating if needed) the database: a file path (SQLite) or a
  // postgresql:// URL. Throws StoreError when it cannot be opened or carries
  // a newer schema than this build knows.
  explicit Store(const std::string& path, bool read_only = false);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores a processed document. Keyed by content hash: the same bytes again
  // change nothing; the same id with other bytes replaces the old version.
  // New and updated documents also get their analysis layers (put_layers).
  PutResult put(const Document& doc, const std::string& signature);
  // Replaces the stored analysis layers (actor mentions, quotes, events, time
  // expressions, timeline) of a stored document with the Document's; false
  // when no document with its id is stored. Defined in layers.cc.
  bool put_layers(const Document& doc);
  // Recomputes the model tables kept in the store (monthly hedging index)
  // for the months whose events changed since the last refresh; returns the
  // number of months recomputed. Defined in model_tables.cc.
  size_t refresh_model();
  // True when the stored document has any analysis layer rows.
  bool has_layers(const std::string& id) const;
  // Groups puts into one transaction (much faster); commit() makes them
  // durable. Writers from several processes take turns (SQLite's write lock,
  // a PostgreSQL advisory lock), so none loses or doubles a document.
  void begin();
  void commit();
  // Undoes the transaction begin() opened.
  void rollback();

  bool has_hash(const std::string& hash) const;
  std::optional<std::string> id_for_hash(const std::string& hash) const;
  size_t document_count() const;
  std::vector<StoredSignature> signatures() const;
  // Full-text search (FTS5 syntax; a query that is not valid FTS5 is searched
  // as plain words). Snippets mark matches with `open`/`close`.
  std::vector<SearchHit> search(const std::string& query, int limit, const std::string& open,
                                const std::string& close) const;
  // A stored document's clean text and metadata (null when absent).
  std::optional<Document> get(const std::string& id) const;

  // The file path or URL (with its password hidden).
  const std::string& path() const { return path_; }
  // The connection, for the read queries of src/store/queries.h (one thread
  // at a time per Store).
  Connection* handle() const { return db_.get(); }
  Backend backend() const { return db_->backend(); }
  int schema_version() const;

 private:
  void exec(const std::string& sql) const;
  void open_sqlite(bool read_only);
  void open_postgres(bool read_only);
  void migrate_sqlite(int v);
  bool is_table(const std::string& name);  // an SQLite table of that name exists
  void move_mentions_v8();
  // SQLite: loads the newest text dictionary; once the store holds
  // kTextTrainBytes of plain text and has none, trains one on those texts;
  // then packs every plain text (text_codec.h). Defined in text_store.cc.
  void pack_texts();
  void load_packer();
  // VACUUM once the texts have been packed (their rows shrank in place).
  void compact();
  // SQLite, outside a transaction: when the store at least doubled since it
  // was opened (by kCompactMinDocs documents or more), merges the full-text
  // index into one segment and VACUUMs the file. Index pages filled in random
  // key order are left about a third empty, and the index segments of many
  // small transactions overlap. Called by refresh_model (model_tables.cc).
  void compact_if_grown();
  // Writes the layers of `doc` for the document at `rowid`; `fresh`: a rowid
  // never used before (no old rows to delete). Defined in layers.cc.
  void write_layers(long long rowid, const Document& doc, bool fresh);
  std::vector<SearchHit> search_postgres(const std::string& query, int limit, const std::string& open,
                                         const std::string& close) const;
  [[noreturn]] void fail(const std::string& what) const;
  // A statement prepared once and kept for the life of the store.
  class Statement& cached(int which, const char* sql) const;
  // Declared before the connection: statements go first.
  std::unique_ptr<Connection> db_;
  mutable std::vector<std::unique_ptr<class Statement>> cache_;
  std::string path_;
  bool in_transaction_ = false;
  std::unique_ptr<class TextPacker> packer_;  // SQLite: packs new texts once the store has a dictionary
  long long plain_bytes_ = -1;                // bytes of plain text stored (-1: not counted yet)
  long long train_at_ = 0;                    // plain bytes at which a dictionary is trained
  bool compact_due_ = false;                  // texts were packed in place: VACUUM after the commit
  long long rowid_at_open_ = -1;              // SQLite writer: the largest document rowid when opened (or compacted)
  // Actor codes given their dictionary name on this connection (actor_names.h).
  std::set<std::string> dictionary_named_;
};

}  // namespace dyad::store
