// Builds the PostgreSQL schema text of pg_schema.h. The event triggers keep
// dyad_days/months/years/totals by the rules of schema.h's SQLite triggers.
#include "store/pg_schema.h"

#include <regex>

namespace dyad::store {

namespace {

constexpr const char* kTables = R"SQL(
CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  rowid BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL, format TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE, raw BYTEA, text TEXT NOT NULL, offset_map BYTEA NOT NULL, title TEXT,
  authors TEXT NOT NULL DEFAULT '[]', published TEXT, source TEXT, dateline TEXT, url TEXT,
  word_count INTEGER NOT NULL DEFAULT 0, language TEXT, duplicate_of TEXT, merged TEXT,
  boilerplate TEXT NOT NULL DEFAULT '[]', signature BYTEA,
  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || left(text, 1000000))) STORED);
-- raw is compressed already (blobs.h): TOAST stores it as it is.
ALTER TABLE documents ALTER COLUMN raw SET STORAGE EXTERNAL;
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_duplicate ON documents(duplicate_of);
CREATE INDEX IF NOT EXISTS documents_fts ON documents USING gin(fts);
CREATE TABLE IF NOT EXISTS actors (
  code TEXT PRIMARY KEY, name TEXT, kind TEXT, country TEXT,
  mentions BIGINT NOT NULL DEFAULT 0, events BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS mentions (
  doc BIGINT NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL, code TEXT NOT NULL,
  root TEXT NOT NULL, name TEXT, kind TEXT, country TEXT, role TEXT);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
CREATE INDEX IF NOT EXISTS mentions_code ON mentions(code, doc);
CREATE INDEX IF NOT EXISTS mentions_root ON mentions(root, doc);
CREATE TABLE IF NOT EXISTS quotes (
  rowid BIGSERIAL PRIMARY KEY, doc BIGINT NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL,
  speaker TEXT, speaker_actor TEXT, speaker_root TEXT, speaker_kind TEXT, kind TEXT, attribution TEXT,
  type TEXT, speaker_start BIGINT, speaker_end BIGINT, verb TEXT);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE INDEX IF NOT EXISTS quotes_actor ON quotes(speaker_actor);
CREATE INDEX IF NOT EXISTS quotes_root ON quotes(speaker_root);
CREATE TABLE IF NOT EXISTS events (
  id BIGSERIAL PRIMARY KEY, doc BIGINT NOT NULL, sentence BIGINT NOT NULL DEFAULT 0,
  start BIGINT NOT NULL, "end" BIGINT NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', source_root TEXT NOT NULL, target_root TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad BIGINT NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
  date TEXT, own_date BIGINT NOT NULL DEFAULT 0, modality TEXT NOT NULL DEFAULT 'asserted', location TEXT,
  verb_start BIGINT, verb_end BIGINT, kept BIGINT NOT NULL DEFAULT 1);
-- v4 -> v5: the subject's and the object's mention spans (NULL when none).
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_start BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_end BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS target_start BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS target_end BIGINT;
-- v5 -> v6: an event's and a quote's text is the document's bytes [start, end).
ALTER TABLE events DROP COLUMN IF EXISTS text;
ALTER TABLE quotes DROP COLUMN IF EXISTS text;
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target, date);
CREATE INDEX IF NOT EXISTS events_target ON events(target, date);
CREATE INDEX IF NOT EXISTS events_root_dyad ON events(source_root, target_root, date);
CREATE INDEX IF NOT EXISTS events_root_target ON events(target_root, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_root ON events(root, doc);
CREATE INDEX IF NOT EXISTS events_stance ON events(source, root);
CREATE INDEX IF NOT EXISTS events_root_stance ON events(source_root, root);
CREATE TABLE IF NOT EXISTS timex (
  doc BIGINT NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL, type TEXT, value TEXT);
CREATE INDEX IF NOT EXISTS timex_doc ON timex(doc);
CREATE TABLE IF NOT EXISTS timeline (
  doc BIGINT NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL, date TEXT NOT NULL,
  end_date TEXT, text TEXT NOT NULL, kind TEXT);
CREATE INDEX IF NOT EXISTS timeline_doc ON timeline(doc);
CREATE INDEX IF NOT EXISTS timeline_date ON timeline(date);
CREATE TABLE IF NOT EXISTS totals (name TEXT PRIMARY KEY, value BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS hedging_months (
  rollup BIGINT NOT NULL, actor TEXT NOT NULL, month TEXT NOT NULL, value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (rollup, actor, month));
CREATE TABLE IF NOT EXISTS model_dirty (month TEXT PRIMARY KEY);
-- SQLite's sum() of comparisons, total() and json_each() of an array.
CREATE OR REPLACE FUNCTION dyad_bool_add(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS 'SELECT coalesce($1, 0) + $2::int';
CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = dyad_bool_add, STYPE = bigint);
CREATE OR REPLACE AGGREGATE total(double precision) (SFUNC = float8pl, STYPE = double precision, INITCOND = '0');
-- The document's bytes [s, e) (empty when out of range), as SQLite's dyad_slice.
CREATE OR REPLACE FUNCTION dyad_slice(t text, s bigint, e bigint) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN s < 0 OR s > e OR e > octet_length(t) THEN ''
    ELSE convert_from(substring(convert_to(t, 'UTF8') FROM (s + 1)::int FOR (e - s)::int), 'UTF8') END $$;
CREATE OR REPLACE FUNCTION dyad_json_each(text) RETURNS TABLE(value text) LANGUAGE sql IMMUTABLE
  AS 'SELECT json_array_elements_text($1::json)';
CREATE OR REPLACE FUNCTION dyad_quotes_ai() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO totals AS t (name, value) VALUES ('quotes', 1) ON CONFLICT (name) DO UPDATE SET value = t.value + 1;
  RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION dyad_quotes_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  UPDATE totals SET value = value - 1 WHERE name = 'quotes';
  RETURN NULL; END $$;
CREATE OR REPLACE TRIGGER quotes_ai AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION dyad_quotes_ai();
CREATE OR REPLACE TRIGGER quotes_ad AFTER DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION dyad_quotes_ad();
CREATE OR REPLACE FUNCTION dyad_mentions_ai() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO actors AS a (code, name, kind, country, mentions) VALUES (NEW.code, NEW.name, NEW.kind, NEW.country, 1)
  ON CONFLICT (code) DO UPDATE SET mentions = a.mentions + 1;
  RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION dyad_mentions_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  UPDATE actors SET mentions = mentions - 1 WHERE code = OLD.code;
  RETURN NULL; END $$;
CREATE OR REPLACE TRIGGER mentions_ai AFTER INSERT ON mentions FOR EACH ROW WHEN (NEW.code <> '')
  EXECUTE FUNCTION dyad_mentions_ai();
CREATE OR REPLACE TRIGGER mentions_ad AFTER DELETE ON mentions FOR EACH ROW WHEN (OLD.code <> '')
  EXECUTE FUNCTION dyad_mentions_ad();
)SQL";

// The four roll-up tables: name, key column, key expression over `R.date`
// (R: NEW or OLD), whether the row needs a date.
struct Rollup {
  const char *table, *key, *expr;
  bool dated;
};
constexpr Rollup kRollups[] = {{"dyad_months", "month", "substr(R.date, 1, 7)", true},
                               {"dyad_years", "year", "substr(R.date, 1, 4)", true},
                               {"dyad_totals", nullptr, nullptr, false},
                               {"dyad_days", "day", "substr(R.date, 1, 10)", true}};

std::string rows(const char* r, const std::string& text) { return std::regex_replace(text, std::regex("R\\."), r); }

std::string rollup_tables() {
  std::string out;
  const char* counts =
      "source TEXT NOT NULL, target TEXT NOT NULL, source_root TEXT NOT NULL, target_root TEXT NOT NULL, "
      "q0 BIGINT NOT NULL DEFAULT 0, q1 BIGINT NOT NULL DEFAULT 0, q2 BIGINT NOT NULL DEFAULT 0, "
      "q3 BIGINT NOT NULL DEFAULT 0, q4 BIGINT NOT NULL DEFAULT 0, events BIGINT NOT NULL DEFAULT 0, "
      "goldstein DOUBLE PRECISION NOT NULL DEFAULT 0";
  for (const auto& r : kRollups) {
    std::string key = r.key ? std::string(r.key) + ", " : "";
    out += std::string("CREATE TABLE IF NOT EXISTS ") + r.table + " (" + (r.key ? key.substr(0, key.size() - 2) + " TEXT NOT NULL, " : "") +
           counts + ", PRIMARY KEY (" + key + "source, target));\n";
  }
  out += "CREATE INDEX IF NOT EXISTS dyad_days_pair ON dyad_days(source, target, day);\n"
         "CREATE INDEX IF NOT EXISTS dyad_days_target ON dyad_days(target, day);\n"
         "CREATE INDEX IF NOT EXISTS dyad_days_root_pair ON dyad_days(source_root, target_root, day);\n"
         "CREATE INDEX IF NOT EXISTS dyad_days_root_target ON dyad_days(target_root, day);\n"
         "CREATE INDEX IF NOT EXISTS dyad_totals_target ON dyad_totals(target);\n"
         "CREATE INDEX IF NOT EXISTS dyad_totals_root_source ON dyad_totals(source_root);\n"
         "CREATE INDEX IF NOT EXISTS dyad_totals_root_target ON dyad_totals(target_root);\n";
  return out;
}

std::string event_triggers() {
  std::string add, sub;
  const char* quads = "(R.quad = 0)::int, (R.quad = 1)::int, (R.quad = 2)::int, (R.quad = 3)::int, (R.quad = 4)::int";
  for (const auto& r : kRollups) {
    std::string key = r.key ? std::string(r.key) + ", " : "", expr = r.expr ? std::string(r.expr) + ", " : "";
    std::string cond = r.dated ? "R.target <> '' AND R.date IS NOT NULL" : "R.target <> ''";
    add += "  IF " + cond + " THEN INSERT INTO " + r.table + " AS t (" + key +
           "source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein) VALUES (" + expr +
           "R.source, R.target, R.source_root, R.target_root, " + quads + ", 1, R.goldstein) ON CONFLICT (" + key +
           "source, target) DO UPDATE SET q0 = t.q0 + excluded.q0, q1 = t.q1 + excluded.q1, q2 = t.q2 + excluded.q2, "
           "q3 = t.q3 + excluded.q3, q4 = t.q4 + excluded.q4, events = t.events + 1, "
           "goldstein = t.goldstein + excluded.goldstein; END IF;\n";
    std::string where = std::string(" WHERE ") + (r.key ? std::string(r.key) + " = " + r.expr + " AND " : "") +
                        "source = R.source AND target = R.target";
    sub += std::string("  UPDATE ") + r.table +
           " SET q0 = q0 - (R.quad = 0)::int, q1 = q1 - (R.quad = 1)::int, q2 = q2 - (R.quad = 2)::int, "
           "q3 = q3 - (R.quad = 3)::int, q4 = q4 - (R.quad = 4)::int, events = events - 1, goldstein = goldstein - R.goldstein" +
           where + ";\n  DELETE FROM " + r.table + where + " AND events <= 0;\n";
  }
  std::string ai =
      "CREATE OR REPLACE FUNCTION dyad_events_ai() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n"
      "  INSERT INTO actors (code) VALUES (R.source) ON CONFLICT DO NOTHING;\n"
      "  UPDATE actors SET events = events + 1 WHERE code = R.source OR (code = R.target AND R.target <> R.source);\n"
      "  IF R.target <> '' AND R.date IS NOT NULL THEN\n"
      "    INSERT INTO model_dirty (month) VALUES (substr(R.date, 1, 7)) ON CONFLICT DO NOTHING; END IF;\n"
      "  INSERT INTO totals AS t (name, value) VALUES ('events', 1) ON CONFLICT (name) DO UPDATE SET value = t.value + 1;\n" +
      add + "  RETURN NULL; END $$;\n";
  std::string ad =
      "CREATE OR REPLACE FUNCTION dyad_events_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n"
      "  UPDATE actors SET events = events - 1 WHERE code = R.source OR (code = R.target AND R.target <> R.source);\n"
      "  IF R.target <> '' AND R.date IS NOT NULL THEN\n"
      "    INSERT INTO model_dirty (month) VALUES (substr(R.date, 1, 7)) ON CONFLICT DO NOTHING; END IF;\n"
      "  UPDATE totals SET value = value - 1 WHERE name = 'events';\n" +
      sub + "  RETURN NULL; END $$;\n";
  return rows("NEW.", ai) + rows("OLD.", ad) +
         "CREATE OR REPLACE TRIGGER events_ai AFTER INSERT ON events FOR EACH ROW WHEN (NEW.kept = 1) "
         "EXECUTE FUNCTION dyad_events_ai();\n"
         "CREATE OR REPLACE TRIGGER events_ad AFTER DELETE ON events FOR EACH ROW WHEN (OLD.kept = 1) "
         "EXECUTE FUNCTION dyad_events_ad();\n";
}

}  // namespace

std::string pg_schema() {
  std::string all = kTables + rollup_tables() + event_triggers();
  // Bytewise text comparison and order, as SQLite's BINARY collation.
  return std::regex_replace(all, std::regex(" TEXT([ ,)\n])"), " TEXT COLLATE \"C\"$1");
}

}  // namespace dyad::store
