// The PostgreSQL schema: the same tables, columns and roll-up rules as the
// SQLite schema (schema.h), with a tsvector column and GIN index for the
// full-text search and PL/pgSQL statement triggers for the counts. Text compares
// bytewise (COLLATE "C"), as in SQLite.
#pragma once

#include <string>

namespace dyad::store {

// Revisions of the PostgreSQL schema within one schema version (kept in
// table dyad_pg_revision): 1 adds the newest-first document index, turns
// the search index's pending list off and stores text and search vectors
// lz4-compressed; 2 indexes the duplicates' rowids (pg_schema.cc). A writer
// opening a store of the current version and an older revision runs
// pg_schema() again.
inline constexpr int kPgRevision = 2;

// Statements creating every table, index, function and trigger (idempotent).
std::string pg_schema();
// The functions and triggers that keep the counts (pg_triggers.cc); part of
// pg_schema().
std::string pg_triggers();

}  // namespace dyad::store
