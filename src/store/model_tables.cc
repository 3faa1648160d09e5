// Model tables kept in the store: the monthly hedging index of every actor
// (with and without roll-up), recomputed month by month for the months whose
// events changed (model_dirty, filled by the event triggers in schema.h).
#include "model/model.h"
#include "store/queries.h"
#include "store/statement.h"
#include "store/store.h"

namespace dyad::store {

size_t Store::refresh_model() {
  std::vector<std::string> months;
  {
    Statement st(handle(), "SELECT month FROM model_dirty ORDER BY month");
    while (st.step()) months.push_back(st.text(0));
  }
  if (months.empty()) {
    compact_if_grown();
    return 0;
  }
  Queries q(*this);
  Statement del(handle(), "DELETE FROM hedging_months WHERE month = ?");
  Statement ins(handle(), "INSERT INTO hedging_months (rollup, actor, month, value) VALUES (?,?,?,?) "
                         "ON CONFLICT (rollup, actor, month) DO UPDATE SET value = excluded.value");
  Statement done(handle(), "DELETE FROM model_dirty WHERE month = ?");
  // One transaction (PostgreSQL: under the writers' lock), or a savepoint
  // inside the caller's.
  bool own = backend() == Backend::PostgreSQL && !in_transaction_;
  if (own) begin();
  else exec("SAVEPOINT refresh_model");
  try {
    for (const auto& m : months) {
      del.reset();
      del.bind(1, m);
      del.step();
      if (m.size() != 7) {  // year-only dates: no month of their own
        done.reset();
        done.bind(1, m);
        done.step();
        continue;
      }
      auto rows = q.dyad_counts("", "", {m, m}, false);
      for (int rollup = 0; rollup < 2; ++rollup) {
        auto h = model::hedging(model::edges_of(rollup ? model::rollup_rows(rows) : rows));
        for (const auto& [actor, value] : h) {
          ins.reset();
          ins.bind(1, static_cast<long long>(rollup)).bind(2, actor).bind(3, m).bind_real(4, value);
          ins.step();
        }
      }
      done.reset();
      done.bind(1, m);
      done.step();
    }
    if (own) commit();
    else exec("RELEASE refresh_model");
  } catch (...) {
    if (own) {
      in_transaction_ = false;
      exec("ROLLBACK");
    } else {
      exec("ROLLBACK TO refresh_model");
      exec("RELEASE refresh_model");
    }
    throw;
  }
  compact_if_grown();  // after a large ingest or merge (store.h)
  // Planner statistics (sampled, so cheap on large stores) for the API's queries.
  if (backend() == Backend::SQLite) exec("PRAGMA analysis_limit=400");
  exec("ANALYZE");
  return months.size();
}

}  // namespace dyad::store
