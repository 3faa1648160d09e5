// The database connection under the store, with one implementation per back
// end: SQLite (a file path, the default) and PostgreSQL (a postgresql:// URL).
// Statements are written once, in the SQLite dialect with numbered `?N`
// parameters; the PostgreSQL connection rewrites them (pg_dialect.h).
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace dyad::store {

enum class Backend { SQLite, PostgreSQL };

// What a result column holds in the current row (SQLite's storage classes).
enum class ColumnKind { Null, Integer, Real, Text, Blob };

// True for a `postgresql://` or `postgres://` connection URL.
bool is_postgres_url(const std::string& db);
// `db` fit for messages: a URL's password replaced by "***".
std::string display_name(const std::string& db);

// One prepared statement: binds (1-based), then step() through the rows.
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  virtual void bind_text(int i, std::string_view v) = 0;
  virtual void bind_blob(int i, std::string_view v) = 0;
  virtual void bind_int(int i, long long v) = 0;
  virtual void bind_real(int i, double v) = 0;
  virtual void bind_null(int i) = 0;
  virtual bool step() = 0;
  virtual void reset() = 0;
  virtual std::string_view view(int col) const = 0;
  virtual long long integer(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual bool is_null(int col) const = 0;
  virtual ColumnKind kind(int col) const = 0;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Backend backend() const = 0;
  virtual std::unique_ptr<StatementImpl> prepare(const char* sql) = 0;
  // Runs one or more statements without results; throws StoreError.
  virtual void exec(const std::string& sql) = 0;
  // The SQLite handle (null on PostgreSQL), for SQLite-only work (merge).
  virtual sqlite3* sqlite_handle() const { return nullptr; }
};

// Opens `db` (a file path or a PostgreSQL URL). Throws StoreError naming it.
std::unique_ptr<Connection> open_connection(const std::string& db, bool read_only);

}  // namespace dyad::store
