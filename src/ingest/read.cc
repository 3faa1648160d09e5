// Reading files: expands folders, loads each file with one read, sniffs its
// format and hands it to the text, PDF, HTML or JSON Lines reader. Every
// problem becomes a one-line ReadError; nothing throws.
#include "ingest/read.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "doc/hash.h"
#include "base/text.h"

namespace dyad::ingest {

namespace fs = std::filesystem;

namespace {

bool hidden_name(const std::string& name) { return !name.empty() && name[0] == '.'; }

// A corpus folder's own documentation, not an article.
bool corpus_doc_name(const std::string& name) {
  std::string l = base::lower_ascii(name);
  return base::starts_with(l, "readme") || base::starts_with(l, "license");
}

// Walks a folder with an explicit stack; files are collected, problems reported.
void walk_dir(const fs::path& root, std::vector<std::string>& files,
              std::vector<ReadError>& errors) {
  std::vector<fs::path> dirs{root};
  while (!dirs.empty()) {
    fs::path dir = std::move(dirs.back());
    dirs.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      errors.push_back({dir.string(), "cannot list folder: " + ec.message()});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        errors.push_back({dir.string(), "cannot list folder: " + ec.message()});
        break;
      }
      const fs::directory_entry& e = *it;
      std::string name = e.path().filename().string();
      if (hidden_name(name)) continue;
      std::error_code ec2;
      if (e.is_symlink(ec2)) {
        std::error_code ec3;
        if (!fs::exists(e.path(), ec3)) {
          errors.push_back({e.path().string(), "dangling symbolic link"});
          continue;
        }
        if (fs::is_directory(e.path(), ec3)) continue;  // no link cycles
      }
      if (e.is_directory(ec2)) {
        dirs.push_back(e.path());
      } else if (e.is_regular_file(ec2)) {
        if (!corpus_doc_name(name)) files.push_back(e.path().string());
      }
    }
  }
}

// Loads a whole file with a single read. Returns "" or the problem.
std::string load_file(const std::string& path, size_t max_bytes, std::string& bytes) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT && ::lstat(path.c_str(), &st) == 0) return "dangling symbolic link";
    return std::string("cannot open: ") + std::strerror(errno);
  }
  if (S_ISDIR(st.st_mode)) return "is a folder, not a file";
  if (!S_ISREG(st.st_mode)) return "not a regular file";
  size_t size = static_cast<size_t>(st.st_size);
  if (size > max_bytes)
    return "file too large (" + std::to_string(size) + " bytes > limit of " +
           std::to_string(max_bytes) + " bytes)";
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return std::string("cannot open: ") + std::strerror(errno);
  bytes.resize(size);
  size_t got = size ? std::fread(bytes.data(), 1, size, f.get()) : 0;
  if (got != size) {
    if (std::ferror(f.get())) return std::string("read error: ") + std::strerror(errno);
    bytes.resize(got);  // the file shrank while being read
  }
  // The file may have grown since stat: read what is left, within the limit.
  char more[4096];
  size_t n;
  while ((n = std::fread(more, 1, sizeof more, f.get())) > 0) {
    if (bytes.size() + n > max_bytes)
      return "file too large (grew past the limit of " + std::to_string(max_bytes) + " bytes)";
    bytes.append(more, n);
  }
  return "";
}

// Skips a UTF-8 BOM and leading white space.
std::string_view content_start(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' ||
                             head[i] == '\t' || head[i] == '\f'))
    ++i;
  return head.substr(i);
}

bool looks_like_jsonl(std::string_view head) {
  size_t lines = 0, pos = 0;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    bool complete = nl != std::string_view::npos;
    std::string_view line = head.substr(pos, complete ? nl - pos : std::string_view::npos);
    pos = complete ? nl + 1 : head.size();
    line = content_start(line);
    if (line.empty()) continue;
    if (line[0] != '{') return false;
    if (complete) {
      size_t e = line.find_last_not_of(" \t\r");
      if (line[e] != '}') return false;
    }
    ++lines;
  }
  return lines > 0;
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths,
                                      std::vector<ReadError>& errors) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      walk_dir(p, found, errors);
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(st)) {
      out.push_back(p);
    } else if (fs::is_symlink(fs::symlink_status(p, ec))) {
      errors.push_back({p, "dangling symbolic link"});
    } else {
      errors.push_back({p, "no such file or folder"});
    }
  }
  return out;
}

std::string sniff_format(const std::string& path, std::string_view head) {
  std::string ext = base::lower_ascii(fs::path(path).extension().string());
  head = head.substr(0, 8192);
  if (head.substr(0, 1024).find("%PDF-") != std::string_view::npos || ext == ".pdf") return "pdf";
  if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
  std::string start = base::lower_ascii(content_start(head).substr(0, 256));
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || base::starts_with(start, "<!doctype html") ||
      base::starts_with(start, "<html") || base::starts_with(start, "<head") ||
      (base::starts_with(start, "<?xml") && start.find("<html") != std::string::npos) ||
      (base::starts_with(start, "<!--") && base::lower_ascii(head.substr(0, 2048)).find("<html") != std::string::npos))
    return "html";
  if (looks_like_jsonl(head)) return "jsonl";
  return "text";
}

void read_file(const std::string& path, const ReadOptions& opt, std::vector<Document>& out,
               std::vector<ReadError>& errors) {
  try {
    std::string bytes;
    std::string problem = load_file(path, opt.max_bytes, bytes);
    if (!problem.empty()) {
      errors.push_back({path, problem});
      return;
    }
    std::string format = sniff_format(path, bytes);
    if (format == "jsonl") {
      read_jsonl(path, bytes, out, errors);
      return;
    }
    Document d;
    d.path = path;
    d.id = fs::path(path).stem().string();
    d.format = format;
    d.hash = content_hash(bytes);
    d.raw = std::move(bytes);
    std::string err;
    bool ok = format == "pdf"    ? read_pdf(d, err)
              : format == "html" ? read_html(d, err)
                                 : decode_text(d, err);
    if (!ok) {
      errors.push_back({path, err});
      return;
    }
    out.push_back(std::move(d));
  } catch (const std::bad_alloc&) {
    errors.push_back({path, "out of memory"});
  } catch (const std::exception& e) {
    errors.push_back({path, std::string("read failed: ") + e.what()});
  }
}

}  // namespace dyad::ingest
