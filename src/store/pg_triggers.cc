// The PostgreSQL triggers that keep the counts (pg_schema.h) by the rules of
// schema.h's SQLite triggers, written per statement over its transition
// table: a document's mentions or events arrive as one multi-row INSERT
// (pg_session.h), so each count is updated once per statement instead of
// once per row. The results are the rows the SQLite row triggers leave: an
// actor row takes its first mention's name, a roll-up row its first event's
// roots, and Goldstein sums are added in event order (dyad_fold), so the
// floating-point sums agree to the last bit.
#include "store/pg_schema.h"

namespace dyad::store {

namespace {

constexpr const char* kCountTriggers = R"SQL(
-- start + v1 + v2 + ... in array order (NULL start: v1 + v2 + ...).
CREATE OR REPLACE FUNCTION dyad_fold(double precision, double precision[]) RETURNS double precision
  LANGUAGE sql IMMUTABLE AS 'SELECT sum(v ORDER BY o) FROM unnest(array_prepend($1, $2)) WITH ORDINALITY AS u(v, o)';
CREATE OR REPLACE FUNCTION dyad_quotes_ai() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO totals AS t (name, value) SELECT 'quotes', count(*) FROM new_rows HAVING count(*) > 0
  ON CONFLICT (name) DO UPDATE SET value = t.value + excluded.value;
  RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION dyad_quotes_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  UPDATE totals SET value = value - (SELECT count(*) FROM old_rows) WHERE name = 'quotes';
  RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION dyad_mentions_ai() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO actors AS a (code, name, kind, country, mentions)
  SELECT DISTINCT ON (code) code, name, kind, country, count(*) OVER (PARTITION BY code)
  FROM (SELECT *, row_number() OVER () AS o FROM new_rows WHERE code <> '') r ORDER BY code, o
  ON CONFLICT (code) DO UPDATE SET mentions = a.mentions + excluded.mentions;
  RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION dyad_mentions_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  UPDATE actors a SET mentions = a.mentions - x.n
  FROM (SELECT code, count(*) AS n FROM old_rows WHERE code <> '' GROUP BY code) x WHERE a.code = x.code;
  RETURN NULL; END $$;
)SQL";

// The four roll-up tables: name, key column and key expression over an event
// row's date (no key: over all time).
struct Rollup {
  const char *table, *key, *expr;
};
constexpr Rollup kRollups[] = {{"dyad_months", "month", "substr(date, 1, 7)"},
                               {"dyad_years", "year", "substr(date, 1, 4)"},
                               {"dyad_totals", nullptr, nullptr},
                               {"dyad_days", "day", "substr(date, 1, 10)"}};

// The counted events of the statement's rows grouped by the roll-up's key
// (as k) and pair, Goldstein scores in event order (negated with `sign` "-").
std::string grouped(const Rollup& r, const char* rows, const char* sign) {
  std::string key = r.key ? std::string(r.expr) + " AS k, " : "";
  return std::string("SELECT ") + key +
         "source, target, (array_agg(source_root ORDER BY id))[1] AS sr, (array_agg(target_root ORDER BY id))[1] AS tr, "
         "sum((quad = 0)::int) AS q0, sum((quad = 1)::int) AS q1, sum((quad = 2)::int) AS q2, "
         "sum((quad = 3)::int) AS q3, sum((quad = 4)::int) AS q4, count(*) AS n, array_agg(" + sign +
         "goldstein ORDER BY id) AS gs FROM " + rows + " WHERE kept = 1 AND target <> ''" +
         (r.key ? " AND date IS NOT NULL" : "") + " GROUP BY " + (r.key ? "1, 2, 3" : "1, 2");
}

// `a`'s row has the key and pair of `b`'s (b's key column is k).
std::string same_key(const Rollup& r, const std::string& a, const std::string& b) {
  std::string k = r.key ? a + "." + r.key + " = " + b + ".k AND " : "";
  return k + a + ".source = " + b + ".source AND " + a + ".target = " + b + ".target";
}

// Adds the statement's events to one roll-up table: existing rows updated,
// the others inserted (writers take turns, so nothing comes in between).
std::string add_rollup(const Rollup& r) {
  std::string key_col = r.key ? std::string(r.key) + ", " : "", key_val = r.key ? "b.k, " : "";
  return std::string("  WITH b AS (") + grouped(r, "new_rows", "") + "),\n  up AS (UPDATE " + r.table +
         " t SET q0 = t.q0 + b.q0, q1 = t.q1 + b.q1, q2 = t.q2 + b.q2, q3 = t.q3 + b.q3, q4 = t.q4 + b.q4, "
         "events = t.events + b.n, goldstein = dyad_fold(t.goldstein, b.gs) FROM b WHERE " + same_key(r, "t", "b") +
         " RETURNING t.*)\n  INSERT INTO " + r.table + " (" + key_col +
         "source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein) SELECT " + key_val +
         "b.source, b.target, b.sr, b.tr, b.q0, b.q1, b.q2, b.q3, b.q4, b.n, dyad_fold(NULL, b.gs) FROM b "
         "WHERE NOT EXISTS (SELECT 1 FROM up WHERE " + same_key(r, "up", "b") + ");\n";
}

// Takes the statement's events out of one roll-up table; rows left with no
// event go (a second statement: the first one's changes must be visible).
std::string subtract_rollup(const Rollup& r) {
  std::string key = r.key ? std::string(r.expr) + ", " : "", key_col = r.key ? std::string(r.key) + ", " : "";
  return std::string("  WITH b AS (") + grouped(r, "old_rows", "-") + ")\n  UPDATE " + r.table +
         " t SET q0 = t.q0 - b.q0, q1 = t.q1 - b.q1, q2 = t.q2 - b.q2, q3 = t.q3 - b.q3, q4 = t.q4 - b.q4, "
         "events = t.events - b.n, goldstein = dyad_fold(t.goldstein, b.gs) FROM b WHERE " + same_key(r, "t", "b") +
         ";\n  DELETE FROM " + r.table + " WHERE events <= 0 AND (" + key_col + "source, target) IN (SELECT " + key +
         "source, target FROM old_rows WHERE kept = 1 AND target <> ''" + (r.key ? " AND date IS NOT NULL" : "") +
         ");\n";
}

// The months whose events changed, for Store::refresh_model.
std::string dirty_months(const char* rows) {
  return std::string("  INSERT INTO model_dirty (month) SELECT DISTINCT substr(date, 1, 7) FROM ") + rows +
         " WHERE kept = 1 AND target <> '' AND date IS NOT NULL ON CONFLICT DO NOTHING;\n";
}

// The row trigger added an event's source to the actors first, then counted
// the event for its source and, if already an actor then, its target: a
// target counts unless it became an actor in this statement after its event.
constexpr const char* kAddActorEvents = R"SQL(
  WITH ins AS (INSERT INTO actors (code) SELECT source FROM new_rows WHERE kept = 1 ON CONFLICT DO NOTHING RETURNING code)
  SELECT coalesce(array_agg(code), '{}') INTO fresh FROM ins;
  UPDATE actors a SET events = a.events + x.n FROM (SELECT code, count(*) AS n FROM (
    SELECT source AS code FROM new_rows WHERE kept = 1
    UNION ALL SELECT e.target FROM new_rows e WHERE e.kept = 1 AND e.target <> e.source AND (e.target <> ALL (fresh)
      OR EXISTS (SELECT 1 FROM new_rows s WHERE s.kept = 1 AND s.source = e.target AND s.id < e.id))) c
    GROUP BY code) x WHERE a.code = x.code;
  INSERT INTO totals AS t (name, value) SELECT 'events', count(*) FROM new_rows WHERE kept = 1 HAVING count(*) > 0
  ON CONFLICT (name) DO UPDATE SET value = t.value + excluded.value;
)SQL";

constexpr const char* kSubtractActorEvents = R"SQL(
  UPDATE actors a SET events = a.events - x.n FROM (SELECT code, count(*) AS n FROM (
    SELECT source AS code FROM old_rows WHERE kept = 1
    UNION ALL SELECT target FROM old_rows WHERE kept = 1 AND target <> source) c GROUP BY code) x WHERE a.code = x.code;
  UPDATE totals SET value = value - (SELECT count(*) FROM old_rows WHERE kept = 1) WHERE name = 'events';
)SQL";

std::string event_triggers() {
  std::string ai = std::string("CREATE OR REPLACE FUNCTION dyad_events_ai() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                               "DECLARE fresh text[]; BEGIN\n  IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; END IF;") + kAddActorEvents + dirty_months("new_rows");
  std::string ad = std::string("CREATE OR REPLACE FUNCTION dyad_events_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n"
                   "  IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;") + kSubtractActorEvents + dirty_months("old_rows");
  for (const auto& r : kRollups) {
    ai += add_rollup(r);
    ad += subtract_rollup(r);
  }
  return ai + "  RETURN NULL; END $$;\n" + ad + "  RETURN NULL; END $$;\n";
}

}  // namespace

std::string pg_triggers() {
  std::string out = std::string(kCountTriggers) + event_triggers();
  // Row triggers of stores created before are replaced by statement triggers.
  for (const char* t : {"quotes", "mentions", "events"})
    for (const char* when : {"ai", "ad"}) {
      std::string name = std::string(t) + "_" + when;
      out += "DROP TRIGGER IF EXISTS " + name + " ON " + t + ";\nCREATE TRIGGER " + name + " AFTER " +
             (std::string(when) == "ai" ? "INSERT" : "DELETE") + " ON " + t + " REFERENCING " +
             (std::string(when) == "ai" ? "NEW TABLE AS new_rows" : "OLD TABLE AS old_rows") +
             " FOR EACH STATEMENT EXECUTE FUNCTION dyad_" + name + "();\n";
    }
  return out;
}

}  // namespace dyad::store
