// The statement machinery of one libpq connection (pg_session.h): the
// translation and prepared-statement caches, the pipeline of queued writes
// and the multi-row INSERT batches.
#include "store/pg_session.h"

#include <cctype>
#include <regex>

#include "base/text.h"
#include "store/store.h"

#ifndef LIBPQ_HAS_PIPELINING
#error "the PostgreSQL back end needs libpq 14 or later (pipeline mode)"
#endif

namespace dyad::store::pg {

namespace {

constexpr int kMaxQueued = 200;          // statements between syncs (their answers fit the socket buffers)
constexpr size_t kMaxBatchRows = 500;    // rows of one multi-row INSERT
constexpr size_t kMaxParams = 65535;     // the protocol's limit per statement
constexpr size_t kMaxPrepared = 2000;    // prepared statements kept per connection

[[noreturn]] void fail(const std::string& msg) { throw StoreError("SQL error: " + base::trim_ascii(msg)); }

// The first word of `sql`, upper-cased.
std::string first_word(const std::string& sql) {
  size_t i = 0;
  while (i < sql.size() && std::isspace(static_cast<unsigned char>(sql[i]))) ++i;
  std::string w;
  for (; i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])); ++i)
    w += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i])));
  return w;
}

bool mentions_word(const std::string& sql, const char* word) {
  return base::upper_ascii(sql).find(word) != std::string::npos;
}

// Where a plain `INSERT INTO t (cols) VALUES ($1, ..., $k)` has its values
// tuple (0 when the statement is anything else, e.g. ON CONFLICT).
size_t plain_values_tuple(const std::string& sql, size_t k) {
  static const std::regex plain(R"(^\s*INSERT\s+INTO\s+[A-Za-z_][\w.]*\s*\([^()]*\)\s*VALUES\s*(\([^()]*\))\s*;?\s*$)",
                                std::regex::icase);
  std::smatch m;
  if (k == 0 || !std::regex_match(sql, m, plain)) return 0;
  std::string tuple, want = "(";
  for (char c : m.str(1))
    if (!std::isspace(static_cast<unsigned char>(c))) tuple += c;
  for (size_t i = 1; i <= k; ++i) want += (i > 1 ? ",$" : "$") + std::to_string(i);
  return tuple == want + ")" ? static_cast<size_t>(m.position(1)) : 0;
}

// libpq's arrays for one statement's parameters.
struct Wire {
  std::vector<const char*> values;
  std::vector<int> lengths, formats;
  std::vector<Oid> types;
  void add(const Param& p, Oid type) {
    values.push_back(p.value ? p.value->data() : nullptr);
    lengths.push_back(p.value ? static_cast<int>(p.value->size()) : 0);
    formats.push_back(p.format);
    types.push_back(type);
  }
  int size() const { return static_cast<int>(values.size()); }
};

Wire wire(const std::vector<Param>& params) {
  Wire w;
  for (const auto& p : params) w.add(p, p.type);
  return w;
}

std::vector<Oid> types_of(const std::vector<Param>& params) {
  std::vector<Oid> t;
  for (const auto& p : params) t.push_back(p.type);
  return t;
}

// Unifies a row's parameter types into a batch's (NULL fits any type); false
// when a column changes type.
bool unify(std::vector<Oid>& into, const std::vector<Param>& row) {
  for (size_t i = 0; i < row.size(); ++i)
    if (row[i].type && into[i] && row[i].type != into[i]) return false;
  for (size_t i = 0; i < row.size(); ++i)
    if (row[i].type) into[i] = row[i].type;
  return true;
}

}  // namespace

std::shared_ptr<const Translated> Session::translate(const char* sqlite_sql) {
  auto it = translated_.find(sqlite_sql);
  if (it != translated_.end()) return it->second;
  auto t = std::make_shared<Translated>();
  t->sql = to_postgres(sqlite_sql);
  std::string verb = first_word(t->sql.sql);
  t->deferrable = (verb == "INSERT" || verb == "UPDATE" || verb == "DELETE") && !mentions_word(t->sql.sql, "RETURNING");
  if (verb == "INSERT") t->values_at = plain_values_tuple(t->sql.sql, t->sql.params.size());
  t->columns = static_cast<int>(t->sql.params.size());
  if (translated_.size() >= kMaxPrepared) translated_.clear();  // statements keep theirs alive
  translated_.emplace(sqlite_sql, t);
  return t;
}

void Session::enter_pipeline() {
  if (pipeline_) return;
  if (PQenterPipelineMode(conn_) != 1) fail(PQerrorMessage(conn_));
  pipeline_ = true;
}

const std::string& Session::prepared(const Translated& t, const std::vector<Oid>& types, bool pipelined) {
  std::string key = t.sql.sql;
  key += '\0';
  key.append(reinterpret_cast<const char*>(types.data()), types.size() * sizeof(Oid));
  auto it = prepared_.find(key);
  if (it != prepared_.end()) return it->second;
  if (prepared_.size() >= kMaxPrepared && !pipeline_) {
    PQclear(PQexec(conn_, "DEALLOCATE ALL"));
    prepared_.clear();
  }
  std::string name = "dyad_" + std::to_string(next_name_++);
  int n = static_cast<int>(types.size());
  if (pipelined) {
    if (PQsendPrepare(conn_, name.c_str(), t.sql.sql.c_str(), n, types.data()) != 1) fail(PQerrorMessage(conn_));
    prepared_in_pipeline_.push_back(key);
    after_send();
  } else {
    PGresult* r = PQprepare(conn_, name.c_str(), t.sql.sql.c_str(), n, types.data());
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    std::string msg = ok ? "" : PQresultErrorMessage(r);
    PQclear(r);
    if (!ok) fail(msg);
  }
  return prepared_.emplace(std::move(key), std::move(name)).first->second;
}

void Session::after_send() { ++queued_; }

void Session::queue(std::shared_ptr<const Translated> t, std::vector<Param> params) {
  if (t->values_at) {
    size_t cols = params.size();
    bool same = batch_.insert == t && batch_.rows.size() < kMaxBatchRows &&
                (batch_.rows.size() + 1) * cols <= kMaxParams;
    std::vector<Oid> merged = batch_.types;
    if (!same || !unify(merged, params)) {
      send_batch();
      batch_.insert = t;
      merged = types_of(params);
    }
    batch_.types = std::move(merged);
    batch_.rows.push_back(std::move(params));
    return;
  }
  send_batch();
  enter_pipeline();
  const std::string& name = prepared(*t, types_of(params), true);
  Wire w = wire(params);
  if (PQsendQueryPrepared(conn_, name.c_str(), w.size(), w.values.data(), w.lengths.data(), w.formats.data(), 0) != 1)
    fail(PQerrorMessage(conn_));
  after_send();
  if (queued_ >= kMaxQueued) flush();
}

void Session::send_batch() {
  if (!batch_.insert) return;
  Batch b = std::move(batch_);
  batch_ = Batch{};
  enter_pipeline();
  const Translated& t = *b.insert;
  Wire w;
  int sent;
  if (b.rows.size() == 1) {
    const std::string& name = prepared(t, b.types, true);
    for (size_t c = 0; c < b.types.size(); ++c) w.add(b.rows[0][c], b.types[c]);
    sent = PQsendQueryPrepared(conn_, name.c_str(), w.size(), w.values.data(), w.lengths.data(), w.formats.data(), 0);
  } else {
    std::string sql = t.sql.sql.substr(0, t.values_at);
    size_t cols = b.types.size(), at = 0;
    for (size_t r = 0; r < b.rows.size(); ++r) {
      sql += r ? ",(" : "(";
      for (size_t c = 0; c < cols; ++c) {
        sql += (c ? ",$" : "$") + std::to_string(++at);
        w.add(b.rows[r][c], b.types[c]);
      }
      sql += ')';
    }
    sent = PQsendQueryParams(conn_, sql.c_str(), w.size(), w.types.data(), w.values.data(), w.lengths.data(),
                             w.formats.data(), 0);
  }
  if (sent != 1) fail(PQerrorMessage(conn_));
  after_send();
  if (queued_ >= kMaxQueued) flush();
}

void Session::flush(bool discard_errors) {
  if (discard_errors) batch_ = Batch{};
  send_batch();
  if (!pipeline_) return;
  std::string err = read_pipeline(nullptr);
  if (!err.empty() && !discard_errors) fail(err);
}

std::string Session::read_pipeline(const std::function<bool(PGresult*, int)>& keep) {
  std::string err;
  if (PQpipelineSync(conn_) != 1) err = PQerrorMessage(conn_);
  int nulls = 0;
  while (err.empty() || PQstatus(conn_) != CONNECTION_BAD) {
    PGresult* r = PQgetResult(conn_);
    if (!r) {
      // Each statement's answers end with a null; more than that is a lost
      // connection.
      if (++nulls > queued_ + 1 || PQstatus(conn_) == CONNECTION_BAD) {
        if (err.empty()) err = std::string("lost the connection: ") + PQerrorMessage(conn_);
        break;
      }
      continue;
    }
    ExecStatusType s = PQresultStatus(r);
    if (s == PGRES_FATAL_ERROR && err.empty()) err = PQresultErrorMessage(r);
    // Statements are numbered from 1 in the order sent.
    if (s != PGRES_PIPELINE_SYNC && keep && keep(r, nulls + 1)) continue;
    PQclear(r);
    if (s == PGRES_PIPELINE_SYNC) break;
  }
  PQexitPipelineMode(conn_);
  pipeline_ = false;
  queued_ = 0;
  if (!err.empty())  // the prepares after the error were skipped: prepare again under new names
    for (const auto& key : prepared_in_pipeline_) prepared_.erase(key);
  prepared_in_pipeline_.clear();
  return err;
}

PGresult* Session::run(const Translated& t, const std::vector<Param>& params) {
  send_batch();
  if (pipeline_) return run_queued(t, params);
  const std::string& name = prepared(t, types_of(params), false);
  Wire w = wire(params);
  PGresult* r = PQexecPrepared(conn_, name.c_str(), w.size(), w.values.data(), w.lengths.data(), w.formats.data(), 0);
  ExecStatusType s = PQresultStatus(r);
  if (s != PGRES_TUPLES_OK && s != PGRES_COMMAND_OK) {
    std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    fail(msg);
  }
  return r;
}

// The query goes out behind the queued writes, and one sync answers them
// all: one round trip where a flush and then the query took two.
PGresult* Session::run_queued(const Translated& t, const std::vector<Param>& params) {
  const std::string& name = prepared(t, types_of(params), true);
  Wire w = wire(params);
  if (PQsendQueryPrepared(conn_, name.c_str(), w.size(), w.values.data(), w.lengths.data(), w.formats.data(), 0) != 1)
    fail(PQerrorMessage(conn_));
  after_send();
  PGresult* mine = nullptr;
  const int last = queued_;  // the query is the last statement sent
  std::string err = read_pipeline([&](PGresult* r, int statement) {
    if (statement != last || mine) return false;
    mine = r;
    return true;
  });
  ExecStatusType s = mine ? PQresultStatus(mine) : PGRES_FATAL_ERROR;
  if (err.empty() && s != PGRES_TUPLES_OK && s != PGRES_COMMAND_OK) err = mine ? PQresultErrorMessage(mine) : "no result";
  if (!err.empty()) {
    PQclear(mine);
    fail(err);
  }
  return mine;
}

void Session::exec(const std::string& sql) {
  std::string verb = first_word(sql);
  bool rollback = verb == "ROLLBACK" || verb == "ABORT";
  flush(rollback);
  PGresult* r = PQexec(conn_, sql.c_str());
  ExecStatusType s = PQresultStatus(r);
  std::string msg = PQresultErrorMessage(r);
  PQclear(r);
  if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) throw StoreError(base::trim_ascii(msg));
  if (verb == "BEGIN" || verb == "START") in_transaction_ = true;
  if (verb == "COMMIT" || verb == "END") in_transaction_ = false;
  if (rollback && !mentions_word(sql, " TO ")) in_transaction_ = false;
}

}  // namespace dyad::store::pg
