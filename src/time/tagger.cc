// Time expression tagger: a token-level rule engine over the clean text.
// At each token every rule is tried (optionally after a span prefix such as
// "early" or "the end of"); the longest match wins and is resolved against
// the document date. Direction of bare weekdays and months ("on Friday",
// "in June") comes from the governing verb group when the language layers are
// given (time/direction.h), else from tense cues near the expression
// (data/time/tense.txt). Conventions: docs/time.md.
#include "time/tagger.h"

#include <algorithm>
#include <cstdint>

#include "base/date_tokens.h"
#include "base/text_pieces.h"
#include "time/calendar.h"
#include "time/chronology.h"
#include "time/direction.h"
#include "time/lexicon.h"

namespace dyad::time {

namespace {

using Tok = base::DateTok;
using TK = base::DateTokKind;

struct Match {
  size_t b = 0, e = 0;  // tokens [b, e)
  TimexType type = TimexType::Date;
  std::string value;
  bool ok() const { return e > b; }
};

// The narrative's reference time as the matches found so far set it: the
// year of the latest expression with an explicit calendar month and its
// sentence. It outlives one Tagger, which reads one piece of a long text.
struct Reference {
  static constexpr int kNoMonth = -1;
  std::string year;        // year of the latest match with an explicit month
  int sent = kNoMonth;     // its sentence (kNoMonth: none yet)
};

class Tagger {
 public:
  Tagger(const Lexicon& L, const std::vector<Tok>& t, std::optional<Date> dct, const lang::Annotation* ann,
         Reference& ref)
      : L_(L), t_(t), dct_(dct), ann_(ann), ref_(ref) {}

  // Calls `emit` with each match in text order (none is held: a text of
  // 200k dates would hold 200k matches next to their Timexes). Matches start
  // at tokens in bytes [begin, limit) (and may run past `limit`; the tokens
  // before `begin` are context); returns the index of the first token no
  // match has read or started at.
  template <class Emit>
  size_t run(Emit&& emit, size_t begin = 0, size_t limit = SIZE_MAX) {
    size_t n = t_.size();
    size_t i = 0;
    while (i < n && t_[i].start < begin) ++i;
    while (i < n && t_[i].start < limit) {
      if (!can_start(i)) {
        ++i;
        continue;
      }
      Match best = best_at(i);
      size_t p = skip_prefix(i);
      if (p > i && p < n) {
        Match m = best_at(p);
        // A bare "the" is kept only before expressions that need it ("the 1990s", "the last week").
        bool bare_year = m.ok() && m.e == p + 1 && t_[p].kind == TK::Number && t_[p].ndigits == 4 && t_[p].low().empty() && p == i + 1;
        if (m.ok() && !bare_year && (!best.ok() || m.e > best.e)) {
          m.b = i;
          best = m;
        }
      }
      if (!best.ok()) {
        ++i;
        continue;
      }
      if (best.value.compare(0, 4, "REFY") == 0) best.value = reference_year(-1) + best.value.substr(4);
      if (best.value.compare(0, 4, "REFS") == 0) best.value = reference_year(t_[best.b].sent) + best.value.substr(4);
      note_month(best);
      emit(best);
      i = best.e;
      // "1957-58": a second year glued to a year.
      if (best.type == TimexType::Date && best.value.size() == 4 && i + 1 < n && is_p(i, '-') && !t_[i].space_before &&
          t_[i + 1].kind == TK::Number && t_[i + 1].ndigits == 2 && t_[i + 1].low().empty() && !t_[i + 1].space_before) {
        int y = std::atoi(best.value.c_str());
        int y2 = (y / 100) * 100 + t_[i + 1].num;
        if (y2 > y) emit(Match{i + 1, i + 2, TimexType::Date, fmt_year(y2)});
        i += 2;
      }
    }
    return i;
  }

 private:
  const Lexicon& L_;
  const std::vector<Tok>& t_;
  std::optional<Date> dct_;
  const lang::Annotation* ann_;
  Reference& ref_;

  // The year of the narrative's reference time: that of the latest
  // expression with an explicit calendar month ("late last July" -> 2012;
  // of sentence `sent` only when it is not -1), else of the document date,
  // else unknown.
  // Matches come in text order, so the latest one with a month is kept as
  // they are found (scanning back over all of them per lookup was quadratic in
  // a document of many month names without a year); with `sent`, it counts
  // only when it is in that sentence (no match after it can be in another).
  std::string reference_year(int sent) const {
    if (ref_.sent != Reference::kNoMonth && (sent < 0 || ref_.sent == sent)) return ref_.year;
    return dct_ ? fmt_year(dct().y) : "XXXX";
  }
  // Keeps `m` as the latest match with an explicit month when it has one.
  void note_month(const Match& m) {
    const std::string& v = m.value;
    if (m.type == TimexType::Date && v.size() >= 7 && v[4] == '-' &&
        std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
      ref_.year = v.substr(0, 4);
      ref_.sent = t_[m.b].sent;
    }
  }

  // ---- token tests ----
  bool can_start(size_t i) const {
    const Tok& x = t_[i];
    if (x.kind == TK::Number || x.kind == TK::Clock) return true;
    if (x.kind == TK::Mark) return x.low()[0] == '\'';
    return L_.triggers.count(x.low()) > 0;
  }
  bool in(size_t i) const { return i < t_.size(); }
  bool is_w(size_t i, std::string_view s) const { return in(i) && t_[i].kind == TK::Word && t_[i].low() == s; }
  bool is_p(size_t i, char c) const { return in(i) && t_[i].kind == TK::Mark && t_[i].low()[0] == c; }
  bool word(size_t i) const { return in(i) && t_[i].kind == TK::Word; }
  template <class M>
  auto find(const M& m, size_t i) const -> const typename M::mapped_type* {
    if (!word(i)) return nullptr;
    auto it = m.find(t_[i].low());
    return it == m.end() ? nullptr : &it->second;
  }
  // Length in tokens of phrase p at i, 0 if absent.
  size_t phrase_len(const Phrase& p, size_t i) const {
    for (size_t k = 0; k < p.words.size(); ++k) {
      if (!in(i + k) || t_[i + k].low() != p.words[k] || t_[i + k].kind == TK::Number) return 0;
      if (k > 0 && t_[i + k].sent != t_[i].sent) return 0;
    }
    return p.words.size();
  }
  const Phrase* phrase_at(const WordMap<std::vector<Phrase>>& m, size_t i,
                          size_t& len) const {
    if (!in(i)) return nullptr;
    auto it = m.find(t_[i].low());
    if (it == m.end()) return nullptr;
    for (const auto& p : it->second)
      if ((len = phrase_len(p, i)) > 0) return &p;
    return nullptr;
  }

  size_t skip_prefix(size_t i) const {
    size_t len = 0;
    if (!phrase_at(L_.prefixes, i, len)) return i;
    size_t j = i + len;
    if (is_p(j, '-') && !t_[j].space_before) ++j;  // "mid-March"
    // "the" may follow a prefix ("early the next day" is rare; "late in the year" is not a timex).
    return j;
  }

  int day_num(size_t i) const {
    if (!in(i) || t_[i].kind != TK::Number || t_[i].ndigits > 2 || t_[i].num < 1 || t_[i].num > 31) return 0;
    std::string_view s = t_[i].low();
    if (!s.empty() && s != "st" && s != "nd" && s != "rd" && s != "th") return 0;
    return t_[i].num;
  }
  int year_num(size_t i) const {
    if (!in(i) || t_[i].kind != TK::Number || t_[i].ndigits != 4 || !t_[i].low().empty()) return 0;
    if (t_[i].num < 1000 || t_[i].num > 2199) return 0;
    return t_[i].num;
  }
  // Month name at i; `next` is the token after it (after an abbreviation's dot).
  int month_at(size_t i, size_t& next, bool& abbrev) const {
    const int* m = find(L_.months, i);
    if (!m || !t_[i].cap) return 0;
    abbrev = t_[i].low().size() <= 4 && t_[i].low() != "june" && t_[i].low() != "july" && t_[i].low() != "may";
    next = i + 1;
    if (abbrev && is_p(next, '.') && !t_[next].space_before) ++next;
    return *m;
  }
  int weekday_at(size_t i) const {
    const int* w = find(L_.weekdays, i);
    return (w && t_[i].cap) ? *w : 0;
  }
  int ordinal_at(size_t i) const {
    if (!in(i)) return 0;
    if (t_[i].kind == TK::Number) {
      std::string_view s = t_[i].low();
      if (t_[i].num > 0 && (s == "st" || s == "nd" || s == "rd" || s == "th")) return t_[i].num;
      return 0;
    }
    const int* o = find(L_.ordinals, i);
    return o ? *o : 0;
  }
  // A quantity: "two", "24", "a", "several", "a few", "a couple of", "twenty-five".
  // Returns false if none; v = -1 for vague quantities.
  bool quantity_at(size_t i, int& v, size_t& next) const {
    if (!in(i)) return false;
    const Tok& x = t_[i];
    if (x.kind == TK::Number) {
      if (x.num <= 0 || !x.low().empty()) return false;
      if (is_p(i - 1, '$') || is_p(i - 1, '.')) return false;
      v = x.num;
      next = i + 1;
      return true;
    }
    const int* q = find(L_.numbers, i);
    if (!q) return false;
    v = *q;
    next = i + 1;
    if ((x.low() == "a" || x.low() == "an") && word(i + 1)) {
      if (is_w(i + 1, "few")) { v = -1; next = i + 2; }
      else if (is_w(i + 1, "couple") && is_w(i + 2, "of")) { v = 2; next = i + 3; }
      else if (is_w(i + 1, "dozen")) { v = 12; next = i + 2; }
      else if (is_w(i + 1, "half") && is_w(i + 2, "dozen")) { v = 6; next = i + 3; }
    } else if (v >= 20 && v < 100 && v % 10 == 0 && is_p(next, '-') && !t_[next].space_before) {
      const int* u = find(L_.numbers, next + 1);
      if (u && *u > 0 && *u < 10) { v += *u; next += 2; }
    } else if (v > 0 && v < 100 && is_w(next, "hundred")) {
      v *= 100;
      ++next;
    }
    return true;
  }

  // ---- tense ----
  // A form of "be"/"have" (or "to") before a participle: "will be held",
  // "to be signed" (the participle then says nothing of tense).
  bool aux_before(size_t k) const {
    if (k == 0 || t_[k - 1].kind != TK::Word) return false;
    auto p = L_.tense.find(t_[k - 1].low());
    return p != L_.tense.end() && p->second == 'B';
  }
  int cue(size_t k) const {
    const Tok& x = t_[k];
    if (x.kind != TK::Word) return 0;
    auto it = L_.tense.find(x.low());
    if (it != L_.tense.end()) {
      if (it->second == 'F') return 1;
      if (it->second == 'P') return aux_before(k) ? 0 : -1;
      if (it->second == 'S') return (is_w(k + 1, "to") || is_w(k + 1, "for")) ? 1 : 0;  // "set to", "due for"
      return 0;
    }
    if (!x.cap && x.low().size() >= 5 && x.low().compare(x.low().size() - 2, 2, "ed") == 0) return aux_before(k) ? 0 : -1;
    return 0;
  }
  // +1 future, -1 past, 0 unknown: the nearest cue left, then right, in the sentence.
  int tense(size_t b, size_t e) const {
    if (ann_ && in(b) && e > b && in(e - 1))
      if (int d = governing_direction(*ann_, t_[b].start, t_[e - 1].end)) return d;
    int s = in(b) ? t_[b].sent : 0;
    for (size_t k = b, steps = 0; k > 0 && steps < 8; ++steps) {
      --k;
      if (t_[k].sent != s) break;
      if (int c = cue(k)) return c;
    }
    for (size_t k = e, steps = 0; k < t_.size() && steps < 8; ++k, ++steps) {
      if (t_[k].sent != s) break;
      if (int c = cue(k)) return c;
    }
    return 0;
  }

  // ---- resolution ----
  Date dct() const { return *dct_; }
  Date add_days(const Date& d, int64_t n) const { return civil_from_days(to_days(d) + n); }
  Date weekday_date(int wd, int dir, int strict) const {
    Date d = dct();
    int w0 = weekday(d);
    int back = (w0 - wd + 7) % 7, fwd = (wd - w0 + 7) % 7;
    if (strict < 0) return add_days(d, -(back == 0 ? 7 : back));
    if (strict > 0) return add_days(d, fwd == 0 ? 7 : fwd);
    if (back == 0) return d;
    if (dir < 0) return add_days(d, -back);
    if (dir > 0) return add_days(d, fwd);
    return fwd < back ? add_days(d, fwd) : add_days(d, -back);
  }
  int month_year(int m, int dir, int strict) const {
    Date d = dct();
    if (strict < 0) return m < d.m ? d.y : d.y - 1;
    if (strict > 0) return m > d.m ? d.y : d.y + 1;
    if (strict == 2) return d.y;
    if (m == d.m) return d.y;
    if (dir < 0) return m < d.m ? d.y : d.y - 1;
    if (dir > 0) return m > d.m ? d.y : d.y + 1;
    int fwd = (m - d.m + 12) % 12, back = (d.m - m + 12) % 12;
    return fwd < back ? (m > d.m ? d.y : d.y + 1) : (m < d.m ? d.y : d.y - 1);
  }
  // Year of a month-day without a year: nearest in the tense's direction.
  int day_year(int m, int dd, int dir) const {
    Date d = dct();
    int64_t now = to_days(d);
    int best = d.y;
    int64_t best_dist = INT64_MAX;
    for (int y = d.y - 1; y <= d.y + 1; ++y) {
      if (!valid_date(y, m, dd)) continue;
      int64_t diff = days_from_civil(y, m, dd) - now;
      if (dir < 0 && diff > 0) continue;
      if (dir > 0 && diff < 0) continue;
      int64_t dist = diff < 0 ? -diff : diff;
      if (dist < best_dist) { best_dist = dist; best = y; }
    }
    return best;
  }
  std::string season_value(int s, int dir, int strict) const {
    if (!dct_) return std::string("XXXX-") + season_code(s);
    int sy = 0, cs = 0;
    season_of(dct().y, dct().m, sy, cs);
    int cur = sy * 4 + cs;
    int same = sy * 4 + s;  // this year's occurrence
    int target;
    if (strict < 0) target = same < cur ? same : same - 4;
    else if (strict > 0) target = same > cur ? same : same + 4;
    else if (strict == 2 || same == cur) target = same;
    else if (dir > 0) target = same > cur ? same : same + 4;
    else target = same < cur ? same : same - 4;
    return fmt_year(target / 4) + "-" + season_code(s);
  }

  // ---- rules ----
  Match best_at(size_t i) const {
    Match best;
    auto consider = [&](Match m) {
      if (m.ok() && (!best.ok() || m.e > best.e)) best = std::move(m);
    };
    consider(abs_date(i));
    consider(numeric_date(i));
    consider(year_like(i));
    consider(relative(i));
    consider(refs(i));
    consider(weekday_rule(i));
    consider(duration(i));
    consider(set_rule(i));
    consider(clock(i));
    consider(holiday(i));
    consider(weekend(i));
    consider(anaphoric_day(i));
    consider(part_of_unit(i));
    return best;
  }

  // A day reference usable with a clock time or a part of day: weekday,
  // today/yesterday/tomorrow, Month Day. `dir` is the tense direction.
  bool day_ref(size_t i, size_t& next, std::string& val, int dir) const {
    if (int wd = weekday_at(i)) {
      next = i + 1;
      val = dct_ ? fmt_day(weekday_date(wd, dir, 0)) : "XXXX-WXX-" + std::to_string(wd);
      return true;
    }
    int off = 0;
    if (is_w(i, "today")) off = 0;
    else if (is_w(i, "yesterday")) off = -1;
    else if (is_w(i, "tomorrow")) off = 1;
    else return false;
    next = i + 1;
    val = dct_ ? fmt_day(add_days(dct(), off)) : "XXXX-XX-XX";
    return true;
  }

  Match abs_date(size_t i) const {
    Match m;
    size_t j = i;
    bool had_wd = false;
    if (weekday_at(j)) {
      had_wd = true;
      ++j;
      if (is_p(j, ',')) ++j;
    }
    size_t k = 0;
    bool abbrev = false;
    if (int mo = month_at(j, k, abbrev)) {
      if (int d = day_num(k)) {
        size_t e = k + 1;
        int y = 0;
        if (is_p(e, ',') && year_num(e + 1)) { y = year_num(e + 1); e += 2; }
        else if (year_num(e)) { y = year_num(e); ++e; }
        if (y && !valid_date(y, mo, d)) return m;
        if (!y) {
          if (!dct_) return Match{i, e, TimexType::Date, "XXXX-" + fmt_two(mo) + "-" + fmt_two(d)};
          y = day_year(mo, d, tense(i, e));
        }
        if (!valid_date(y, mo, d)) return m;
        return Match{i, e, TimexType::Date, fmt_day(Date{y, mo, d})};
      }
      if (had_wd) return m;
      size_t e = k;
      if ((is_w(e, "of") || is_p(e, ',')) && year_num(e + 1)) return Match{i, e + 2, TimexType::Date, fmt_month(year_num(e + 1), mo)};
      if (year_num(e)) return Match{i, e + 1, TimexType::Date, fmt_month(year_num(e), mo)};
      // A month alone: full names only; "May" and "March" need a time word before.
      if (abbrev) return m;
      if (t_[j].low() == "may" || t_[j].low() == "march") {
        if (j == 0 || !word(j - 1) || !(L_.year_context.count(t_[j - 1].low()) || L_.prefixes.count(t_[j - 1].low())))
          return m;
      }
      if (!dct_) return Match{i, k, TimexType::Date, "XXXX-" + fmt_two(mo)};
      return Match{i, k, TimexType::Date, fmt_month(month_year(mo, tense(i, k), 0), mo)};
    }
    if (had_wd) return m;
    // 22 March 2013 / the 22nd of March
    size_t s = i;
    if (int d = day_num(s)) {
      size_t q = s + 1;
      if (is_w(q, "of")) ++q;
      if (int mo = month_at(q, k, abbrev)) {
        size_t e = k;
        int y = year_num(e);
        if (y) ++e;
        if (!y) {
          if (!dct_) return Match{i, e, TimexType::Date, "XXXX-" + fmt_two(mo) + "-" + fmt_two(d)};
          y = day_year(mo, d, tense(i, e));
        }
        if (!valid_date(y, mo, d)) return m;
        return Match{i, e, TimexType::Date, fmt_day(Date{y, mo, d})};
      }
    }
    return m;
  }

  Match numeric_date(size_t i) const {
    Match m;
    if (!in(i) || t_[i].kind != TK::Number || !t_[i].low().empty()) return m;
    auto glued = [&](size_t k) { return in(k) && !t_[k].space_before; };
    // 2013-03-22
    if (t_[i].ndigits == 4 && is_p(i + 1, '-') && glued(i + 1) && glued(i + 2) && in(i + 2) && t_[i + 2].ndigits == 2 &&
        is_p(i + 3, '-') && glued(i + 3) && glued(i + 4) && in(i + 4) && t_[i + 4].ndigits == 2 && t_[i + 4].kind == TK::Number) {
      int y = t_[i].num, mo = t_[i + 2].num, d = t_[i + 4].num;
      if (valid_date(y, mo, d)) return Match{i, i + 5, TimexType::Date, fmt_day(Date{y, mo, d})};
    }
    // 3/22/2013, 3/22/13
    if (t_[i].ndigits <= 2 && is_p(i + 1, '/') && glued(i + 1) && glued(i + 2) && in(i + 2) && t_[i + 2].kind == TK::Number &&
        t_[i + 2].ndigits <= 2 && is_p(i + 3, '/') && glued(i + 3) && glued(i + 4) && in(i + 4) && t_[i + 4].kind == TK::Number &&
        (t_[i + 4].ndigits == 4 || t_[i + 4].ndigits == 2)) {
      int mo = t_[i].num, d = t_[i + 2].num, y = t_[i + 4].num;
      if (t_[i + 4].ndigits == 2) y += y < 50 ? 2000 : 1900;
      if (valid_date(y, mo, d)) return Match{i, i + 5, TimexType::Date, fmt_day(Date{y, mo, d})};
    }
    return m;
  }

  Match year_like(size_t i) const {
    Match m;
    if (!in(i)) return m;
    const Tok& x = t_[i];
    // Centuries: the 1800s, the 1900s (the 2000s is read as a decade).
    if (x.kind == TK::Number && x.low() == "s" && x.ndigits == 4 && x.num % 100 == 0 && x.num >= 1000 && x.num < 2000)
      return Match{i, i + 1, TimexType::Date, fmt_two(x.num / 100)};
    // Decades: 1990s, '90s, the 80s, the eighties
    if (x.kind == TK::Number && x.low() == "s" && x.ndigits == 4 && x.num % 10 == 0 && x.num >= 1000 && x.num < 2200)
      return Match{i, i + 1, TimexType::Date, std::to_string(x.num / 10)};
    bool after_the = i > 0 && (is_w(i - 1, "the") || is_w(i - 1, "mid") || is_w(i - 1, "early") || is_w(i - 1, "late") ||
                               (is_p(i - 1, '-') && is_w(i - 2, "mid")));
    auto decade = [](int nn) { return std::to_string((nn >= 30 ? 1900 : 2000) / 10 + nn / 10); };
    if (after_the && x.kind == TK::Number && x.low() == "s" && x.ndigits == 2 && x.num % 10 == 0)
      return Match{i, i + 1, TimexType::Date, decade(x.num)};
    if (after_the && x.kind == TK::Word)
      if (const int* d = find(L_.decades, i)) return Match{i, i + 1, TimexType::Date, decade(*d)};
    if (x.kind == TK::Mark && x.low() == "'" && in(i + 1) && t_[i + 1].kind == TK::Number && t_[i + 1].low() == "s" &&
        t_[i + 1].ndigits == 2 && t_[i + 1].num % 10 == 0 && !t_[i + 1].space_before) {
      int nn = t_[i + 1].num;
      return Match{i, i + 2, TimexType::Date, std::to_string((nn >= 30 ? 1900 : 2000) / 10 + nn / 10)};
    }
    // Centuries: 20th century
    if (int o = ordinal_at(i)) {
      size_t k = i + 1;
      if (is_p(k, '-') && !t_[k].space_before) ++k;
      if (is_w(k, "century") && o >= 1 && o <= 30) return Match{i, k + 1, TimexType::Date, fmt_two(o - 1)};
      // "the 99th day", "the third day": a day counted from an unstated start.
      if (is_w(k, "day") && i > 0 && is_w(i - 1, "the") && !is_w(k + 1, "of")) return Match{i, k + 1, TimexType::Date, "XXXX-XX-XX"};
      // Quarters: the first quarter [of 2013]
      if (is_w(k, "quarter") && o >= 1 && o <= 4) {
        size_t e = k + 1;
        int y = 0;
        if ((is_w(e, "of") || is_p(e, ',')) && year_num(e + 1)) { y = year_num(e + 1); e += 2; }
        else if (year_num(e)) { y = year_num(e); ++e; }
        if (!y && !dct_) return Match{i, e, TimexType::Date, "XXXX-Q" + std::to_string(o)};
        if (!y) {
          y = dct().y;
          int cq = (dct().m - 1) / 3 + 1;
          if (o > cq && tense(i, e) < 0) --y;
          if (o < cq && tense(i, e) > 0) ++y;
        }
        return Match{i, e, TimexType::Date, fmt_year(y) + "-Q" + std::to_string(o)};
      }
    }
    // Q1 2013
    if (x.kind == TK::Word && x.low().size() == 2 && x.low()[0] == 'q' && x.low()[1] >= '1' && x.low()[1] <= '4' && x.cap) {
      int y = year_num(i + 1);
      if (y) return Match{i, i + 2, TimexType::Date, fmt_year(y) + "-Q" + x.low()[1]};
    }
    // fiscal 2013, fiscal year 2013
    if (is_w(i, "fiscal")) {
      size_t k = i + 1;
      if (is_w(k, "year")) ++k;
      if (int y = year_num(k)) return Match{i, k + 1, TimexType::Date, fmt_year(y)};
    }
    // Seasons with a year: summer 2012, the summer of 2012
    if (const std::string* s = find(L_.seasons, i)) {
      size_t k = i + 1;
      if (is_w(k, "of")) ++k;
      if (int y = year_num(k)) return Match{i, k + 1, TimexType::Date, fmt_year(y) + "-" + *s};
      // A bare season after a time preposition: "in the summer", "during winter".
      size_t p = i;
      if (p > 0 && is_w(p - 1, "the")) --p;
      if (p > 0 && word(p - 1) && L_.year_context.count(t_[p - 1].low()) && !is_w(p - 1, "of") && !is_w(p - 1, "and"))
        return Match{i, i + 1, TimexType::Date, season_value(season_index(*s), tense(i, i + 1), 0)};
    }
    // A year.
    if (int y = year_num(i)) {
      if (i > 0 && t_[i - 1].kind == TK::Mark && (t_[i - 1].low() == "$" || t_[i - 1].low() == "#")) return m;
      if (i > 0 && t_[i - 1].kind == TK::Word && t_[i - 1].low() == "no") return m;
      if (y < 1900 || y > 2099) {
        if (i == 0 || !word(i - 1) || !L_.year_context.count(t_[i - 1].low())) return m;
      }
      if (in(i + 1)) {
        const Tok& nx = t_[i + 1];
        if (nx.kind != TK::Number && L_.not_after_year.count(nx.low())) return m;
        if (nx.kind == TK::Mark && nx.low() == ":" ) return m;
      }
      return Match{i, i + 1, TimexType::Date, fmt_year(y)};
    }
    return m;
  }

  // last/next/this/coming/past + week/month/year/weekday/month/season/part of day
  Match relative(size_t i) const {
    Match m;
    const int* mod = find(L_.modifiers, i);
    if (!mod) return m;
    bool the = i > 0 && is_w(i - 1, "the");
    std::string_view mw = t_[i].low();
    // "the following week" is anaphoric: not resolved against the document date.
    if (mw == "present" || mw == "following" || mw == "preceding") return m;
    size_t j = i + 1;
    if (is_w(j, "fiscal")) ++j;
    int off = *mod;
    int strict = off;  // for weekdays, months, seasons
    bool is_this = (off == 0);
    if (const Unit* u = find(L_.units, j)) {
      bool plural = t_[j].low().back() == 's' && t_[j].low() != "this";
      if (plural) return m;
      size_t e = j + 1;
      // "the past year" is the twelve months before the document date.
      if (the && mw == "past") return Match{i, e, TimexType::Duration, duration_value(1, *u)};
      if (!dct_) {
        std::string v;
        switch (u->code) {
          case 'Y': v = u->mult == 1 ? "XXXX" : (u->mult == 10 ? "XXX" : "XX"); break;
          case 'M': v = "XXXX-XX"; break;
          case 'W': v = "XXXX-WXX"; break;
          case 'E': v = "XXXX-WXX-WE"; break;
          case 'Q': v = "XXXX-QX"; break;
          default: return m;
        }
        return Match{i, e, TimexType::Date, v};
      }
      Date d = dct();
      switch (u->code) {
        case 'Y':
          if (u->mult == 1) return Match{i, e, TimexType::Date, fmt_year(d.y + off)};
          if (u->mult == 10) {
            if (the && off < 0) return Match{i, e, TimexType::Duration, "P10Y"};
            return Match{i, e, TimexType::Date, std::to_string(d.y / 10 + off)};
          }
          if (u->mult == 100) {
            if (the && off < 0) return Match{i, e, TimexType::Duration, "P100Y"};
            return Match{i, e, TimexType::Date, fmt_two(d.y / 100 + off)};
          }
          return m;
        case 'M': {
          int mm = d.y * 12 + (d.m - 1) + off;
          return Match{i, e, TimexType::Date, fmt_month(mm / 12, mm % 12 + 1)};
        }
        case 'W':
          return Match{i, e, TimexType::Date, fmt_week(add_days(d, 7 * off))};
        case 'E':
          return Match{i, e, TimexType::Date, fmt_week(add_days(d, 7 * off)) + "-WE"};
        case 'Q': {
          int q = d.y * 4 + (d.m - 1) / 3 + off;
          return Match{i, e, TimexType::Date, fmt_year(q / 4) + "-Q" + std::to_string(q % 4 + 1)};
        }
        case 'D':
          if (is_this) return Match{i, e, TimexType::Date, fmt_day(d)};
          return m;
        default:
          return m;
      }
    }
    if (j != i + 1) return m;  // "fiscal" only before a unit
    if (is_this) strict = 2;
    if (int wd = weekday_at(j)) {
      size_t e = j + 1;
      int st = is_this ? 0 : strict;
      std::string v = dct_ ? fmt_day(weekday_date(wd, tense(i, e), st)) : "XXXX-WXX-" + std::to_string(wd);
      if (const std::string* pod = find(L_.parts_of_day, e)) return Match{i, e + 1, TimexType::Time, v + "T" + *pod};
      return Match{i, e, TimexType::Date, v};
    }
    size_t k = 0;
    bool abbrev = false;
    if (int mo = month_at(j, k, abbrev)) {
      if (abbrev) return m;
      if (!dct_) return Match{i, k, TimexType::Date, "XXXX-" + fmt_two(mo)};
      return Match{i, k, TimexType::Date, fmt_month(month_year(mo, 0, strict), mo)};
    }
    if (const std::string* s = find(L_.seasons, j)) return Match{i, j + 1, TimexType::Date, season_value(season_index(*s), 0, strict)};
    if (const std::string* pod = find(L_.parts_of_day, j)) {
      if (!dct_) return Match{i, j + 1, TimexType::Time, "XXXX-XX-XXT" + *pod};
      if (is_this) return Match{i, j + 1, TimexType::Time, fmt_day(dct()) + "T" + *pod};
      if (off < 0 && *pod == "NI") return Match{i, j + 1, TimexType::Time, fmt_day(add_days(dct(), -1)) + "TNI"};
      return m;
    }
    return m;
  }

  Match refs(size_t i) const {
    Match m;
    size_t len = 0;
    const Phrase* p = phrase_at(L_.refs, i, len);
    if (!p) return m;
    size_t e = i + len;
    const std::string& v = p->value;
    if (v.empty() || v[0] != 'D') {
      if (t_[i].low() == "now" && is_p(e, '-')) return m;  // "now-defunct"
      return Match{i, e, TimexType::Date, v};
    }
    // "today's world", "the youth of today": the present in general.
    if (len == 1 && t_[i].low() == "today") {
      bool generic = is_p(e, '\'') && is_w(e + 1, "s") && word(e + 2) && L_.generic_present.count(t_[e + 2].low());
      generic = generic || (i > 0 && is_w(i - 1, "of") && !(i > 1 && is_w(i - 2, "as")));
      if (generic) return Match{i, e, TimexType::Date, "PRESENT_REF"};
    }
    // D<offset>[part of day]
    size_t q = 1;
    int sign = 1;
    if (q < v.size() && (v[q] == '-' || v[q] == '+')) { sign = v[q] == '-' ? -1 : 1; ++q; }
    int off = 0;
    while (q < v.size() && v[q] >= '0' && v[q] <= '9') off = off * 10 + (v[q++] - '0');
    off *= sign;
    std::string pod = v.substr(q);
    if (pod.empty()) {
      if (const std::string* p2 = find(L_.parts_of_day, e)) { pod = *p2; ++e; }
    }
    std::string day = dct_ ? fmt_day(add_days(dct(), off)) : "XXXX-XX-XX";
    if (!pod.empty()) return Match{i, e, TimexType::Time, day + "T" + pod};
    return Match{i, e, TimexType::Date, day};
  }

  Match weekday_rule(size_t i) const {
    Match m;
    int wd = weekday_at(i);
    if (!wd) return m;
    size_t e = i + 1;
    std::string pod;
    if (const std::string* p = find(L_.parts_of_day, e)) { pod = *p; ++e; }
    std::string v = dct_ ? fmt_day(weekday_date(wd, tense(i, e), 0)) : "XXXX-WXX-" + std::to_string(wd);
    if (!pod.empty()) return Match{i, e, TimexType::Time, v + "T" + pod};
    return Match{i, e, TimexType::Date, v};
  }

  std::string duration_value(int n, const Unit& u) const {
    bool time = u.code == 'H' || u.code == 'N' || u.code == 'S';
    std::string code(1, u.code == 'N' ? 'M' : u.code);
    int mult = u.mult;
    if (u.code == 'Q') { code = "M"; mult = 3; }
    if (u.code == 'E') code = "WE";
    if (n < 0) {
      if (u.code == 'Y' && u.mult == 10) return "PXDE";
      if (u.code == 'Y' && u.mult == 100) return "PXCE";
      return std::string(time ? "PTX" : "PX") + code;
    }
    return std::string(time ? "PT" : "P") + std::to_string(n * mult) + code;
  }

  // A bare plural unit: "for years", "took weeks", "days later", "decades
  // ago" (TimeML: an unspecified quantity, PXD / PXW / PTXM / PXY / PXDE;
  // with "ago" a past date, PAST_REF). Not "days of talks", "years old".
  Match vague_duration(size_t i, const Unit& u) const {
    Match m;
    if (is_w(i + 1, "of") || is_w(i + 1, "old") || (is_p(i + 1, '-') && !t_[i + 1].space_before)) return m;
    if (i > 0 && (is_w(i - 1, "the") || is_w(i - 1, "these") || is_w(i - 1, "those") || is_w(i - 1, "his") ||
                  is_w(i - 1, "her") || is_w(i - 1, "their") || is_w(i - 1, "its") || is_w(i - 1, "our")))
      return m;
    if (is_w(i + 1, "ago")) return Match{i, i + 2, TimexType::Date, "PAST_REF"};
    static const char* const before[] = {"for", "in", "over", "within", "after", "than", "took", "take", "takes",
                                         "lasted", "last", "lasts", "lasting", "spent", "spend", "waited"};
    static const char* const after[] = {"later", "earlier", "afterwards", "afterward", "before", "after", "long"};
    bool cue = false;
    if (i > 0 && word(i - 1))
      for (const char* w : before) cue = cue || t_[i - 1].low() == w;
    for (const char* w : after) cue = cue || is_w(i + 1, w);
    if (!cue) return m;
    return Match{i, i + 1, TimexType::Duration, duration_value(-1, u)};
  }

  Match duration(size_t i) const {
    Match m;
    if (!in(i)) return m;
    size_t j = i;
    bool span_mod = false;  // past/last/next/coming/recent before the quantity
    if (word(j) && (t_[j].low() == "past" || t_[j].low() == "last" || t_[j].low() == "next" || t_[j].low() == "coming" ||
                    t_[j].low() == "previous" || t_[j].low() == "recent" || t_[j].low() == "first" || t_[j].low() == "final")) {
      span_mod = true;
      ++j;
    }
    int n = 0;
    size_t k = 0;
    bool has_q = quantity_at(j, n, k);
    if (!has_q) {
      // Vague: "recent weeks", "the coming days", "for years"
      const Unit* u = find(L_.units, j);
      if (!u || t_[j].low().back() != 's' || u->code == 'E' || u->code == 'Q') return m;
      if (span_mod && t_[i].low() != "first" && t_[i].low() != "final") return Match{i, j + 1, TimexType::Duration, duration_value(-1, *u)};
      if (span_mod) return m;
      return vague_duration(i, *u);
    }
    if (span_mod && i + 1 != j) return m;
    bool hyphen = false;
    if (is_p(k, '-') && !t_[k].space_before) { hyphen = true; ++k; }
    const Unit* u = find(L_.units, k);
    if (!u) return m;
    size_t e = k + 1;
    bool plural = t_[k].low().back() == 's';
    bool word_a = word(j) && (t_[j].low() == "a" || t_[j].low() == "an");
    if (word_a && plural) return m;  // "a days" is not a thing; "a few days" was read by quantity_at
    if (word_a && hyphen) return m;
    // Ages ("five years old", "a 12-year-old") are not time expressions here.
    if (is_w(e, "old") || is_w(e, "older") || (is_p(e, '-') && is_w(e + 1, "old"))) return m;
    // "children 6 months and older", "aged 18 years or over": ages too.
    if ((is_w(e, "and") || is_w(e, "or")) && (is_w(e + 1, "older") || is_w(e + 1, "younger") || is_w(e + 1, "over") ||
                                              is_w(e + 1, "under") || is_w(e + 1, "up")))
      return m;
    if (i > 0 && (is_w(i - 1, "aged") || is_w(i - 1, "ages") || is_w(i - 1, "age"))) return m;
    if (u->code == 'E') return m;
    // N units ago -> a date
    if (is_w(e, "ago") && !span_mod) {
      if (n < 0) return Match{i, e + 1, TimexType::Date, "PAST_REF"};
      if (!dct_) return Match{i, e + 1, TimexType::Date, u->code == 'Y' ? "XXXX" : (u->code == 'M' ? "XXXX-XX" : "XXXX-XX-XX")};
      Date d = dct();
      int total = n * u->mult;
      switch (u->code) {
        case 'Y':
          if (u->mult == 10) return Match{i, e + 1, TimexType::Date, std::to_string((d.y - total) / 10)};
          if (u->mult == 100) return Match{i, e + 1, TimexType::Date, fmt_two((d.y - total) / 100)};
          return Match{i, e + 1, TimexType::Date, fmt_year(d.y - total)};
        case 'M': {
          int mm = d.y * 12 + (d.m - 1) - total;
          return Match{i, e + 1, TimexType::Date, fmt_month(mm / 12, mm % 12 + 1)};
        }
        case 'Q': {
          int mm = d.y * 12 + (d.m - 1) - 3 * total;
          return Match{i, e + 1, TimexType::Date, fmt_month(mm / 12, mm % 12 + 1)};
        }
        case 'W':
          return Match{i, e + 1, TimexType::Date, fmt_week(add_days(d, -7 * total))};
        case 'D':
          return Match{i, e + 1, TimexType::Date, fmt_day(add_days(d, -total))};
        default:
          return Match{i, e + 1, TimexType::Date, "PAST_REF"};
      }
    }
    // "once a week", "$5 million a year", "three times a day": frequencies.
    if (word_a && i > 0 && (is_w(i - 1, "once") || is_w(i - 1, "twice") || is_w(i - 1, "times") || is_w(i - 1, "per") ||
                            (in(i - 1) && t_[i - 1].kind == TK::Number) || is_w(i - 1, "million") || is_w(i - 1, "billion")))
      return Match{i, e, TimexType::Set, duration_value(1, *u)};
    // A bare "second" is an ordinal, and "a second" rarely a duration in news.
    if (u->code == 'S' && (word_a || t_[k].low() == "second")) return m;
    return Match{i, e, TimexType::Duration, duration_value(n, *u)};
  }

  Match set_rule(size_t i) const {
    Match m;
    if (const std::string* s = find(L_.sets, i)) return Match{i, i + 1, TimexType::Set, *s};
    if (!(is_w(i, "every") || is_w(i, "each") || is_w(i, "per"))) return m;
    size_t j = i + 1;
    int n = 1;
    size_t k = 0;
    if (in(j) && t_[j].kind == TK::Number && quantity_at(j, n, k)) j = k;
    else if (word(j) && L_.numbers.count(t_[j].low()) && t_[j].low() != "a" && t_[j].low() != "an" && quantity_at(j, n, k) && n > 0) j = k;
    else if (is_w(j, "other")) { n = 2; ++j; }
    if (const Unit* u = find(L_.units, j)) {
      if (u->code == 'E') return Match{i, j + 1, TimexType::Set, "XXXX-WXX-WE"};
      return Match{i, j + 1, TimexType::Set, duration_value(n, *u)};
    }
    if (int wd = weekday_at(j)) return Match{i, j + 1, TimexType::Set, "XXXX-WXX-" + std::to_string(wd)};
    if (const std::string* pod = find(L_.parts_of_day, j)) return Match{i, j + 1, TimexType::Set, "XXXX-XX-XXT" + *pod};
    size_t e = 0;
    bool abbrev = false;
    if (int mo = month_at(j, e, abbrev)) return Match{i, e, TimexType::Set, "XXXX-" + fmt_two(mo)};
    if (const std::string* s = find(L_.seasons, j)) return Match{i, j + 1, TimexType::Set, "XXXX-" + *s};
    return m;
  }

  // 15:00 GMT Saturday, 3 p.m., 8 PM, noon, Friday at 3:30 p.m.
  struct ClockInfo {
    int seconds = -1;    // "3:07:35"
    bool ampm = false;   // "a.m."/"p.m." said
    bool zone = false;   // a zone word followed
    std::string offset;  // the zone's TIMEX3 offset ("Z", "-05"), "" when none
  };
  bool clock_core(size_t i, size_t& next, int& h, int& mi) const {
    ClockInfo info;
    return clock_core(i, next, h, mi, info);
  }
  bool clock_core(size_t i, size_t& next, int& h, int& mi, ClockInfo& info) const {
    if (!in(i)) return false;
    size_t j = i;
    if (t_[j].kind == TK::Word && (t_[j].low() == "noon" || t_[j].low() == "midday")) { h = 12; mi = 0; next = j + 1; return true; }
    if (t_[j].kind == TK::Word && t_[j].low() == "midnight") { h = 0; mi = 0; next = j + 1; return true; }
    bool clk = t_[j].kind == TK::Clock;
    if (!clk && !(t_[j].kind == TK::Number && (t_[j].low().empty() || t_[j].low() == "am" || t_[j].low() == "pm") && t_[j].ndigits <= 2))
      return false;
    h = t_[j].num;
    mi = clk ? t_[j].minutes : 0;
    if (h > 24 || mi > 59 || (clk && t_[j].seconds > 59)) return false;
    if (clk) info.seconds = t_[j].seconds;
    ++j;
    int ampm = 0;  // 1 am, 2 pm
    if (t_[i].low() == "am") ampm = 1;
    else if (t_[i].low() == "pm") ampm = 2;
    else if (word(j) && (t_[j].low() == "am" || t_[j].low() == "pm")) { ampm = t_[j].low() == "am" ? 1 : 2; ++j; }
    else if (word(j) && (t_[j].low() == "a" || t_[j].low() == "p") && is_p(j + 1, '.') && is_w(j + 2, "m")) {
      ampm = t_[j].low() == "a" ? 1 : 2;
      j += 3;
      if (is_p(j, '.') && !t_[j].space_before) ++j;
    }
    if (!clk && !ampm) return false;
    if (ampm && (h < 1 || h > 12)) return false;
    if (ampm == 2 && h < 12) h += 12;
    if (ampm == 1 && h == 12) h = 0;
    info.ampm = ampm != 0;
    if (word(j) && L_.zones.count(t_[j].low()) && (t_[j].cap || t_[j].low() == "local")) {
      info.zone = true;
      auto off = L_.zone_offsets.find(t_[j].low());
      if (off != L_.zone_offsets.end()) info.offset = off->second;
      ++j;
      if (is_w(j - 1, "local") && is_w(j, "time")) ++j;
    }
    next = j;
    return true;
  }

  Match clock(size_t i) const {
    Match m;
    size_t j = i;
    std::string day;
    int dir = tense(i, i + 1);
    // Day before: "Friday at 3 p.m.", "Saturday, 8 p.m."
    size_t k = 0;
    if (day_ref(i, k, day, dir)) {
      j = k;
      if (is_p(j, ',')) ++j;  // "Saturday, 8 p.m." is one expression; "Sunday night at 8 PM" two
    }
    int h = 0, mi = 0;
    size_t e = 0;
    ClockInfo info;
    if (!clock_core(j, e, h, mi, info)) return m;
    // "won in 3:07:35", "a time of 2:05:30": hours, minutes and seconds with
    // no a.m./p.m., zone or "at" are a measured time, not a clock reading.
    if (day.empty() && info.seconds >= 0 && !info.ampm && !info.zone && !(i > 0 && is_w(i - 1, "at"))) {
      std::string v = "PT";
      if (h) v += std::to_string(h) + "H";
      if (mi) v += std::to_string(mi) + "M";
      if (info.seconds || v == "PT") v += std::to_string(info.seconds) + "S";
      return Match{i, e, TimexType::Duration, v};
    }
    if (day.empty()) {
      size_t q = e;
      if (is_p(q, ',')) ++q;
      if (is_w(q, "on")) ++q;
      size_t k2 = 0;
      if (day_ref(q, k2, day, dir)) e = k2;
      else {
        Match a = abs_date(q);
        if (a.ok() && a.value.size() == 10) { day = a.value; e = a.e; }
      }
    }
    // "Monday at 10 a.m.", "Sunday night at 8 PM": the day named just before.
    if (day.empty() && i >= 2 && is_w(i - 1, "at")) {
      size_t q = i - 2;
      if (find(L_.parts_of_day, q) && q > 0) --q;
      size_t k2 = 0;
      std::string d2;
      if (day_ref(q, k2, d2, dir) && d2.size() == 10) day = d2;
    }
    if (day.empty()) day = dct_ ? fmt_day(dct()) : "XXXX-XX-XX";
    std::string v = day + "T" + fmt_two(h) + ":" + fmt_two(mi);
    if (info.seconds > 0) v += ":" + fmt_two(info.seconds);
    return Match{i, e, TimexType::Time, v + info.offset};
  }

  // Anaphoric "the day" ("the day before the vote", "on the day of the
  // attack"): a day of the narrative's reference year, not the document's
  // day. The year is filled in by run() (REFY placeholder).
  Match anaphoric_day(size_t i) const {
    Match m;
    if (!is_w(i, "day") || t_[i].cap || i == 0 || !is_w(i - 1, "the")) return m;
    static const char* const next[] = {"before", "after", "of", "when", "that", "earlier", "prior"};
    bool ok = false;
    for (const char* w : next) ok = ok || is_w(i + 1, w);
    if (!ok || t_[i + 1].sent != t_[i].sent) return m;
    return Match{i, i + 1, TimexType::Date, "REFY-XX-XX"};
  }

  // "the weekend", "over the weekend": the nearest weekend in the tense's direction.
  Match weekend(size_t i) const {
    Match m;
    if (!is_w(i, "weekend") || i == 0 || !is_w(i - 1, "the")) return m;
    if (!dct_) return Match{i, i + 1, TimexType::Date, "XXXX-WXX-WE"};
    int dir = tense(i, i + 1);
    int wd = weekday(dct());
    int off = 0;
    if (wd <= 5 && dir < 0) off = -7;
    return Match{i, i + 1, TimexType::Date, fmt_week(add_days(dct(), off)) + "-WE"};
  }

  // "the end of the year", "the beginning of the month": the unit holding the
  // document date (the prefix words are added to the span by run()).
  Match part_of_unit(size_t i) const {
    Match m;
    const Unit* u = find(L_.units, i);
    if (!u || u->mult != 1 || i < 2 || t_[i].low().back() == 's') return m;
    size_t k = i - 1;
    if (is_w(k, "the")) --k;
    if (!is_w(k, "of") || k == 0) return m;
    std::string_view w = t_[k - 1].low();
    if (w != "end" && w != "beginning" && w != "start" && w != "middle") return m;
    if (!dct_) return m;
    Date d = dct();
    // "started in early December and peaked by the end of the year": a bare
    // "the year" is the year of a month named before it in its sentence.
    if (u->code == 'Y' && !is_w(i - 1, "this")) return Match{i, i + 1, TimexType::Date, "REFS"};
    if (u->code == 'Y') return Match{i, i + 1, TimexType::Date, fmt_year(d.y)};
    if (u->code == 'M') return Match{i, i + 1, TimexType::Date, fmt_month(d.y, d.m)};
    if (u->code == 'W') return Match{i, i + 1, TimexType::Date, fmt_week(d)};
    return m;
  }

  Match holiday(size_t i) const {
    Match m;
    size_t len = 0;
    const Phrase* p = phrase_at(L_.holidays, i, len);
    if (!p || !t_[i].cap || p->value.size() != 5) return m;
    size_t e = i + len;
    int mo = std::atoi(p->value.c_str()), d = std::atoi(p->value.c_str() + 3);
    int y = year_num(e);
    if (y) ++e;
    if (!y) {
      if (!dct_) return Match{i, e, TimexType::Date, "XXXX-" + p->value};
      y = day_year(mo, d, tense(i, e));
    }
    if (!valid_date(y, mo, d)) return m;
    return Match{i, e, TimexType::Date, fmt_day(Date{y, mo, d})};
  }
};

// A long text is tagged in pieces so that its tokens (32 bytes each) are not
// all held at once: matches start in [begin, cut) of a piece, cut by
// base::piece_cut (at a paragraph, sentence or word break). The piece's tokens
// run kReach bytes past the cut, so a match that starts before it ends where
// it would in the whole text, and the next piece starts at the first token
// the last match left, with kContext tokens before it that matches may look
// back at ("the" before "day"). A text under 2 * kPiece bytes is one piece.
constexpr size_t kPiece = size_t{64} << 10;
constexpr size_t kReach = 512;
constexpr size_t kContext = 4;

// Where the tokens of a piece cut at `cut` end: kReach bytes on, at whitespace.
size_t piece_end(std::string_view text, size_t cut) {
  if (cut >= text.size() || text.size() - cut <= kReach) return text.size();
  size_t ws = text.find_first_of(" \t\n", cut + kReach);
  return ws == std::string_view::npos ? text.size() : ws;
}

}  // namespace

std::vector<Timex> tag_timexes(std::string_view text, const std::optional<std::string>& published,
                               const lang::Annotation* ann) {
  std::vector<Timex> out;
  if (text.empty()) return out;
  std::optional<Date> dct;
  if (published) dct = parse_iso_date(*published);
  Reference ref;
  int sent_base = 0;
  for (size_t from = 0, begin = 0; begin < text.size();) {
    size_t cut = base::piece_cut(text, begin, kPiece), to = piece_end(text, cut);
    base::DateTokens tokens = base::date_tokens(text.substr(from, to - from), base::kTimeTokens);
    for (Tok& t : tokens.toks) {  // spans and sentences of the whole text
      t.start += static_cast<uint32_t>(from);
      t.end += static_cast<uint32_t>(from);
      t.sent += sent_base;
    }
    const std::vector<Tok>& toks = tokens.toks;
    Tagger tagger(lexicon(), toks, dct, ann, ref);
    auto emit = [&](const Match& m) {
      Timex t;
      t.span.start = toks[m.b].start;
      t.span.end = toks[m.e - 1].end;
      t.type = m.type;
      t.value = m.value;
      out.push_back(std::move(t));
    };
    size_t next = tagger.run(emit, begin, cut < text.size() ? cut : SIZE_MAX);
    if (next >= toks.size()) {  // no token in the reach past the cut (a run of spaces): go on after it
      begin = from = to;
      if (!toks.empty()) sent_base = toks.back().sent + 1;
      continue;
    }
    size_t context = next >= kContext ? next - kContext : 0;
    begin = toks[next].start;
    from = toks[context].start;
    sent_base = toks[context].sent;
  }
  return out;
}

void tag_document(Document& doc) {
  doc.timexes = tag_timexes(doc.text, doc.meta.published, doc.lang.get());
  doc.chronology = find_chronology(doc);
}

}  // namespace dyad::time
