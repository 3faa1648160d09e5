// Readers (placeholder: plain UTF-8 text files only).
#include "ingest/read.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::ingest {

namespace fs = std::filesystem;

std::vector<std::string> expand_paths(const std::vector<std::string>& paths,
                                      std::vector<ReadError>& errors) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      out.push_back(p);
    } else {
      errors.push_back({p, "no such file or directory"});
    }
  }
  return out;
}

bool decode_text(Document& doc, std::string& err) {
  if (doc.raw.empty()) {
    err = "empty file";
    return false;
  }
  doc.norm = doc.raw;
  doc.norm_map = OffsetMap::identity(doc.raw.size());
  return true;
}

bool read_pdf(Document&, std::string& err) {
  err = "PDF not supported yet";
  return false;
}

bool read_html(Document&, std::string& err) {
  err = "HTML not supported yet";
  return false;
}

std::string sniff_format(const std::string&, std::string_view) { return "text"; }

void read_file(const std::string& path, const ReadOptions&, std::vector<Document>& out,
               std::vector<ReadError>& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back({path, "cannot open"});
    return;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  Document d;
  d.path = path;
  d.id = fs::path(path).stem().string();
  d.format = "text";
  d.raw = ss.str();
  std::string err;
  if (!decode_text(d, err)) {
    errors.push_back({path, err});
    return;
  }
  out.push_back(std::move(d));
}

}  // namespace dyad::ingest
