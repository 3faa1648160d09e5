// The SQLite back end of connection.h: a database file opened with
// sqlite3_open_v2 and statements as thin RAII over sqlite3_stmt, and the SQL
// function dyad_slice(text, start, end): the bytes [start, end) of a text
// (empty when out of range), which the event and quote readers use.
#include <sqlite3.h>

#include "store/connection.h"
#include "store/store.h"

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

void slice_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* text = sqlite3_value_text(argv[0]);
  long long size = sqlite3_value_bytes(argv[0]);
  long long start = sqlite3_value_int64(argv[1]), end = sqlite3_value_int64(argv[2]);
  if (!text || start < 0 || start > end || end > size) {
    sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
    return;
  }
  sqlite3_result_text(ctx, reinterpret_cast<const char*>(text) + start, static_cast<int>(end - start), SQLITE_TRANSIENT);
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
    sqlite3_create_function_v2(db_, "dyad_slice", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, slice_function,
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
