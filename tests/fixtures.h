// Test helpers: where the shared seeds and suites are, reading files, and
// running the whole per-document pipeline on a string.
#pragma once

#include <string>

#include "doc/document.h"

namespace dyad::testing {

// ../shared relative to the source tree (the seeds and external suites).
std::string shared_path(const std::string& rel);
bool shared_available();
std::string read_file(const std::string& path);
// A fresh temporary directory, removed by the caller if it wishes.
std::string temp_dir(const std::string& tag);
// Builds a Document from text as if read from `path` and runs every
// per-document stage (normalise .. metadata) on it.
Document process_text(const std::string& text, const std::string& path = "fixture.txt");

// Runs build/dyad with `args` (a shell command line tail): exit code, stdout
// and stderr.
struct CliRun {
  int rc;
  std::string out, err;
};
CliRun run_dyad(const std::string& args);

}  // namespace dyad::testing
