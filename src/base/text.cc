// The base layer's text helpers (see text.h).
#include "base/text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace dyad::base {

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> w;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) w.push_back(s.substr(i, j - i));
    i = j;
  }
  return w;
}

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (auto& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t decode_entity(std::string_view s, size_t i, std::string& out) {
  // Entities are short: look for the ';' within 10 bytes only (a page of
  // bare '&' must not be scanned to its end from each one).
  size_t semi = s.substr(0, std::min(s.size(), i + 11)).find(';', i);
  if (semi == std::string_view::npos || semi - i > 10 || semi - i < 3) return 0;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  out.clear();
  if (name[0] == '#') {
    uint32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    size_t k = hex ? 2 : 1;
    if (k >= name.size()) return 0;
    for (; k < name.size(); ++k) {
      char c = name[k];
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0xA0) cp = ' ';
    append_utf8(out, cp);
    return semi - i + 1;
  }
  static const struct { const char* n; uint32_t cp; } kNamed[] = {
      {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},    {"nbsp", ' '},     {"mdash", 0x2014}, {"ndash", 0x2013},
      {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
      {"hellip", 0x2026}, {"copy", 0xA9},   {"reg", 0xAE},     {"trade", 0x2122},
      {"eacute", 0xE9},  {"bull", 0x2022},  {"middot", 0xB7},  {"laquo", 0xAB},
      {"raquo", 0xBB},   {"euro", 0x20AC},  {"pound", 0xA3},   {"deg", 0xB0}};
  for (const auto& e : kNamed) {
    if (name == e.n) {
      append_utf8(out, e.cp);
      return semi - i + 1;
    }
  }
  return 0;
}

std::string upper_ascii(std::string_view s) {
  std::string o(s);
  for (char& ch : o) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return o;
}

std::string_view trim_view(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

std::string trim_ascii(std::string_view s) { return std::string(trim_view(s)); }

std::vector<std::string> bar_fields(std::string_view line) {
  std::vector<std::string> out;
  for (size_t b = 0;;) {
    size_t e = line.find('|', b);
    out.push_back(trim_ascii(line.substr(b, e == std::string_view::npos ? e : e - b)));
    if (e == std::string_view::npos) return out;
    b = e + 1;
  }
}

std::string data_dir() {
  if (const char* d = std::getenv("DYAD_DATA")) return d;
  return DYAD_DATA_DIR;
}

std::vector<std::string> load_word_list(const std::string& rel) {
  std::vector<std::string> out;
  std::ifstream in(data_dir() + "/" + rel);
  std::string line;
  while (std::getline(in, line)) {
    size_t s = line.find_first_not_of(" \t\r");
    if (s == std::string::npos || line[s] == '#') continue;
    size_t e = line.find_last_not_of(" \t\r");
    out.push_back(line.substr(s, e - s + 1));
  }
  return out;
}

std::unordered_set<std::string> load_word_set(const std::string& rel) {
  std::vector<std::string> words = load_word_list(rel);
  return {std::make_move_iterator(words.begin()), std::make_move_iterator(words.end())};
}

}  // namespace dyad::base
