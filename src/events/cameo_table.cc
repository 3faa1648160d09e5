// Loads and queries the CAMEO code table (see cameo_table.h).
#include "events/cameo_table.h"

#include <cstdlib>
#include <fstream>

#include "base/text.h"

namespace dyad::events {

namespace {
std::vector<std::string_view> split_tabs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (true) {
    size_t t = s.find('\t', i);
    out.push_back(s.substr(i, t == std::string_view::npos ? std::string_view::npos : t - i));
    if (t == std::string_view::npos) break;
    i = t + 1;
  }
  return out;
}

// `s` without spaces and carriage returns at its ends; tabs are kept (they separate fields).
std::string_view trim_keeping_tabs(std::string_view s) {
  size_t a = s.find_first_not_of(" \r");
  if (a == std::string_view::npos) return {};
  size_t b = s.find_last_not_of(" \r");
  return s.substr(a, b - a + 1);
}

bool parse_double(std::string_view s, double& out) {
  std::string tmp(s);
  if (tmp.empty()) return false;
  char* end = nullptr;
  out = std::strtod(tmp.c_str(), &end);
  return end && *end == '\0' && out >= -10.0 && out <= 10.0;
}
}  // namespace

const std::string* by_code_prefix(const std::unordered_map<std::string, std::string>& table, const std::string& code) {
  for (size_t n = code.size(); n >= 2; --n)
    if (auto it = table.find(code.substr(0, n)); it != table.end()) return &it->second;
  return nullptr;
}

bool harm_code(std::string_view code) {
  return code.size() >= 2 && ((code[0] == '1' && code[1] >= '7') || (code[0] == '2' && code[1] == '0'));
}

bool valid_cameo_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

CameoTable CameoTable::load_file(const std::string& path) {
  CameoTable t;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view s = trim_keeping_tabs(line);
    if (s.empty() || s[0] == '#') continue;
    auto f = split_tabs(s);
    double g = 0;
    if (f.size() != 4 || !valid_cameo_code(trim_keeping_tabs(f[0])) || !parse_double(trim_keeping_tabs(f[1]), g) || trim_keeping_tabs(f[2]).size() != 1 ||
        trim_keeping_tabs(f[2])[0] < '0' || trim_keeping_tabs(f[2])[0] > '4' || trim_keeping_tabs(f[3]).empty()) {
      ++t.bad_lines_;
      continue;
    }
    CameoCode c;
    c.code = std::string(trim_keeping_tabs(f[0]));
    c.goldstein = g;
    c.quad = static_cast<Quad>(trim_keeping_tabs(f[2])[0] - '0');
    c.name = std::string(trim_keeping_tabs(f[3]));
    if (t.index_.count(c.code)) {  // first definition wins
      ++t.bad_lines_;
      continue;
    }
    t.index_[c.code] = t.codes_.size();
    t.codes_.push_back(std::move(c));
  }
  return t;
}

const CameoTable& CameoTable::builtin() {
  static const CameoTable t = load_file(base::data_dir() + "/cameo/codes.tsv");
  return t;
}

const CameoCode* CameoTable::find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

const CameoCode* CameoTable::resolve(std::string_view code) const {
  if (!valid_cameo_code(code)) return nullptr;
  for (size_t n = code.size(); n >= 2; --n)
    if (const CameoCode* c = find(code.substr(0, n))) return c;
  return nullptr;
}

std::optional<double> CameoTable::goldstein(std::string_view code) const {
  const CameoCode* c = resolve(code);
  return c ? std::optional<double>(c->goldstein) : std::nullopt;
}

std::optional<Quad> CameoTable::quad(std::string_view code) const {
  const CameoCode* c = resolve(code);
  return c ? std::optional<Quad>(c->quad) : std::nullopt;
}

}  // namespace dyad::events
