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
  raw          BLOB,                      -- original bytes (NULL when over the size cap)
  text         TEXT NOT NULL,             -- clean text
  offset_map   BLOB NOT NULL,             -- clean-text offsets -> raw offsets
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
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content='documents', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
)SQL";

}  // namespace dyad::store
