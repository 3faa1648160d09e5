// Test helpers: where the shared seeds and suites are, reading files, and
// running the whole per-document pipeline on a string.
#pragma once

#include <optional>
#include <string>

#include "doc/document.h"

namespace dyad::testing {

// ../shared relative to the source tree (the seeds and external suites).
std::string shared_path(const std::string& rel);
bool shared_available();
// The tests folder of the source tree and the built `dyad` executable.
std::string test_dir();
std::string dyad_binary();
std::string read_file(const std::string& path);
// A fresh temporary directory, removed by the caller if it wishes.
std::string temp_dir(const std::string& tag);
// Builds a Document from text as if read from `path` and runs every
// per-document stage (normalise .. events) on it; `published` (YYYY-MM-DD,
// may be empty) is the date the text's relative dates resolve against.
Document process_text(const std::string& text, const std::string& path = "fixture.txt",
                      const std::string& published = "");
// The first event of `d` from `src` to `tgt` ("" for none) whose CAMEO code
// starts with `root`; nullptr when there is none.
const Event* find_event(const Document& d, const std::string& src, const std::string& tgt, const std::string& root);

// Hand-made layers for store, model and serve tests: an actor mention over
// the first occurrence of `phrase` in d.text (kind "government", country =
// the code's first three letters), and an event whose evidence is the first
// occurrence of `in_sentence` (Goldstein weight from the CAMEO table). A
// phrase not in the text is a test failure.
// A Document of `text` (read as `path`, default ID.txt) with its id and
// published date set and no analysis layers, for tests that add them by hand.
Document bare_document(const std::string& id, const std::string& published, const std::string& text,
                       const std::string& path = "");
void add_mention(Document& d, const std::string& phrase, const std::string& code, const std::string& name);
void add_event(Document& d, const std::string& in_sentence, const std::string& source, const std::string& target,
               const std::string& code, std::optional<std::string> date = std::nullopt);

// The store back end the store, API and export suites run on: PostgreSQL
// when DYAD_TEST_BACKEND=postgresql (ctest runs them once per back end, the
// second time against a throw-away cluster), else SQLite (pg_fixtures.cc).
bool test_on_postgres();
// A fresh empty store for a test: a new SQLite file, or a new database in the
// throw-away PostgreSQL cluster when test_on_postgres().
std::string test_store(const std::string& tag);
// A new empty database in the throw-away PostgreSQL cluster (its URL); throws
// naming what is missing when no cluster is running.
std::string postgres_database(const std::string& tag);

// Runs build/dyad with `args` (a shell command line tail): exit code, stdout
// and stderr.
struct CliRun {
  int rc;
  std::string out, err;
};
CliRun run_dyad(const std::string& args);

}  // namespace dyad::testing
