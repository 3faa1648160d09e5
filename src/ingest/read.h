// Readers: turn files (text, PDF, HTML, JSON Lines) into Documents whose
// `norm` holds the decoded UTF-8 text and `norm_map` maps it to `raw`.
// Bad input never throws: it becomes a ReadError naming the file.
#pragma once

#include <string>
#include <string_view>
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
// become errors. Inside folders, README* and LICENSE* files (a corpus's own
// documentation) and dangling links are skipped (dangling links as errors);
// symbolic links to folders are not followed.
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
// PDF: doc.raw (the file bytes) is replaced by the extracted text, pages
// joined by '\f'; doc.hash is set from the file bytes first when empty.
bool read_pdf(Document& doc, std::string& err);
// HTML: doc.norm is the page's main text, one block per line, mapped to the
// page bytes in doc.raw; <title>/<meta> fill doc.hints.
bool read_html(Document& doc, std::string& err);
// Reads a JSON Lines file's bytes: one Document per line, errors per line.
void read_jsonl(const std::string& path, std::string_view bytes, std::vector<Document>& out,
                std::vector<ReadError>& errors);

// Format from the file name and the first bytes: "pdf", "html", "jsonl", "text".
std::string sniff_format(const std::string& path, std::string_view head);

}  // namespace dyad::ingest
