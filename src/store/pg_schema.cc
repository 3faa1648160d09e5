// Builds the PostgreSQL schema text of pg_schema.h: tables and indexes here,
// the triggers that keep the counts in pg_triggers.cc.
#include "store/pg_schema.h"

#include <regex>

namespace dyad::store {

namespace {

constexpr const char* kTables = R"SQL(
CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dyad_pg_revision (revision INTEGER NOT NULL);
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
-- Revision 1: pages of documents newest first read this index in order.
CREATE INDEX IF NOT EXISTS documents_newest ON documents(published DESC NULLS LAST, rowid DESC);
-- Revision 2: the duplicates' rowids, which readers leave out, from a small
-- index instead of the wide document rows.
CREATE INDEX IF NOT EXISTS documents_dups ON documents(rowid) WHERE duplicate_of IS NOT NULL;
CREATE INDEX IF NOT EXISTS documents_duplicate ON documents(duplicate_of);
-- Revision 1: the search index takes each document's words as it is
-- stored (fastupdate off: the pending list left the index ten times its
-- size after an ingest), and text and search vectors are lz4-compressed
-- where the server has lz4 (a little smaller than pglz, faster to read).
CREATE INDEX IF NOT EXISTS documents_fts ON documents USING gin(fts) WITH (fastupdate = off);
ALTER INDEX documents_fts SET (fastupdate = off);
DO $$ BEGIN
  ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN fts SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN NULL; END $$;
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
)SQL";

// The four roll-up tables and their key columns.
struct Rollup {
  const char *table, *key;
};
constexpr Rollup kRollups[] = {{"dyad_months", "month"}, {"dyad_years", "year"}, {"dyad_totals", nullptr}, {"dyad_days", "day"}};


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

}  // namespace

std::string pg_schema() {
  std::string all = kTables + rollup_tables();
  // Bytewise text comparison and order, as SQLite's BINARY collation.
  return std::regex_replace(all, std::regex(" TEXT([ ,)\n])"), " TEXT COLLATE \"C\"$1") + pg_triggers();
}

}  // namespace dyad::store
