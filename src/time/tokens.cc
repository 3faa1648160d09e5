// Tokenizer of the time tagger (see tokens.h).
#include "time/tokens.h"

#include <algorithm>

namespace dyad::time {

namespace {
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
// U+2019 / U+2018 (curly apostrophes) and U+2013 / U+2014 (dashes) at i.
inline int curly_at(std::string_view s, size_t i) {
  if (i + 2 < s.size() && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80) {
    unsigned char c = s[i + 2];
    if (c == 0x98 || c == 0x99) return '\'';
    if (c == 0x93 || c == 0x94) return '-';
  }
  return 0;
}

// About the number of tokens of `s`, at least as many for nearly any text,
// so that one allocation holds them all: a token starts at each byte that is
// not a space and is not a letter or digit continuing a run of its kind (a
// curly mark's lead byte starts one too).
size_t count_bound(std::string_view s) {
  size_t k = 0;
  int prev = 0;  // 1 letter, 2 digit, 0 other
  for (unsigned char c : s) {
    int kind = is_digit(c) ? 2 : (is_alpha(c) && c != 0xE2) ? 1 : 0;
    if (!is_space(c) && (kind == 0 || kind != prev)) ++k;
    prev = kind;
  }
  return k;
}
}  // namespace

Tokens tokenize(std::string_view s) {
  Tokens result;
  size_t n = s.size();
  result.lower.reset(new char[n + 1]);
  char* low = result.lower.get();
  for (size_t q = 0; q < n; ++q) low[q] = (s[q] >= 'A' && s[q] <= 'Z') ? static_cast<char>(s[q] | 0x20) : s[q];
  static constexpr char kCurly[] = "'-";
  std::vector<Tok>& out = result.toks;
  out.reserve(count_bound(s));
  size_t i = 0;
  bool space = true;
  int sent = 0;
  int newlines = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (is_space(c)) {
      if (c == '\n') ++newlines;
      space = true;
      ++i;
      continue;
    }
    // A blank line or a line break after sentence-final punctuation ends a sentence.
    if (newlines > 0 && !out.empty()) {
      const Tok& p = out.back();
      if (newlines > 1 || (p.kind == 'p' && (p.low == "." || p.low == "!" || p.low == "?"))) ++sent;
    }
    newlines = 0;
    Tok t;
    t.start = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (int cu = curly_at(s, i)) {
      t.kind = 'p';
      t.low = std::string_view(cu == '\'' ? kCurly : kCurly + 1, 1);
      i += 3;
    } else if (is_digit(c)) {
      size_t j = i;
      int v = 0;
      while (j < n && is_digit(s[j])) {
        if (j - i < 9) v = v * 10 + (s[j] - '0');
        ++j;
      }
      t.kind = 'n';
      t.num = v;
      t.ndigits = static_cast<uint8_t>(std::min<size_t>(j - i, 255));
      // Clock "15:00"
      if (j + 2 < n + 0 && s[j] == ':' && is_digit(s[j + 1]) && j + 2 < n && is_digit(s[j + 2]) &&
          (j + 3 >= n || !is_digit(s[j + 3])) && t.ndigits <= 2) {
        t.kind = 'c';
        t.minutes = static_cast<int8_t>((s[j + 1] - '0') * 10 + (s[j + 2] - '0'));
        j += 3;
        // "3:07:35": seconds (a race time or a precise clock).
        if (j + 2 < n && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2]) && (j + 3 >= n || !is_digit(s[j + 3]))) {
          t.seconds = static_cast<int8_t>((s[j + 1] - '0') * 10 + (s[j + 2] - '0'));
          j += 3;
        }
      } else {
        // Thousands separators and decimals make it a plain quantity, never a year or day.
        while (j + 1 < n && (s[j] == ',' || s[j] == '.') && is_digit(s[j + 1])) {
          t.num = -1;
          ++j;
          while (j < n && is_digit(s[j])) ++j;
        }
        size_t k = j;
        while (k < n && is_alpha(s[k]) && (unsigned char)s[k] < 0x80) ++k;
        if (k > j && k - j <= 2) {
          t.low = std::string_view(low + j, k - j);
          j = k;
        }
      }
      i = j;
    } else if (is_alpha(c)) {
      size_t j = i;
      while (j < n && (is_alpha(s[j]) || is_digit(s[j])) && !curly_at(s, j)) ++j;
      t.kind = 'w';
      t.cap = c >= 'A' && c <= 'Z';
      t.low = std::string_view(low + i, j - i);
      i = j;
    } else {
      t.kind = 'p';
      t.low = std::string_view(low + i, 1);
      ++i;
    }
    t.end = static_cast<uint32_t>(i);
    t.sent = sent;
    out.push_back(t);
    // Sentence-final punctuation before a capitalised word is handled when that word arrives.
    const Tok& b = out.back();
    if (b.kind == 'w' && b.cap && out.size() >= 3) {
      const Tok& p = out[out.size() - 2];
      if (p.kind == 'p' && (p.low == "." || p.low == "!" || p.low == "?") && b.space_before &&
          p.sent == b.sent) {
        // A one-letter or title-case abbreviation ("Mr.", "U.S.") before the dot: keep the sentence.
        const Tok& w = out[out.size() - 3];
        bool abbrev = w.kind == 'w' && w.cap && (w.end - w.start) <= 2;
        if (!abbrev) out.back().sent = ++sent;
      }
    }
  }
  return result;
}

}  // namespace dyad::time
