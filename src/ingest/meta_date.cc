// Date finding for metadata: plain runs of letters and digits over a line and a few date
// shapes (numeric, ISO, "Month D, YYYY", "D Month YYYY", "Month YYYY").
#include "ingest/meta_date.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/date_tokens.h"
#include "base/text.h"

namespace dyad::ingest {

namespace {

// The date shapes below are sequences of plain runs: maximal runs of ASCII
// digits or of ASCII letters (base/date_tokens.h, kPlainRuns).
using Tok = base::DateTok;

// A run of digits (otherwise of letters).
bool digits(const Tok& t) { return t.kind == base::DateTokKind::Number; }

const std::unordered_map<std::string, int>& months() {
  static const std::unordered_map<std::string, int> m = [] {
    std::unordered_map<std::string, int> r;
    for (const auto& line : base::load_word_list("metadata/months.txt")) {
      size_t sp = line.find(' ');
      if (sp == std::string::npos) continue;
      int n = std::atoi(line.c_str() + sp + 1);
      if (n >= 1 && n <= 12) r[base::lower_ascii(line.substr(0, sp))] = n;
    }
    return r;
  }();
  return m;
}

const std::unordered_set<std::string>& date_words() {
  static const std::unordered_set<std::string> w = [] {
    std::unordered_set<std::string> r;
    for (const auto& line : base::load_word_list("metadata/date_words.txt")) r.insert(base::lower_ascii(line));
    return r;
  }();
  return w;
}

int to_int(std::string_view s, const Tok& t) {
  int v = 0;
  for (size_t i = t.start; i < t.end && i < t.start + 6; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

bool valid(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 0 && d <= kDays[m - 1];
}

// The separator text between two tokens.
std::string_view gap(std::string_view s, const Tok& a, const Tok& b) {
  return s.substr(a.end, b.start - a.end);
}

bool is_space_gap(std::string_view g, bool allow_comma, bool allow_dot) {
  if (g.empty()) return false;
  bool comma = false, dot = false;
  for (char c : g) {
    if (c == ' ') continue;
    if (c == ',' && allow_comma && !comma) { comma = true; continue; }
    if (c == '.' && allow_dot && !dot) { dot = true; continue; }
    return false;
  }
  return g.back() == ' ' || g == "," ;
}

bool is_ordinal(std::string_view w) {
  std::string l = base::lower_ascii(w);
  return l == "st" || l == "nd" || l == "rd" || l == "th";
}

std::optional<DateHit> match_at(std::string_view s, const std::vector<Tok>& t, size_t i,
                                bool allow_month_year) {
  auto word = [&](size_t k) { return s.substr(t[k].start, t[k].end - t[k].start); };
  auto len = [&](size_t k) { return t[k].end - t[k].start; };
  size_t n = t.size();
  // Numeric: YYYY-MM-DD or YYYY/MM/DD.
  if (digits(t[i]) && len(i) == 4 && i + 2 < n && digits(t[i + 1]) && digits(t[i + 2]) && len(i + 1) <= 2 &&
      len(i + 2) <= 2) {
    std::string_view g1 = gap(s, t[i], t[i + 1]), g2 = gap(s, t[i + 1], t[i + 2]);
    if (g1.size() == 1 && g1 == g2 && (g1 == "-" || g1 == "/" || g1 == ".")) {
      int y = to_int(s, t[i]), m = to_int(s, t[i + 1]), d = to_int(s, t[i + 2]);
      if (valid(y, m, d) && d > 0) return DateHit{y, m, d, t[i].start, t[i + 2].end};
    }
  }
  // Numeric: M/D/YYYY (US), D.M.YYYY (European), D/M/YYYY when D > 12.
  if (digits(t[i]) && len(i) <= 2 && i + 2 < n && digits(t[i + 1]) && digits(t[i + 2]) && len(i + 1) <= 2 &&
      len(i + 2) == 4) {
    std::string_view g1 = gap(s, t[i], t[i + 1]), g2 = gap(s, t[i + 1], t[i + 2]);
    if (g1.size() == 1 && g1 == g2 && (g1 == "/" || g1 == "." || g1 == "-")) {
      int a = to_int(s, t[i]), b = to_int(s, t[i + 1]), y = to_int(s, t[i + 2]);
      int m = a, d = b;
      if (g1 == "." || a > 12) m = b, d = a;
      if (valid(y, m, d) && d > 0) return DateHit{y, m, d, t[i].start, t[i + 2].end};
    }
  }
  // Numeric with a two-digit year: M/D/YY ("11/19/19" -> 2019-11-19).
  if (digits(t[i]) && len(i) <= 2 && i + 2 < n && digits(t[i + 1]) && digits(t[i + 2]) && len(i + 1) <= 2 &&
      len(i + 2) == 2 && gap(s, t[i], t[i + 1]) == "/" && gap(s, t[i + 1], t[i + 2]) == "/" &&
      (t[i + 2].end >= s.size() || !std::isdigit(static_cast<unsigned char>(s[t[i + 2].end])))) {
    int a = to_int(s, t[i]), b = to_int(s, t[i + 1]), yy = to_int(s, t[i + 2]);
    int y = yy <= 50 ? 2000 + yy : 1900 + yy;
    int m = a, d = b;
    if (a > 12) m = b, d = a;
    if (valid(y, m, d) && d > 0) return DateHit{y, m, d, t[i].start, t[i + 2].end};
  }
  // Month D[th], YYYY / Month. D YYYY / Month YYYY.
  if (!digits(t[i])) {
    int m = month_number(word(i));
    if (m && i + 1 < n && digits(t[i + 1])) {
      std::string_view g = gap(s, t[i], t[i + 1]);
      bool ok_gap = g == " " || g == ". " || g == "  ";
      if (ok_gap && len(i + 1) <= 2) {
        size_t k = i + 2;
        if (k < n && !digits(t[k]) && is_ordinal(word(k)) && t[k].start == t[i + 1].end) ++k;
        if (k < n && digits(t[k]) && len(k) == 4 && is_space_gap(gap(s, t[k - 1], t[k]), true, false)) {
          int d = to_int(s, t[i + 1]), y = to_int(s, t[k]);
          if (valid(y, m, d) && d > 0) return DateHit{y, m, d, t[i].start, t[k].end};
        }
      } else if (ok_gap && len(i + 1) == 4 && allow_month_year) {
        int y = to_int(s, t[i + 1]);
        if (valid(y, m, 0)) return DateHit{y, m, 0, t[i].start, t[i + 1].end};
      }
    }
  }
  // D[th] Month[.][,] YYYY.
  if (digits(t[i]) && len(i) <= 2 && i + 2 < n) {
    size_t k = i + 1;
    if (!digits(t[k]) && is_ordinal(word(k)) && t[k].start == t[i].end) ++k;
    if (k + 1 < n && !digits(t[k]) && is_space_gap(gap(s, t[k - 1], t[k]), false, false)) {
      int m = month_number(word(k));
      if (m && digits(t[k + 1]) && len(k + 1) == 4 && is_space_gap(gap(s, t[k], t[k + 1]), true, true)) {
        int d = to_int(s, t[i]), y = to_int(s, t[k + 1]);
        if (valid(y, m, d) && d > 0) return DateHit{y, m, d, t[i].start, t[k + 1].end};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

int month_number(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return 0;
  auto it = months().find(base::lower_ascii(word));
  return it == months().end() ? 0 : it->second;
}

std::optional<DateHit> find_date(std::string_view s) {
  base::DateTokens runs = base::date_tokens(s, base::kPlainRuns);
  const std::vector<Tok>& t = runs.toks;
  for (size_t i = 0; i < t.size(); ++i)
    if (auto d = match_at(s, t, i, false)) return d;
  for (size_t i = 0; i < t.size(); ++i)
    if (auto d = match_at(s, t, i, true)) return d;
  return std::nullopt;
}

std::string iso_date(const DateHit& d) {
  auto two = [](int v) { return std::string(1, char('0' + (v / 10) % 10)) + char('0' + v % 10); };
  std::string r = std::to_string(d.year) + "-" + two(d.month);
  if (d.day > 0) r += "-" + two(d.day);
  return r;
}

bool is_date_line(std::string_view s) {
  if (s.size() > 120) return false;
  auto d = find_date(s);
  if (!d) return false;
  std::string rest = std::string(s.substr(0, d->start)) + " " + std::string(s.substr(d->end));
  base::DateTokens runs = base::date_tokens(rest, base::kPlainRuns);
  const std::vector<Tok>& t = runs.toks;
  for (size_t i = 0; i < t.size(); ++i) {
    std::string_view w = std::string_view(rest).substr(t[i].start, t[i].end - t[i].start);
    if (digits(t[i])) {
      if (w.size() > 2) return false;  // a time "12.01", "6:30" has short numbers
      continue;
    }
    if (!date_words().count(base::lower_ascii(w))) return false;
  }
  // Reject other prose punctuation: allow only separators typical of date lines.
  for (char c : rest) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == ',' || c == ':' ||
        c == '.' || c == '|' || c == '-' || c == '/' || c == '(' || c == ')' || c == '\t')
      continue;
    if (static_cast<unsigned char>(c) >= 0x80) continue;  // dashes, bullets, nbsp
    return false;
  }
  return true;
}

std::optional<std::string> date_from_url(std::string_view url) {
  base::DateTokens runs = base::date_tokens(url, base::kPlainRuns);
  const std::vector<Tok>& t = runs.toks;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!digits(t[i]) || t[i].end - t[i].start != 4) continue;
    if (t[i].start == 0 || (url[t[i].start - 1] != '/' && url[t[i].start - 1] != '-')) continue;
    if (t[i].end >= url.size()) continue;
    char sep = url[t[i].end];  // "/2021/03/16/" or "/2021-03-16-"
    if (sep != '/' && sep != '-') continue;
    int y = to_int(url, t[i]);
    // "/2022/mar/14/" (month as a word).
    if (!digits(t[i + 1]) && i + 2 < t.size() && digits(t[i + 2]) && t[i + 2].end - t[i + 2].start == 2 &&
        gap(url, t[i], t[i + 1]).size() == 1 && gap(url, t[i + 1], t[i + 2]) == std::string_view(&sep, 1)) {
      int m = month_number(url.substr(t[i + 1].start, t[i + 1].end - t[i + 1].start));
      int d = to_int(url, t[i + 2]);
      if (m && valid(y, m, d) && d > 0) return iso_date({y, m, d, 0, 0});
    }
    if (!digits(t[i + 1]) || t[i + 1].end - t[i + 1].start != 2 || gap(url, t[i], t[i + 1]).size() != 1)
      continue;
    int m = to_int(url, t[i + 1]);
    if (i + 2 < t.size() && digits(t[i + 2]) && t[i + 2].end - t[i + 2].start == 2 &&
        gap(url, t[i + 1], t[i + 2]).size() == 1 && url[t[i + 1].end] == sep) {
      int d = to_int(url, t[i + 2]);
      if (valid(y, m, d) && d > 0) return iso_date({y, m, d, 0, 0});
    }
    if (sep == '/' && valid(y, m, 0) && t[i + 1].end < url.size() && url[t[i + 1].end] == '/')
      return iso_date({y, m, 0, 0, 0});
  }
  return std::nullopt;
}

}  // namespace dyad::ingest
