// The PostgreSQL back end of connection.h over libpq: statements are
// translated by pg_dialect.h and sent by pg_session.h (prepared once, writes
// inside a transaction queued in a pipeline); a query's whole result is
// fetched on its first step, so statements may interleave as on SQLite.
#include <libpq-fe.h>

#include <cstdlib>
#include <optional>
#include <vector>

#include "store/connection.h"
#include "store/pg_dialect.h"
#include "store/pg_session.h"
#include "store/store.h"

namespace dyad::store {

namespace {

constexpr Oid kText = 25, kInt8 = 20, kInt4 = 23, kInt2 = 21, kFloat8 = 701, kFloat4 = 700, kBytea = 17;

class PgStatement : public StatementImpl {
 public:
  PgStatement(pg::Session& session, const char* sql) : session_(session), sql_(session.translate(sql)) {}
  ~PgStatement() override { PQclear(res_); }
  void bind_text(int i, std::string_view v) override { set(i, std::string(v), kText, 0); }
  void bind_blob(int i, std::string_view v) override { set(i, std::string(v), kBytea, 1); }
  void bind_int(int i, long long v) override { set(i, std::to_string(v), kInt8, 0); }
  void bind_real(int i, double v) override {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    set(i, buf, kFloat8, 0);
  }
  void bind_null(int i) override { set(i, std::nullopt, 0, 0); }

  bool step() override {
    if (done_) return false;
    if (!res_) {
      if (session_.defers(*sql_)) {  // a write in a transaction: queued, no rows
        session_.queue(sql_, ordered());
        done_ = true;
        return false;
      }
      res_ = session_.run(*sql_, ordered());
      row_ = -1;
      decoded_.assign(static_cast<size_t>(PQnfields(res_)), {-2, std::string()});
    }
    return ++row_ < PQntuples(res_);
  }
  void reset() override {
    PQclear(res_);
    res_ = nullptr;
    row_ = -1;
    done_ = false;
    params_.clear();
  }
  std::string_view view(int col) const override {
    if (PQgetisnull(res_, row_, col)) return {};
    const char* v = PQgetvalue(res_, row_, col);
    if (PQftype(res_, col) != kBytea) return std::string_view(v, static_cast<size_t>(PQgetlength(res_, row_, col)));
    auto& d = decoded_[static_cast<size_t>(col)];
    if (d.first != row_) {
      size_t n = 0;
      unsigned char* b = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &n);
      d.second.assign(reinterpret_cast<const char*>(b), n);
      PQfreemem(b);
      d.first = row_;
    }
    return d.second;
  }
  long long integer(int col) const override {
    if (PQgetisnull(res_, row_, col)) return 0;
    const char* v = PQgetvalue(res_, row_, col);
    if (v[0] == 't') return 1;  // booleans
    if (v[0] == 'f') return 0;
    char* end = nullptr;
    long long n = std::strtoll(v, &end, 10);
    if (end && *end == '.') n = static_cast<long long>(std::strtod(v, nullptr));
    return n;
  }
  double real(int col) const override {
    return PQgetisnull(res_, row_, col) ? 0.0 : std::strtod(PQgetvalue(res_, row_, col), nullptr);
  }
  bool is_null(int col) const override { return PQgetisnull(res_, row_, col) != 0; }
  ColumnKind kind(int col) const override {
    if (PQgetisnull(res_, row_, col)) return ColumnKind::Null;
    switch (PQftype(res_, col)) {
      case kInt8: case kInt4: case kInt2: return ColumnKind::Integer;
      case kFloat8: case kFloat4: return ColumnKind::Real;
      case kBytea: return ColumnKind::Blob;
      default: return ColumnKind::Text;
    }
  }

 private:
  void set(int i, std::optional<std::string> v, Oid type, int format) {
    if (i < 1) return;
    if (params_.size() < static_cast<size_t>(i)) params_.resize(static_cast<size_t>(i));
    params_[static_cast<size_t>(i - 1)] = {std::move(v), type, format};
  }
  // The bound values in the order of the PostgreSQL text ($1, $2, ...);
  // unbound ones are NULL.
  std::vector<pg::Param> ordered() const {
    std::vector<pg::Param> out;
    out.reserve(sql_->sql.params.size());
    for (int n : sql_->sql.params) {
      size_t at = static_cast<size_t>(n - 1);
      out.push_back(at < params_.size() ? params_[at] : pg::Param{});
    }
    return out;
  }

  pg::Session& session_;
  std::shared_ptr<const pg::Translated> sql_;
  std::vector<pg::Param> params_;
  PGresult* res_ = nullptr;
  int row_ = -1;
  bool done_ = false;
  mutable std::vector<std::pair<int, std::string>> decoded_;  // bytea columns: row, bytes
};

void ignore_notice(void*, const char*) {}

class PgConnection : public Connection {
 public:
  PgConnection(const std::string& url, bool read_only) : conn_(PQconnectdb(url.c_str())) {
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = conn_ ? PQerrorMessage(conn_) : "out of memory";
      while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
      PQfinish(conn_);
      throw StoreError(display_name(url) + ": cannot connect: " + msg);
    }
    PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
    session_ = std::make_unique<pg::Session>(conn_);
    exec("SET client_min_messages = warning");
    // Readers' statements are prepared once (to save parsing) but planned
    // for each execution's values: a generic plan can be far off for a date
    // range or a popular actor. Writers keep generic plans (the triggers'
    // statements are planned once per connection).
    if (read_only) exec("SET default_transaction_read_only = on; SET plan_cache_mode = force_custom_plan");
  }
  ~PgConnection() override {
    session_.reset();
    PQfinish(conn_);
  }
  Backend backend() const override { return Backend::PostgreSQL; }
  std::unique_ptr<StatementImpl> prepare(const char* sql) override {
    return std::make_unique<PgStatement>(*session_, sql);
  }
  void exec(const std::string& sql) override { session_->exec(sql); }

 private:
  PGconn* conn_;
  std::unique_ptr<pg::Session> session_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite_connection(const std::string& path, bool read_only);

bool is_postgres_url(const std::string& db) {
  return db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
}

std::string display_name(const std::string& db) {
  if (!is_postgres_url(db)) return db;
  size_t scheme = db.find("://") + 3, at = db.find('@', scheme), colon = db.find(':', scheme);
  if (at == std::string::npos || colon == std::string::npos || colon > at) return db;
  return db.substr(0, colon + 1) + "***" + db.substr(at);
}

std::unique_ptr<Connection> open_connection(const std::string& db, bool read_only) {
  if (is_postgres_url(db)) return std::make_unique<PgConnection>(db, read_only);
  return open_sqlite_connection(db, read_only);
}

}  // namespace dyad::store
