// The SQLite back end of connection.h: a database file opened with
// sqlite3_open_v2 and statements as thin RAII over sqlite3_stmt, and the SQL
// functions over a document's stored text (plain, or packed by text_codec.h):
// dyad_text(text), the clean text, and dyad_slice(text, start, end), its
// bytes [start, end) (empty when out of range), which the event and quote
// readers use.
#include <sqlite3.h>

#include "store/connection.h"
#include "store/store.h"
#include "store/text_codec.h"

namespace dyad::store {

namespace {

class SqliteStatement : public StatementImpl {
 public:
  SqliteStatement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &st_, nullptr) != SQLITE_OK)
      throw StoreError(std::string("SQL error: ") + sqlite3_errmsg(db));
  }
  ~SqliteStatement() override { sqlite3_finalize(st_); }
  void bind_text(int i, std::string_view v) override {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void bind_blob(int i, std::string_view v) override {
    sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void bind_int(int i, long long v) override { sqlite3_bind_int64(st_, i, v); }
  void bind_real(int i, double v) override { sqlite3_bind_double(st_, i, v); }
  void bind_null(int i) override { sqlite3_bind_null(st_, i); }
  bool step() override {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw StoreError(std::string("SQL error: ") + sqlite3_errmsg(db_));
  }
  void reset() override {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  std::string_view view(int col) const override {
    const void* p = sqlite3_column_blob(st_, col);
    int n = sqlite3_column_bytes(st_, col);
    return p ? std::string_view(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string_view();
  }
  long long integer(int col) const override { return sqlite3_column_int64(st_, col); }
  double real(int col) const override { return sqlite3_column_double(st_, col); }
  bool is_null(int col) const override { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  ColumnKind kind(int col) const override {
    switch (sqlite3_column_type(st_, col)) {
      case SQLITE_INTEGER: return ColumnKind::Integer;
      case SQLITE_FLOAT: return ColumnKind::Real;
      case SQLITE_TEXT: return ColumnKind::Text;
      case SQLITE_BLOB: return ColumnKind::Blob;
      default: return ColumnKind::Null;
    }
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

// The clean text of a stored `text` value: a BLOB is a packed text whose
// dictionary is read from the connection's main.text_dicts. False (with the
// error set) when it cannot be read.
bool stored_text(sqlite3_context* ctx, sqlite3_value* v, std::string_view& out) {
  if (sqlite3_value_type(v) != SQLITE_BLOB) {
    const auto* t = sqlite3_value_text(v);
    out = t ? std::string_view(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_value_bytes(v)))
            : std::string_view();
    return true;
  }
  auto* unpacker = static_cast<TextUnpacker*>(sqlite3_user_data(ctx));
  std::string_view packed(static_cast<const char*>(sqlite3_value_blob(v)), static_cast<size_t>(sqlite3_value_bytes(v)));
  sqlite3* db = sqlite3_context_db_handle(ctx);
  auto load = [db](unsigned id) {
    std::string dict;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT dict FROM main.text_dicts WHERE id = ?1", -1, &st, nullptr) == SQLITE_OK) {
      sqlite3_bind_int64(st, 1, static_cast<sqlite3_int64>(id));
      if (sqlite3_step(st) == SQLITE_ROW)
        dict.assign(static_cast<const char*>(sqlite3_column_blob(st, 0)), static_cast<size_t>(sqlite3_column_bytes(st, 0)));
    }
    sqlite3_finalize(st);
    return dict;
  };
  try {
    out = unpacker->unpack(packed, load);
    return true;
  } catch (const StoreError& e) {
    sqlite3_result_error(ctx, e.what(), -1);
    return false;
  }
}

void text_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  std::string_view text;
  if (stored_text(ctx, argv[0], text))
    sqlite3_result_text(ctx, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void slice_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  std::string_view text;
  if (!stored_text(ctx, argv[0], text)) return;
  long long size = static_cast<long long>(text.size());
  long long start = sqlite3_value_int64(argv[1]), end = sqlite3_value_int64(argv[2]);
  if (text.data() == nullptr || start < 0 || start > end || end > size) {
    sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
    return;
  }
  sqlite3_result_text(ctx, text.data() + start, static_cast<int>(end - start), SQLITE_TRANSIENT);
}

class SqliteConnection : public Connection {
 public:
  SqliteConnection(const std::string& path, bool read_only) {
    // A Store is used by one thread at a time (its cached statements are not
    // shareable either; the server leases one per request): no per-call mutex.
    int flags = (read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw StoreError(path + ": cannot open database: " + msg);
    }
    sqlite3_busy_timeout(db_, 10000);
    // One decompressor per connection, shared by both functions.
    auto* unpacker = new TextUnpacker;
    sqlite3_create_function_v2(db_, "dyad_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, unpacker, text_function,
                               nullptr, nullptr, [](void* p) { delete static_cast<TextUnpacker*>(p); });
    sqlite3_create_function_v2(db_, "dyad_slice", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, unpacker, slice_function,
                               nullptr, nullptr, nullptr);
  }
  ~SqliteConnection() override { sqlite3_close(db_); }
  Backend backend() const override { return Backend::SQLite; }
  std::unique_ptr<StatementImpl> prepare(const char* sql) override {
    return std::make_unique<SqliteStatement>(db_, sql);
  }
  void exec(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      throw StoreError(msg);
    }
  }
  sqlite3* sqlite_handle() const override { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite_connection(const std::string& path, bool read_only) {
  return std::make_unique<SqliteConnection>(path, read_only);
}

}  // namespace dyad::store
