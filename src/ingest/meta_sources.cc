// Publication lookup over the publications list.
#include "ingest/meta_sources.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "base/text.h"

namespace dyad::ingest {

namespace {

struct Table {
  std::vector<std::pair<std::string, std::string>> spellings;  // spelling -> canonical, longest first
  std::vector<std::pair<std::string, std::string>> domains;    // domain -> canonical
};

const Table& table() {
  static const Table t = [] {
    Table r;
    for (const auto& line : base::load_word_list("metadata/publications.txt")) {
      std::vector<std::string> f;
      size_t i = 0;
      while (i <= line.size()) {
        size_t b = line.find('|', i);
        if (b == std::string::npos) b = line.size();
        std::string v = base::trim_ascii(std::string_view(line).substr(i, b - i));
        if (!v.empty()) f.push_back(v);
        i = b + 1;
      }
      if (f.empty()) continue;
      r.spellings.push_back({f[0], f[0]});
      for (size_t k = 1; k < f.size(); ++k) {
        bool domain = f[k].find('.') != std::string::npos && f[k].find(' ') == std::string::npos &&
                      base::lower_ascii(f[k]) == f[k];
        if (domain)
          r.domains.push_back({f[k], f[0]});
        else
          r.spellings.push_back({f[k], f[0]});
      }
    }
    std::stable_sort(r.spellings.begin(), r.spellings.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return r;
  }();
  return t;
}

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::optional<std::string> publication_in(std::string_view text) {
  for (const auto& [sp, canon] : table().spellings) {
    size_t pos = 0;
    while ((pos = text.find(sp, pos)) != std::string_view::npos) {
      size_t end = pos + sp.size();
      bool left = pos == 0 || !word_char(text[pos - 1]);
      bool right = end >= text.size() || !word_char(text[end]);
      if (left && right) return canon;
      ++pos;
    }
  }
  return std::nullopt;
}

std::string url_host(std::string_view url) {
  size_t s = url.find("://");
  s = s == std::string_view::npos ? 0 : s + 3;
  size_t e = url.find_first_of("/?#:", s);
  if (e == std::string_view::npos) e = url.size();
  std::string h = base::lower_ascii(url.substr(s, e - s));
  if (base::starts_with(h, "www.")) h = h.substr(4);
  return h;
}

std::optional<std::string> publication_for_url(std::string_view url) {
  std::string h = url_host(url);
  if (h.empty()) return std::nullopt;
  for (const auto& [dom, canon] : table().domains)
    if (h == dom || base::ends_with(h, "." + dom)) return canon;
  return std::nullopt;
}

}  // namespace dyad::ingest
