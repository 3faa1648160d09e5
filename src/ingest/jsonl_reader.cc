// JSON Lines reader: one article per line, {"text": ..., "id"?, "title"?,
// "url"?, "published"?, "source"?}. A bad line becomes an error naming
// "file:line" and the other lines are read.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include "doc/hash.h"
#include "ingest/decode.h"
#include "ingest/read.h"

namespace dyad::ingest {

namespace {

using nlohmann::json;

std::optional<std::string> string_field(const json& j, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = j.find(k);
    if (it == j.end()) continue;
    if (it->is_string()) {
      std::string s = it->get<std::string>();
      if (!s.empty()) return s;
    } else if (it->is_number_integer() || it->is_number_unsigned()) {
      return it->dump();
    }
  }
  return std::nullopt;
}

// Parses one line into `d`; returns "" or the problem.
std::string read_line(std::string_view line, Document& d) {
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return "invalid JSON";
  if (!j.is_object()) return "not a JSON object";
  bool html = false;
  auto text = j.find("text");
  if (text == j.end()) text = j.find("body");
  if (text == j.end()) text = j.find("content");
  if (text == j.end()) {
    text = j.find("html");
    html = true;
  }
  if (text == j.end()) return "no \"text\" field";
  if (!text->is_string()) return "\"text\" is not a string";
  d.raw = text->get<std::string>();
  d.hash = content_hash(d.raw);
  std::string err;
  bool ok = html ? read_html(d, err) : decode_text(d, err);
  if (!ok) return err == "empty file" ? "empty text" : err;
  d.hints.id = string_field(j, {"id"});
  d.hints.title = string_field(j, {"title", "headline"});
  d.hints.url = string_field(j, {"url"});
  d.hints.published = string_field(j, {"published", "date", "published_date"});
  d.hints.source = string_field(j, {"source", "publisher"});
  return "";
}

}  // namespace

void read_jsonl(const std::string& path, std::string_view bytes, std::vector<Document>& out,
                std::vector<ReadError>& errors) {
  std::string stem = std::filesystem::path(path).stem().string();
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  size_t pos = 0, line_no = 0, read = 0, bad = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (is_blank(line)) continue;
    std::string where = path + ":" + std::to_string(line_no);
    Document d;
    d.path = where;
    d.format = "jsonl";
    std::string problem;
    try {
      problem = read_line(line, d);
    } catch (const std::exception& e) {
      problem = std::string("bad record: ") + e.what();
    }
    if (!problem.empty()) {
      errors.push_back({where, problem});
      ++bad;
      continue;
    }
    d.id = d.hints.id ? *d.hints.id : stem + ":" + std::to_string(line_no);
    out.push_back(std::move(d));
    ++read;
  }
  if (read == 0 && bad == 0) errors.push_back({path, "empty file"});
}

}  // namespace dyad::ingest
