// How pg_connection.cc talks to the server over one libpq connection, with
// as few round trips as possible: each statement is translated once
// (pg_dialect.h) and prepared once per parameter-type signature; inside a
// transaction a write that returns nothing is queued (libpq pipeline mode)
// instead of waiting for its answer, and consecutive rows of one plain
// `INSERT ... VALUES (...)` go out as one multi-row INSERT. A query sent
// while writes are queued joins the pipeline, and one sync answers both;
// exec and COMMIT send the queue first. A queued write's error is thrown by
// the next answer awaited (at the latest by COMMIT).
#pragma once

#include <libpq-fe.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/pg_dialect.h"

namespace dyad::store::pg {

// One bound parameter: its text (or bytes), type and wire format.
struct Param {
  std::optional<std::string> value;  // nullopt: NULL
  Oid type = 0;                      // 0: the server infers it
  int format = 0;                    // 1: binary (bytea)
};

// A statement as the server gets it.
struct Translated {
  PgSql sql;
  bool deferrable = false;  // INSERT / UPDATE / DELETE without RETURNING
  size_t values_at = 0;     // a plain INSERT: where its "(" of VALUES starts (0: none)
  int columns = 0;          // its number of values per row
};

class Session {
 public:
  explicit Session(PGconn* conn) : conn_(conn) {}
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // The statement written in SQLite's dialect, translated (cached).
  std::shared_ptr<const Translated> translate(const char* sqlite_sql);
  // True when `t` is queued rather than run (a write inside a transaction).
  bool defers(const Translated& t) const { return t.deferrable && in_transaction_; }
  // Queues a deferrable write (`params` in $-order).
  void queue(std::shared_ptr<const Translated> t, std::vector<Param> params);
  // Runs a statement now (the queue first) and returns its result (the
  // caller PQclears it); throws StoreError on an SQL error.
  PGresult* run(const Translated& t, const std::vector<Param>& params);
  // Runs SQL text without parameters (the queue first); BEGIN, COMMIT and
  // ROLLBACK open and close the transaction writes are queued in.
  void exec(const std::string& sql);
  // Sends the queue and reads its answers; throws the first error (unless
  // `discard_errors`, for a ROLLBACK). Leaves pipeline mode.
  void flush(bool discard_errors = false);

 private:
  struct Batch {  // rows of one plain INSERT waiting to go out together
    std::shared_ptr<const Translated> insert;
    std::vector<Oid> types;
    std::vector<std::vector<Param>> rows;
  };
  void send_batch();
  void enter_pipeline();
  // run() while writes are queued: the query joins the pipeline.
  PGresult* run_queued(const Translated& t, const std::vector<Param>& params);
  // Syncs the pipeline and reads every answer, handing each result to `keep`
  // with its statement's number (1 = first sent; true: the callee keeps it);
  // leaves pipeline mode and returns the first error ("" when none).
  std::string read_pipeline(const std::function<bool(PGresult*, int)>& keep);
  // The server-side name of `t` prepared for `types` (prepared on first use).
  const std::string& prepared(const Translated& t, const std::vector<Oid>& types, bool pipelined);
  void after_send();

  PGconn* conn_;
  std::unordered_map<std::string, std::shared_ptr<const Translated>> translated_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL + types -> name
  std::vector<std::string> prepared_in_pipeline_;           // keys to forget if the pipeline fails
  int next_name_ = 0;
  bool in_transaction_ = false;
  bool pipeline_ = false;
  int queued_ = 0;  // statements sent since the last sync
  Batch batch_;
};

}  // namespace dyad::store::pg
