// The database schema (version kSchemaVersion in store.h). Migrations from
// older versions go in store.cc beside the version check.
#pragma once

namespace dyad::store {

inline constexpr const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS documents (
  rowid        INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  path         TEXT NOT NULL,
  format       TEXT NOT NULL,
  hash         TEXT NOT NULL UNIQUE,      -- xxh3-128 of the original bytes
  raw          BLOB,                      -- original bytes, zstd against `text` (blobs.h; NULL over the size cap)
  text         TEXT NOT NULL,             -- clean text: TEXT, or a BLOB packed by text_codec.h (read with dyad_text)
  offset_map   BLOB NOT NULL,             -- clean-text offsets -> raw offsets, varint-packed (blobs.h)
  title        TEXT,
  authors      TEXT NOT NULL DEFAULT '[]',  -- JSON array
  published    TEXT,
  source       TEXT,
  dateline     TEXT,
  url          TEXT,
  word_count   INTEGER NOT NULL DEFAULT 0,
  language     TEXT,
  duplicate_of TEXT,                      -- id of the kept copy
  merged       TEXT,                      -- JSON: metadata merged from duplicate copies
  boilerplate  TEXT NOT NULL DEFAULT '[]',  -- JSON: removed paragraphs with kind and raw span
  signature    BLOB,                      -- near-duplicate signature
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_duplicate ON documents(duplicate_of);
-- Dictionaries the packed texts are compressed with (text_codec.h), by the
-- id each frame names; the newest one packs new texts.
CREATE TABLE IF NOT EXISTS text_dicts (
  n INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE, dict BLOB NOT NULL);
-- The full-text index reads the clean text (plain or packed) through a view.
CREATE VIEW IF NOT EXISTS documents_plain AS SELECT rowid AS docid, title, dyad_text(text) AS text FROM documents;
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content='documents_plain', content_rowid='docid',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, dyad_text(new.text));
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.rowid, old.title, dyad_text(old.text));
END;
-- Packing a text changes its bytes, not its words: the index is left alone.
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, text ON documents
WHEN old.title IS NOT new.title OR dyad_text(old.text) IS NOT dyad_text(new.text) BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.rowid, old.title, dyad_text(old.text));
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, dyad_text(new.text));
END;
)SQL";

// Version 9 drops the indexes of the events', dyad_days' and quotes' root columns: a
// rolled-up actor is read through the code indexes, as the range of codes
// that start with the root (queries.cc `actor_is`).
// Version 8 keeps each mention as its span (mention_rows, by document) and a
// reference to what it names (mention_refs), behind the view `mentions`
// (store.cc moves the rows of older stores).
// Version 7 drops the index mentions_root (a root's mentions are read from
// mentions_code: codes start with their root) and packs the clean text with a dictionary trained on the store's
// documents (text_codec.h) and indexes it through the view documents_plain
// (store.cc rebuilds the full-text index of older stores).
// Version 6 keeps the originals compressed against the clean text and the
// offset maps varint-packed (blobs.h), and drops the event and quote `text`
// columns: their text is the document's bytes [start, end), read with the SQL
// function dyad_slice(text, start, end) (store.cc re-encodes older stores).
// Version 5 adds the events' subject and object mention spans (store.cc adds
// the columns to older stores).
// Version 4 adds the quotes' type, speaker mention and verb (store.cc adds the
// columns to version 2 and 3 stores).
// Version 3 adds dyad_years (store.cc migrates version 2 stores).
// Version 2: the analysis layers of each document (actor mentions, quotes,
// events, time expressions, timeline) keyed by documents.rowid, the actor
// table with mention/event counts, and dyad_days (event counts per date and
// ordered actor pair of kept documents) kept current by triggers, so the
// system model aggregates small tables. `root` columns hold rolled-up codes.
inline constexpr const char* kLayersSchema = R"SQL(
CREATE TABLE IF NOT EXISTS actors (
  code TEXT PRIMARY KEY, name TEXT, kind TEXT, country TEXT,
  mentions INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
-- A mention is a span of a document (mention_rows, clustered by document)
-- and what it names (mention_refs: code, name, kind, country and role, each
-- combination stored once); the view `mentions` joins them and its triggers
-- write through, so readers and writers see one table.
CREATE TABLE IF NOT EXISTS mention_refs (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
  country TEXT NOT NULL, role TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS mention_refs_key ON mention_refs(code, name, kind, country, role, root);
CREATE INDEX IF NOT EXISTS mention_refs_root ON mention_refs(root);
CREATE TABLE IF NOT EXISTS mention_rows (
  doc INTEGER NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, ref INTEGER NOT NULL,
  PRIMARY KEY (doc, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mention_rows_ref ON mention_rows(ref, doc);
CREATE VIEW IF NOT EXISTS mentions AS
  SELECT m.doc AS doc, m.start AS start, m.end AS end, r.code AS code, r.root AS root, r.name AS name,
         r.kind AS kind, r.country AS country, r.role AS role, m.seq AS seq
  FROM mention_rows m JOIN mention_refs r ON r.id = m.ref;
CREATE TABLE IF NOT EXISTS quotes (
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  speaker TEXT, speaker_actor TEXT, speaker_root TEXT, speaker_kind TEXT, kind TEXT, attribution TEXT,
  type TEXT, speaker_start INTEGER, speaker_end INTEGER, verb TEXT);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE INDEX IF NOT EXISTS quotes_actor ON quotes(speaker_actor);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, sentence INTEGER NOT NULL DEFAULT 0,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', source_root TEXT NOT NULL, target_root TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  date TEXT,            -- the event's own date, else its document's published date
  own_date INTEGER NOT NULL DEFAULT 0,  -- 1 when the text dates the event itself
  modality TEXT NOT NULL DEFAULT 'asserted', location TEXT,
  verb_start INTEGER, verb_end INTEGER,
  kept INTEGER NOT NULL DEFAULT 1,      -- 0 on duplicates and negated/denied acts (left out of the model)
  source_start INTEGER, source_end INTEGER,   -- the subject's mention (NULL when none)
  target_start INTEGER, target_end INTEGER);  -- the object's mention
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target, date);
CREATE INDEX IF NOT EXISTS events_target ON events(target, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_root ON events(root, doc);
CREATE TABLE IF NOT EXISTS timex (
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT, value TEXT);
CREATE INDEX IF NOT EXISTS timex_doc ON timex(doc);
CREATE TABLE IF NOT EXISTS timeline (
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, date TEXT NOT NULL,
  end_date TEXT, text TEXT NOT NULL, kind TEXT);
CREATE INDEX IF NOT EXISTS timeline_doc ON timeline(doc);
CREATE INDEX IF NOT EXISTS timeline_date ON timeline(date);
CREATE TABLE IF NOT EXISTS dyad_days (
  day TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
  source_root TEXT NOT NULL, target_root TEXT NOT NULL,
  q0 INTEGER NOT NULL DEFAULT 0, q1 INTEGER NOT NULL DEFAULT 0, q2 INTEGER NOT NULL DEFAULT 0,
  q3 INTEGER NOT NULL DEFAULT 0, q4 INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0, goldstein REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (day, source, target)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dyad_days_pair ON dyad_days(source, target, day);
CREATE INDEX IF NOT EXISTS dyad_days_target ON dyad_days(target, day);
-- The same counts per month and per year (windows of whole months or years
-- read these) and over all time (an actor's relations), and running totals
-- for /api/stats.
CREATE TABLE IF NOT EXISTS dyad_months (
  month TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
  source_root TEXT NOT NULL, target_root TEXT NOT NULL,
  q0 INTEGER NOT NULL DEFAULT 0, q1 INTEGER NOT NULL DEFAULT 0, q2 INTEGER NOT NULL DEFAULT 0,
  q3 INTEGER NOT NULL DEFAULT 0, q4 INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0, goldstein REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (month, source, target)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dyad_years (
  year TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
  source_root TEXT NOT NULL, target_root TEXT NOT NULL,
  q0 INTEGER NOT NULL DEFAULT 0, q1 INTEGER NOT NULL DEFAULT 0, q2 INTEGER NOT NULL DEFAULT 0,
  q3 INTEGER NOT NULL DEFAULT 0, q4 INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0, goldstein REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (year, source, target)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dyad_totals (
  source TEXT NOT NULL, target TEXT NOT NULL, source_root TEXT NOT NULL, target_root TEXT NOT NULL,
  q0 INTEGER NOT NULL DEFAULT 0, q1 INTEGER NOT NULL DEFAULT 0, q2 INTEGER NOT NULL DEFAULT 0,
  q3 INTEGER NOT NULL DEFAULT 0, q4 INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0, goldstein REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (source, target)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dyad_totals_target ON dyad_totals(target);
CREATE INDEX IF NOT EXISTS dyad_totals_root_source ON dyad_totals(source_root);
CREATE INDEX IF NOT EXISTS dyad_totals_root_target ON dyad_totals(target_root);
CREATE TABLE IF NOT EXISTS totals (name TEXT PRIMARY KEY, value INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_stance ON events(source, root);
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO totals(name, value) VALUES ('quotes', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
  UPDATE totals SET value = value - 1 WHERE name = 'quotes';
END;
-- The model's monthly hedging index per actor (rollup 0/1), recomputed by
-- Store::refresh_model() for the months listed in model_dirty.
CREATE TABLE IF NOT EXISTS hedging_months (
  rollup INTEGER NOT NULL, actor TEXT NOT NULL, month TEXT NOT NULL, value REAL NOT NULL,
  PRIMARY KEY (rollup, actor, month)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS model_dirty (month TEXT PRIMARY KEY) WITHOUT ROWID;
-- Writing a mention: its reference once, its span after the document's last
-- (or at the `seq` given, when a store is copied), and the actor's count.
CREATE TRIGGER IF NOT EXISTS mentions_ii INSTEAD OF INSERT ON mentions BEGIN
  INSERT OR IGNORE INTO mention_refs(code, root, name, kind, country, role)
  VALUES (new.code, new.root, coalesce(new.name, ''), coalesce(new.kind, ''), coalesce(new.country, ''),
          coalesce(new.role, ''));
  INSERT INTO mention_rows(doc, seq, start, end, ref) VALUES (new.doc,
    coalesce(new.seq, (SELECT coalesce(max(seq), 0) + 1 FROM mention_rows WHERE doc = new.doc)), new.start, new.end,
    (SELECT id FROM mention_refs WHERE code = new.code AND name = coalesce(new.name, '') AND
       kind = coalesce(new.kind, '') AND country = coalesce(new.country, '') AND role = coalesce(new.role, '') AND
       root = new.root));
  INSERT INTO actors(code, name, kind, country, mentions)
  SELECT new.code, new.name, new.kind, new.country, 1 WHERE new.code <> ''
  ON CONFLICT(code) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER IF NOT EXISTS mentions_id INSTEAD OF DELETE ON mentions BEGIN
  DELETE FROM mention_rows WHERE doc = old.doc AND seq = old.seq;
  UPDATE actors SET mentions = mentions - 1 WHERE old.code <> '' AND code = old.code;
END;
CREATE TRIGGER IF NOT EXISTS events_ai AFTER INSERT ON events WHEN new.kept = 1 BEGIN
  INSERT OR IGNORE INTO actors(code) VALUES (new.source);
  UPDATE actors SET events = events + 1 WHERE code = new.source OR (code = new.target AND new.target <> new.source);
  INSERT OR IGNORE INTO model_dirty(month) SELECT substr(new.date, 1, 7) WHERE new.target <> '' AND new.date IS NOT NULL;
  INSERT INTO totals(name, value) VALUES ('events', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1;
  INSERT INTO dyad_months(month, source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein)
  SELECT substr(new.date, 1, 7), new.source, new.target, new.source_root, new.target_root,
         new.quad = 0, new.quad = 1, new.quad = 2, new.quad = 3, new.quad = 4, 1, new.goldstein
  WHERE new.target <> '' AND new.date IS NOT NULL
  ON CONFLICT(month, source, target) DO UPDATE SET q0 = q0 + excluded.q0, q1 = q1 + excluded.q1,
    q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, events = events + 1,
    goldstein = goldstein + excluded.goldstein;
  INSERT INTO dyad_years(year, source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein)
  SELECT substr(new.date, 1, 4), new.source, new.target, new.source_root, new.target_root,
         new.quad = 0, new.quad = 1, new.quad = 2, new.quad = 3, new.quad = 4, 1, new.goldstein
  WHERE new.target <> '' AND new.date IS NOT NULL
  ON CONFLICT(year, source, target) DO UPDATE SET q0 = q0 + excluded.q0, q1 = q1 + excluded.q1,
    q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, events = events + 1,
    goldstein = goldstein + excluded.goldstein;
  INSERT INTO dyad_totals(source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein)
  SELECT new.source, new.target, new.source_root, new.target_root,
         new.quad = 0, new.quad = 1, new.quad = 2, new.quad = 3, new.quad = 4, 1, new.goldstein
  WHERE new.target <> ''
  ON CONFLICT(source, target) DO UPDATE SET q0 = q0 + excluded.q0, q1 = q1 + excluded.q1,
    q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, events = events + 1,
    goldstein = goldstein + excluded.goldstein;
  INSERT INTO dyad_days(day, source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein)
  SELECT substr(new.date, 1, 10), new.source, new.target, new.source_root, new.target_root,
         new.quad = 0, new.quad = 1, new.quad = 2, new.quad = 3, new.quad = 4, 1, new.goldstein
  WHERE new.target <> '' AND new.date IS NOT NULL
  ON CONFLICT(day, source, target) DO UPDATE SET q0 = q0 + excluded.q0, q1 = q1 + excluded.q1,
    q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, events = events + 1,
    goldstein = goldstein + excluded.goldstein;
END;
CREATE TRIGGER IF NOT EXISTS events_ad AFTER DELETE ON events WHEN old.kept = 1 BEGIN
  UPDATE actors SET events = events - 1 WHERE code = old.source OR (code = old.target AND old.target <> old.source);
  INSERT OR IGNORE INTO model_dirty(month) SELECT substr(old.date, 1, 7) WHERE old.target <> '' AND old.date IS NOT NULL;
  UPDATE totals SET value = value - 1 WHERE name = 'events';
  UPDATE dyad_months SET q0 = q0 - (old.quad = 0), q1 = q1 - (old.quad = 1), q2 = q2 - (old.quad = 2),
    q3 = q3 - (old.quad = 3), q4 = q4 - (old.quad = 4), events = events - 1, goldstein = goldstein - old.goldstein
  WHERE month = substr(old.date, 1, 7) AND source = old.source AND target = old.target;
  DELETE FROM dyad_months WHERE month = substr(old.date, 1, 7) AND source = old.source AND target = old.target
    AND events <= 0;
  UPDATE dyad_years SET q0 = q0 - (old.quad = 0), q1 = q1 - (old.quad = 1), q2 = q2 - (old.quad = 2),
    q3 = q3 - (old.quad = 3), q4 = q4 - (old.quad = 4), events = events - 1, goldstein = goldstein - old.goldstein
  WHERE year = substr(old.date, 1, 4) AND source = old.source AND target = old.target;
  DELETE FROM dyad_years WHERE year = substr(old.date, 1, 4) AND source = old.source AND target = old.target
    AND events <= 0;
  UPDATE dyad_totals SET q0 = q0 - (old.quad = 0), q1 = q1 - (old.quad = 1), q2 = q2 - (old.quad = 2),
    q3 = q3 - (old.quad = 3), q4 = q4 - (old.quad = 4), events = events - 1, goldstein = goldstein - old.goldstein
  WHERE source = old.source AND target = old.target;
  DELETE FROM dyad_totals WHERE source = old.source AND target = old.target AND events <= 0;
  UPDATE dyad_days SET q0 = q0 - (old.quad = 0), q1 = q1 - (old.quad = 1), q2 = q2 - (old.quad = 2),
    q3 = q3 - (old.quad = 3), q4 = q4 - (old.quad = 4), events = events - 1, goldstein = goldstein - old.goldstein
  WHERE day = substr(old.date, 1, 10) AND source = old.source AND target = old.target;
  DELETE FROM dyad_days WHERE day = substr(old.date, 1, 10) AND source = old.source AND target = old.target
    AND events <= 0;
END;
)SQL";

}  // namespace dyad::store
