// PTB tokeniser: splits whitespace-separated chunks into tokens, peeling
// opening and closing punctuation, splitting clitics and inner dashes.
#include "lang/tokenize.h"

#include <cctype>

namespace dyad::lang {

namespace {

uint32_t decode(std::string_view s, size_t i, int& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { len = 1; return c; }
  int n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
  if (n == 1 || i + n > s.size()) { len = 1; return c; }
  uint32_t cp = c & (0x3F >> (n - 1));
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) { len = 1; return c; }
    cp = (cp << 6) | (d & 0x3F);
  }
  len = n;
  return cp;
}

// Code point ending just before byte `e`.
uint32_t decode_back(std::string_view s, size_t b, size_t e, int& len) {
  size_t i = e - 1;
  while (i > b && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && e - i < 4) --i;
  uint32_t cp = decode(s, i, len);
  if (i + len != e) { len = 1; return static_cast<unsigned char>(s[e - 1]); }
  return cp;
}

bool is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

// Identical marks in a row from which a run is one token (three dots stay an
// ellipsis of their own; "!!!" stays three marks).
constexpr int kMinRun = 4;

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const Resources& res, std::vector<Token>& out)
      : s_(text), res_(res), out_(out) {}

  void run() {
    size_t i = 0;
    bool newline = true;
    while (i < s_.size()) {
      int len;
      uint32_t cp = decode(s_, i, len);
      if (is_space(cp)) {
        if (cp == '\n') newline = true;
        i += len;
        continue;
      }
      size_t b = i;
      while (i < s_.size()) {
        cp = decode(s_, i, len);
        if (is_space(cp)) break;
        i += len;
      }
      para_next_ = newline;
      newline = false;
      if (para_next_) quote_open_ = false;
      chunk(b, i, 0);
    }
  }

 private:
  void emit(size_t b, size_t e, std::string_view form) {
    Token t;
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.form = form.empty() ? s_.substr(b, e - b) : form;
    t.para_start = para_next_;
    para_next_ = false;
    out_.push_back(std::move(t));
  }

  // Decoration and damage ("-----", "......", """""", "((((("): a run of
  // kMinRun or more identical marks is one token, with the form its first
  // mark takes there, so a line of dashes or a damaged run of quotation marks
  // costs one token, not one per mark. run_end: the end of the run of the mark
  // [b, b + len) read forwards, else b + take (the mark's own token);
  // run_start: the same read backwards from e.
  size_t run_end(size_t b, size_t e, int len, size_t take) const {
    std::string_view m = s_.substr(b, len);
    size_t k = b + len;
    int n = 1;
    while (k + len <= e && s_.compare(k, len, m) == 0) {
      k += len;
      ++n;
    }
    return n >= kMinRun ? k : b + take;
  }
  size_t run_start(size_t b, size_t e, int len, size_t take) const {
    std::string_view m = s_.substr(e - len, len);
    size_t k = e - len;
    int n = 1;
    while (k >= b + len && s_.compare(k - len, len, m) == 0) {
      k -= len;
      ++n;
    }
    return n >= kMinRun ? k : e - take;
  }

  bool url_like(size_t b, size_t e) const {
    std::string_view w = s_.substr(b, e - b);
    return w.find("://") != std::string_view::npos || w.substr(0, 4) == "www." ||
           (w.find('@') != std::string_view::npos && w.find('.') != std::string_view::npos);
  }

  // One whitespace-free chunk [b, e).
  void chunk(size_t b, size_t e, int depth) {
    struct Piece { size_t b, e; const char* form; };
    Piece trail[32];
    int ntrail = 0;
    // Leading punctuation.
    while (b < e) {
      int len;
      uint32_t cp = decode(s_, b, len);
      const char* form = nullptr;
      int take = len;
      bool was_open = quote_open_;
      if (cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB) {
        form = (cp == '"' && b + 1 == e && quote_open_) ? "''" : "``";
        quote_open_ = form[0] == '`';
      } else if (cp == '`' && b + 1 < e && s_[b + 1] == '`') {
        form = "``"; take = 2; quote_open_ = true;
      } else if (cp == '`' || cp == 0x2018 || ((cp == '\'' || cp == 0x2019) && b + len < e &&
                                                 !(is_digit(s_[b + len]) || clitic_at(b, e)))) {
        form = "`";
      } else if (cp == '(') { form = "-LRB-"; }
      else if (cp == '[') { form = "-LSB-"; }
      else if (cp == '{') { form = "-LCB-"; }
      else if ((cp == '$' || cp == 0xA3 || cp == 0x20AC || cp == 0xA5 || cp == '#') && b + len < e) { form = ""; }
      else if (cp == 0x2014 || cp == 0x2013) { form = "--"; }
      else if (cp == '-' && b + 1 < e && s_[b + 1] == '-') { form = "--"; take = 2; }
      else if (cp == 0x2026) { form = "..."; }
      else if (cp == '.' && s_.substr(b, 3) == "...") { form = "..."; take = 3; }
      if (!form) break;
      size_t end = run_end(b, e, len, take);
      if (end == e && form[0] == '\0') break;
      if (end > b + static_cast<size_t>(take) && cp == '"') {  // a run ending the chunk may close
        form = (end == e && was_open) ? "''" : "``";
        quote_open_ = form[0] == '`';
      }
      emit(b, end, form[0] ? std::string_view(form) : s_.substr(b, len));
      b = end;
    }
    // Trailing punctuation.
    bool stop = false;
    while (b < e && !stop && ntrail < 30) {
      int len;
      uint32_t cp = decode_back(s_, b, e, len);
      const char* form = nullptr;
      int take = len;
      if (cp == '"' || cp == 0x201D || cp == 0xBB) {
        form = "''"; quote_open_ = false;
      } else if (cp == '\'' && e - b >= 2 && s_[e - 2] == '\'') {
        form = "''"; take = 2; quote_open_ = false;
      } else if ((cp == '\'' || cp == 0x2019) && e - len > b) {
        form = "'";
      } else if (cp == ')') { form = "-RRB-"; }
      else if (cp == ']') { form = "-RSB-"; }
      else if (cp == '}') { form = "-RCB-"; }
      else if (cp == ',' || cp == ';' || cp == '!' || cp == '?') { form = ""; }
      else if (cp == ':') { form = ""; }
      else if (cp == 0x2026) { form = "..."; }
      else if (cp == 0x2014 || cp == 0x2013) { form = "--"; }
      else if (cp == '-' && e - b >= 2 && s_[e - 2] == '-') { form = "--"; take = 2; }
      else if (cp == '%' && e - b >= 2) { form = ""; }
      else if (cp == '.') {
        if (e - b >= 3 && s_.substr(e - 3, 3) == "...") { form = "..."; take = 3; }
        else if (url_like(b, e - 1) || is_abbreviation(s_.substr(b, e - b), res_)) { stop = true; }
        else { form = ""; }
      }
      if (!form) break;
      size_t start = run_start(b, e, len, take);
      trail[ntrail++] = {start, e, form[0] ? form : nullptr};
      e = start;
    }
    core(b, e, depth);
    for (int k = ntrail - 1; k >= 0; --k) {
      const Piece& p = trail[k];
      int len;
      decode(s_, p.b, len);  // a mark of its own text: one mark, even for a run
      emit(p.b, p.e, p.form ? std::string_view(p.form) : s_.substr(p.b, len));
    }
  }

  // True when a clitic ('s, 're, 've, 'll, 'd, 'm, n't) starts at b within [b, e).
  bool clitic_at(size_t b, size_t e) const {
    size_t ap = (s_[b] == '\'') ? 1 : 3;  // ' or ’
    if (e - b > ap + 2) return false;  // no clitic is longer (keeps runs of marks linear)
    std::string rest;
    for (size_t k = b + ap; k < e; ++k) rest.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s_[k]))));
    return rest == "s" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" || rest == "m";
  }

  void core(size_t b, size_t e, int depth) {
    if (b >= e) return;
    if (url_like(b, e)) { emit(b, e, ""); return; }
    // Inner dashes and ellipses split the chunk: "ceasefire—but", "word--word".
    if (depth < 4) {
      for (size_t k = b + 1; k + 1 < e; ++k) {
        size_t dl = 0;
        if (s_[k] == '-' && s_[k + 1] == '-') dl = 2;
        else if (s_.compare(k, 3, "\xE2\x80\x94") == 0 || s_.compare(k, 3, "\xE2\x80\x93") == 0) {
          // an en dash between digits is a range: keep "1990–1995" whole
          if (s_.compare(k, 3, "\xE2\x80\x93") == 0 && is_digit(s_[k - 1])) continue;
          dl = 3;
        } else if (s_.compare(k, 3, "...") == 0) dl = 3;
        else if (s_.compare(k, 3, "\xE2\x80\xA6") == 0) dl = 3;
        if (dl && k + dl <= e) {
          chunk(b, k, depth + 1);
          bool ellipsis = s_[k] == '.' || s_.compare(k, 3, "\xE2\x80\xA6") == 0;
          size_t end = run_end(k, e, (s_[k] == '-' || s_[k] == '.') ? 1 : 3, dl);
          emit(k, end, ellipsis ? "..." : "--");
          chunk(end, e, depth + 1);
          return;
        }
      }
    }
    // Clitics at the end.
    std::string_view w = s_.substr(b, e - b);
    auto lower_at = [&](size_t k) { return static_cast<char>(std::tolower(static_cast<unsigned char>(w[k]))); };
    // n't (with ' or ’)
    for (size_t ap : {size_t(1), size_t(3)}) {
      size_t n = w.size();
      if (n >= 3 + ap && lower_at(n - 1) == 't' && lower_at(n - 2 - ap) == 'n' &&
          (ap == 1 ? w[n - 2] == '\'' : w.compare(n - 4, 3, "\xE2\x80\x99") == 0) && is_alpha(w[n - 3 - ap])) {
        size_t split = b + n - 2 - ap;
        emit(b, split, "");
        emit(split, e, "n't");
        return;
      }
    }
    for (size_t k = 1; k < w.size(); ++k) {
      size_t ap = 0;
      if (w[k] == '\'') ap = 1;
      else if (w.compare(k, 3, "\xE2\x80\x99") == 0) ap = 3;
      if (!ap || !is_alpha(w[k - 1])) continue;
      std::string rest;
      for (size_t j = k + ap; j < w.size(); ++j) rest.push_back(lower_at(j));
      if (rest == "s" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" || rest == "m") {
        emit(b, b + k, "");
        std::string form(1, '\'');
        form.append(w.data() + k + ap, w.size() - k - ap);
        emit(b + k, e, form);
        return;
      }
      break;
    }
    // "cannot" -> can not
    if (w.size() == 6 && (w == "cannot" || w == "Cannot")) {
      emit(b, b + 3, "");
      emit(b + 3, e, "");
      return;
    }
    emit(b, e, "");
  }

  std::string_view s_;
  const Resources& res_;
  std::vector<Token>& out_;
  bool para_next_ = false;
  bool quote_open_ = false;
};

}  // namespace

bool is_abbreviation(std::string_view w, const Resources& res) {
  if (w.size() < 2 || w.back() != '.') return false;
  if (res.abbreviations.count(w)) return true;
  // Letter-period shapes: "F.", "U.S.", "a.m.", "U.S.A."
  size_t i = 0;
  while (i < w.size()) {
    if (i + 1 >= w.size() || !is_alpha(w[i]) || w[i + 1] != '.') return false;
    i += 2;
  }
  return true;
}

namespace {
// About as many tokens as `text` yields, rarely fewer: a run of letters and
// digits (and other UTF-8 bytes) counts one, every other byte that is not a
// space counts one. Reserving it once keeps a text dense in tokens (one per
// punctuation mark) from doubling the vector, copying it and holding both.
// A run of one punctuation byte counts at most three (a longer run is one
// token, or part of one).
size_t token_estimate(std::string_view text) {
  size_t k = 0;
  bool in_word = false;
  unsigned char prev = 0;
  int same = 0;  // bytes equal to `prev` in a row
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool word = c >= 0x80 || std::isalnum(c);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    same = c == prev ? same + 1 : 1;
    prev = c;
    if (!space && !(word && in_word) && (word || same <= 3)) ++k;
    in_word = word;
  }
  return k;
}
}  // namespace

std::vector<Token> tokenize(std::string_view text, const Resources& res) {
  std::vector<Token> out;
  out.reserve(token_estimate(text) + 8);
  Tokenizer(text, res, out).run();
  return out;
}

}  // namespace dyad::lang
