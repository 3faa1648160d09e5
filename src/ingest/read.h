// Readers: turn files (text, PDF, HTML, JSON Lines) into Documents whose
// `norm` holds the decoded UTF-8 text and `norm_map` maps it to `raw`.
// Bad input never throws: it becomes a ReadError naming the file.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"

namespace dyad::ingest {

struct ReadError {
  std::string path;
  std::string message;  // one line, e.g. "binary file (NUL bytes)", "truncated PDF"
};

struct ReadOptions {
  size_t max_bytes = size_t(1) << 30;  // files larger than this are refused
};

// Expands files and folders (recursively, sorted, hidden entries skipped) to
// the list of files to read. Paths that do not exist or cannot be listed
// become errors.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths,
                                      std::vector<ReadError>& errors);

// Reads one file into zero or more documents (a JSON Lines file yields one
// per line; a bad line is an error naming "file:line" and the rest go on).
void read_file(const std::string& path, const ReadOptions& opt, std::vector<Document>& out,
               std::vector<ReadError>& errors);

// Format-specific pieces, exposed for tests and benchmarks.
// Detects the encoding (UTF-8, else Windows-1252/Latin-1) and converts to
// UTF-8, filling doc.norm and doc.norm_map from doc.raw. Returns false with
// `err` set for binary or empty input.
bool decode_text(Document& doc, std::string& err);
bool read_pdf(Document& doc, std::string& err);
bool read_html(Document& doc, std::string& err);

// Format from the file name and the first bytes: "pdf", "html", "jsonl", "text".
std::string sniff_format(const std::string& path, std::string_view head);

}  // namespace dyad::ingest
