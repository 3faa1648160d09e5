// The one tokenizer for dates and times (see date_tokens.h).
#include "base/date_tokens.h"

#include <algorithm>

namespace dyad::base {

namespace {
// Identical marks in a row that make one mark token.
constexpr int kMinRun = 4;
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alpha(unsigned char c, bool wide) { return is_ascii_alpha(c) || (wide && c >= 0x80); }
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_final(const DateTok& t) {
  return t.kind == DateTokKind::Mark && (t.low() == "." || t.low() == "!" || t.low() == "?");
}
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
// A run of one mark byte counts at most kMinRun - 1 (a longer run is one token).
size_t count_bound(std::string_view s, bool wide) {
  size_t k = 0;
  int prev = 0;  // 1 letter, 2 digit, 0 other
  unsigned char last = 0;
  int same = 0;  // bytes equal to `last` in a row
  for (unsigned char c : s) {
    int kind = is_digit(c) ? 2 : (is_alpha(c, wide) && c != 0xE2) ? 1 : 0;
    same = c == last ? same + 1 : 1;
    last = c;
    if (!is_space(c) && (kind == 0 || kind != prev) && (kind != 0 || same < kMinRun)) ++k;
    prev = kind;
  }
  return k;
}

// One pass over the text; each scan_* reads the token starting at i and
// returns its end.
class Scanner {
 public:
  Scanner(std::string_view s, DateTokOptions o, const char* low) : s_(s), n_(s.size()), o_(o), low_(low) {}

  // A clock "15:00" (with seconds "3:07:35") after the digits s[i, j).
  bool clock_at(size_t j, DateTok& t) const {
    const std::string_view s = s_;
    if (!(j + 2 < n_ && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
          (j + 3 >= n_ || !is_digit(s[j + 3])) && t.ndigits <= 2))
      return false;
    t.kind = DateTokKind::Clock;
    t.minutes = static_cast<int8_t>((s[j + 1] - '0') * 10 + (s[j + 2] - '0'));
    j += 3;
    // "3:07:35": seconds (a race time or a precise clock).
    if (j + 2 < n_ && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2]) && (j + 3 >= n_ || !is_digit(s[j + 3]))) {
      t.seconds = static_cast<int8_t>((s[j + 1] - '0') * 10 + (s[j + 2] - '0'));
      j += 3;
    }
    t.end = static_cast<uint32_t>(j);
    return true;
  }

  size_t scan_number(size_t i, DateTok& t) const {
    const std::string_view s = s_;
    size_t j = i;
    int v = 0;
    while (j < n_ && is_digit(s[j])) {
      if (j - i < 9) v = v * 10 + (s[j] - '0');
      ++j;
    }
    t.kind = DateTokKind::Number;
    t.num = v;
    t.ndigits = static_cast<uint8_t>(std::min<size_t>(j - i, 255));
    if (!o_.quantities) return j;
    if (clock_at(j, t)) return t.end;
    // Thousands separators and decimals make it a plain quantity, never a year or day.
    while (j + 1 < n_ && (s[j] == ',' || s[j] == '.') && is_digit(s[j + 1])) {
      t.num = -1;
      ++j;
      while (j < n_ && is_digit(s[j])) ++j;
    }
    size_t k = j;
    while (k < n_ && is_ascii_alpha(s[k])) ++k;
    if (k > j && k - j <= 2) {
      t.low_text = low_ + j;
      t.low_size = static_cast<uint8_t>(k - j);
      j = k;
    }
    return j;
  }

  size_t scan_word(size_t i, DateTok& t) const {
    const std::string_view s = s_;
    size_t j = i;
    if (o_.wide_words) {
      while (j < n_ && (is_alpha(s[j], true) || is_digit(s[j])) && !curly_at(s, j)) ++j;
    } else {
      while (j < n_ && is_ascii_alpha(s[j])) ++j;
    }
    t.kind = DateTokKind::Word;
    t.cap = s[i] >= 'A' && s[i] <= 'Z';
    t.low_text = low_ + i;  // its span's length
    return j;
  }

  // A mark at i (cu: the curly mark there, or 0), or 0 when it starts no token.
  // A run of kMinRun or more identical marks ("-----", "......", a damaged run
  // of quotation marks) is one mark: decoration, not punctuation between words.
  size_t scan_mark(size_t i, int cu, DateTok& t) const {
    static constexpr char kCurly[] = "'-";
    if (!o_.marks) return 0;
    t.kind = DateTokKind::Mark;
    size_t len = cu ? 3 : 1;
    t.low_text = cu ? (cu == '\'' ? kCurly : kCurly + 1) : low_ + i;
    t.low_size = 1;
    size_t j = i + len;
    int n = 1;
    while (j + len <= n_ && s_.compare(j, len, s_.substr(i, len)) == 0) {
      j += len;
      ++n;
    }
    return n >= kMinRun ? j : i + len;
  }

  // Sentences: a blank line, or a line break after sentence-final
  // punctuation, ends one before the token about to start.
  void break_lines(std::vector<DateTok>& out, int newlines) {
    if (newlines > 0 && !out.empty() && (newlines > 1 || is_final(out.back()))) ++sent_;
  }

  // Sentence-final punctuation before a capitalised word starts a new
  // sentence, unless a one-letter or title-case abbreviation ("Mr.", "U.S.")
  // is before the dot.
  void break_sentence(std::vector<DateTok>& out) {
    DateTok& b = out.back();
    if (b.kind != DateTokKind::Word || !b.cap || out.size() < 3) return;
    const DateTok& p = out[out.size() - 2];
    if (!is_final(p) || !b.space_before || p.sent != b.sent) return;
    const DateTok& w = out[out.size() - 3];
    bool abbrev = w.kind == DateTokKind::Word && w.cap && (w.end - w.start) <= 2;
    if (!abbrev) b.sent = ++sent_;
  }

  void run(std::vector<DateTok>& out) {
    const std::string_view s = s_;
    size_t i = 0;
    bool space = true;
    int newlines = 0;
    while (i < n_) {
      unsigned char c = s[i];
      if (is_space(c)) {
        if (c == '\n') ++newlines;
        space = true;
        ++i;
        continue;
      }
      if (o_.marks) break_lines(out, newlines);
      newlines = 0;
      DateTok t;
      t.start = static_cast<uint32_t>(i);
      t.space_before = space;
      space = false;
      // A curly mark's lead byte would read as a letter of a wide word.
      int cu = (o_.marks || o_.wide_words) ? curly_at(s, i) : 0;
      size_t j;
      if (cu) j = scan_mark(i, cu, t);
      else if (is_digit(c)) j = scan_number(i, t);
      else if (is_alpha(c, o_.wide_words)) j = scan_word(i, t);
      else j = scan_mark(i, 0, t);
      if (j == 0) {  // a mark skipped without marks
        i += cu ? 3 : 1;
        continue;
      }
      i = j;
      t.end = static_cast<uint32_t>(i);
      t.sent = sent_;
      out.push_back(t);
      if (o_.marks) break_sentence(out);
    }
  }

 private:
  std::string_view s_;
  size_t n_;
  const DateTokOptions o_;
  const char* low_;
  int sent_ = 0;
};
}  // namespace

DateTokens date_tokens(std::string_view s, const DateTokOptions& options) {
  DateTokens result;
  size_t n = s.size();
  result.lower.reset(new char[n + 1]);
  char* low = result.lower.get();
  for (size_t q = 0; q < n; ++q) low[q] = (s[q] >= 'A' && s[q] <= 'Z') ? static_cast<char>(s[q] | 0x20) : s[q];
  result.toks.reserve(count_bound(s, options.wide_words));
  Scanner(s, options, low).run(result.toks);
  return result;
}

}  // namespace dyad::base
