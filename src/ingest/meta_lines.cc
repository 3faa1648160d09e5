// Line tests for boilerplate and metadata, driven by the lists in data/metadata/.
#include "ingest/meta_lines.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "base/text.h"

namespace dyad::ingest {

namespace {

struct Lists {
  std::vector<std::string> related, credit, trailer;     // folded prefixes
  std::vector<std::string> agencies;                     // as written
  std::vector<std::pair<std::string, bool>> promo;       // folded phrase, republication
};

const Lists& lists() {
  static const Lists l = [] {
    Lists r;
    for (auto& s : base::load_word_list("metadata/related_prefixes.txt")) r.related.push_back(fold(s));
    for (auto& s : base::load_word_list("metadata/credit_prefixes.txt")) r.credit.push_back(fold(s));
    for (auto& s : base::load_word_list("metadata/trailer_fields.txt")) r.trailer.push_back(fold(s));
    r.agencies = base::load_word_list("metadata/photo_agencies.txt");
    for (auto& s : base::load_word_list("metadata/promo_lines.txt")) {
      bool rep = !s.empty() && s[0] == '~';
      r.promo.push_back({fold(rep ? std::string_view(s).substr(1) : std::string_view(s)), rep});
    }
    return r;
  }();
  return l;
}

// The folded start of a line: enough for every prefix test.
std::string fold_head(std::string_view s) { return fold(s.substr(0, 96)); }

bool has_prefix(const std::string& folded, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (base::starts_with(folded, p)) return true;
  return false;
}

bool all_caps_word(std::string_view w) {
  int upper = 0;
  for (char ch : w) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isupper(c)) ++upper;
    else if (std::islower(c) || std::isdigit(c)) return false;
    else if (c < 0x80 && c != '.' && c != '-' && c != '\'') return false;
  }
  return upper >= 2 || (upper == 1 && w.size() > 2);  // non-ASCII capitals count as bytes
}

bool capitalised_word(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return std::isupper(c) || c >= 0x80;
}

}  // namespace

size_t count_words(std::string_view s, size_t stop_after) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = !(c == ' ' || c == '\n' || c == '\t' || c == '\r');
    if (w && !in && ++n > stop_after) return n;
    in = w;
  }
  return n;
}

std::string fold(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
      r += '\'';
      i += 2;
    } else {
      char c = s[i];
      r += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return r;
}

std::optional<std::string> url_in(std::string_view s) {
  size_t p = s.find("http://");
  if (p == std::string_view::npos) p = s.find("https://");
  if (p == std::string_view::npos) p = s.find("www.");
  if (p == std::string_view::npos) return std::nullopt;
  size_t e = p;
  while (e < s.size() && s[e] != ' ' && s[e] != '\t' && s[e] != '"' && s[e] != '<' && s[e] != '>') ++e;
  std::string u(s.substr(p, e - p));
  while (!u.empty() && (u.back() == '.' || u.back() == ',' || u.back() == ')')) u.pop_back();
  if (u.find('.') == std::string::npos || u.size() < 8) return std::nullopt;
  return u;
}

bool is_url_line(std::string_view s) {
  std::string f = fold_head(s);
  if (base::starts_with(f, "original url") || base::starts_with(f, "source url") || base::starts_with(f, "article url") ||
      base::starts_with(f, "url:") || base::starts_with(f, "link:"))
    return count_words(s, 6) <= 6;
  if (count_words(s, 1) != 1) return false;
  return base::starts_with(f, "http://") || base::starts_with(f, "https://") || base::starts_with(f, "www.");
}

bool is_related_line(std::string_view s) {
  return count_words(s, 30) <= 30 && has_prefix(fold_head(s), lists().related);
}

bool is_promo_line(std::string_view s, bool* republication) {
  // Promo lines are short notices; longer paragraphs are prose.
  if (count_words(s, 35) > 35) return false;
  std::string f = fold(s);
  for (const auto& [p, rep] : lists().promo) {
    if (f.find(p) != std::string::npos) {
      if (republication) *republication = rep;
      return true;
    }
  }
  return false;
}

bool is_credit_line(std::string_view s) {
  size_t n = count_words(s, 16);
  if (n == 0 || n > 16) return false;
  std::string f = fold(s);
  if (has_prefix(f, lists().credit)) return true;
  if (s.back() == '.' && !base::ends_with(s, ".ru") && !base::ends_with(s, ".com")) return false;
  bool slash = s.find('/') != std::string_view::npos || f.find(" via ") != std::string::npos ||
               base::starts_with(s, "\xC2\xA9") || f.find("photo/") != std::string::npos;
  if (!slash) return false;
  for (const auto& a : lists().agencies) {
    if (!base::ends_with(s, a)) continue;
    size_t p = s.size() - a.size();
    if (p == 0) return true;
    char c = s[p - 1];
    if (c == ' ' || c == '/' || c == '(') return true;
  }
  return false;
}

namespace {

// The words of a credit: a credit prefix ("Photo:", "Image:", "File:"), "AP
// Photo/...", or a photo agency alone or after a name and a slash.
bool credit_words(std::string_view c) {
  while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
  while (!c.empty() && c.back() == ' ') c.remove_suffix(1);
  if (c.empty()) return false;
  std::string f = fold(c);
  if (has_prefix(f, lists().credit) || base::starts_with(f, "ap photo")) return true;
  for (const auto& a : lists().agencies) {
    if (fold(a) == f) return true;
    if (c.size() > a.size() && base::ends_with(c, a) && c[c.size() - a.size() - 1] == '/') return true;
  }
  return false;
}

}  // namespace

bool is_captioned_photo(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.size() < 4 || count_words(s, 45) > 45) return false;
  const char close = s.back();
  if (close == ')' || close == ']') {
    size_t open = s.rfind(close == ')' ? '(' : '[');
    if (open == std::string_view::npos || open == 0) return false;
    return credit_words(s.substr(open + 1, s.size() - open - 2));
  }
  // "... in orbit. Credit: ESA" (a few words after the sentence).
  size_t at = s.rfind(". Credit: ");
  return at != std::string_view::npos && count_words(s.substr(at + 10), 6) <= 5;
}

bool is_trailer_field(std::string_view s) { return has_prefix(fold_head(s), lists().trailer); }

bool is_copyright_line(std::string_view s) {
  if (count_words(s, 30) > 30) return false;
  std::string f = fold_head(s);
  return base::starts_with(f, "copyright ") || base::starts_with(f, "\xC2\xA9") || base::starts_with(f, "(c) ");
}

bool is_bullet_line(std::string_view s) {
  for (std::string_view b : {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xC2\xB7", "* ", "- ", "\xE2\x80\x93 "})
    if (base::starts_with(s, b)) return true;
  return false;
}

PageTitle split_page_title(std::string_view s) {
  static const std::string_view kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- "};
  PageTitle t;
  size_t first = std::string_view::npos, last = std::string_view::npos, last_len = 0;
  for (auto sep : kSeps) {
    size_t f = s.find(sep), l = s.rfind(sep);
    if (f != std::string_view::npos && (first == std::string_view::npos || f < first)) first = f;
    if (l != std::string_view::npos && (last == std::string_view::npos || l > last)) last = l, last_len = sep.size();
  }
  if (last == std::string_view::npos) {
    t.head = std::string(base::trim_view(s));
    return t;
  }
  t.head = std::string(base::trim_view(s.substr(0, first)));
  std::string_view site = base::trim_view(s.substr(last + last_len));
  if (!site.empty()) t.site = std::string(site);
  return t;
}

bool similar_headlines(std::string_view a, std::string_view b) {
  auto content = [](std::string_view s) {
    std::vector<std::string> w;
    std::string cur;
    for (char ch : s) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (std::isalnum(c) || c >= 0x80) {
        cur += static_cast<char>(std::tolower(c));
      } else {
        if (cur.size() >= 3) w.push_back(cur);
        cur.clear();
      }
    }
    if (cur.size() >= 3) w.push_back(cur);
    return w;
  };
  std::vector<std::string> wa = content(a), wb = content(b);
  if (wa.empty() || wb.empty()) return false;
  size_t common = 0;
  for (const auto& x : wa)
    for (const auto& y : wb)
      if (x == y) {
        ++common;
        break;
      }
  size_t smaller = std::min(wa.size(), wb.size()), larger = std::max(wa.size(), wb.size());
  return common >= std::min<size_t>(2, smaller) && common * 10 >= smaller * 6 && common * 10 >= larger * 4;
}

std::optional<Dateline> find_dateline(std::string_view s) {
  static const std::string_view kSeps[] = {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ",
                                           "\xE2\x80\x94", "--"};
  size_t best = std::string_view::npos, sep_len = 0;
  for (auto sep : kSeps) {
    size_t p = s.substr(0, 100).find(sep);
    if (p != std::string_view::npos && p > 0 && p < best) best = p, sep_len = sep.size();
  }
  if (best == std::string_view::npos) return std::nullopt;
  std::string_view prefix = base::trim_view(s.substr(0, best));
  if (count_words(prefix) > 10 || prefix.empty()) return std::nullopt;
  Dateline d;
  // "(Reuters)" at the end.
  if (prefix.back() == ')') {
    size_t open = prefix.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view ag = base::trim_view(prefix.substr(open + 1, prefix.size() - open - 2));
    if (ag.empty() || count_words(ag) > 4 || !capitalised_word(ag)) return std::nullopt;
    d.agency = std::string(ag);
    prefix = base::trim_view(prefix.substr(0, open));
    while (!prefix.empty() && prefix.back() == ',') prefix = base::trim_view(prefix.substr(0, prefix.size() - 1));
  }
  // Comma-separated parts: PLACE[, Region][, Month Day[, Year]].
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i <= prefix.size()) {
    size_t c = prefix.find(',', i);
    if (c == std::string_view::npos) c = prefix.size();
    parts.push_back(base::trim_view(prefix.substr(i, c - i)));
    i = c + 1;
  }
  if (parts.empty() || parts[0].empty() || parts.size() > 4) return std::nullopt;
  for (auto w : base::split_spaces(parts[0]))
    if (!(d.agency ? capitalised_word(w) : all_caps_word(w))) return std::nullopt;
  std::string place(parts[0]);
  bool in_date = false;
  std::string date_text;
  for (size_t k = 1; k < parts.size(); ++k) {
    std::vector<std::string_view> w = base::split_spaces(parts[k]);
    if (w.empty()) return std::nullopt;
    if (in_date || month_number(w[0]) || (w[0].size() > 1 && month_number(w[0].substr(0, w[0].size() - 1)))) {
      in_date = true;
      if (!date_text.empty()) date_text += ", ";
      date_text += std::string(parts[k]);
      continue;
    }
    if (w.size() > 3) return std::nullopt;
    for (auto x : w)
      if (!capitalised_word(x)) return std::nullopt;
    place += ", ";
    place += std::string(parts[k]);
  }
  if (!date_text.empty()) {
    d.date = find_date(date_text);
    if (d.date && d.date->day == 0) d.date.reset();
  }
  d.place = place;
  size_t len = best + sep_len;
  while (len < s.size() && s[len] == ' ') ++len;
  if (len >= s.size()) return std::nullopt;
  d.length = len;
  return d;
}

}  // namespace dyad::ingest
