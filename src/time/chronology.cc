// Chronology lists: entry-shaped pieces (a leading date and what happened),
// glued-year repair, runs of entries, and one entry per real entry. The rules
// are described in chronology.h.
#include "time/chronology.h"

#include <algorithm>
#include <unordered_map>

#include "time/calendar.h"
#include "time/lexicon.h"

namespace dyad::time {

namespace {

constexpr int kMinYear = 1000, kMaxYear = 2099;
constexpr size_t kMinRun = 3;        // entry-shaped pieces in a row that make a list
constexpr size_t kMinGluedRun = 2;   // ... when a glued year shows a scraped list
constexpr size_t kMinContained = 16; // fingerprint bytes for a containment match

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

bool has(std::string_view s, size_t i, std::string_view what) { return s.substr(i, what.size()) == what; }

// Bytes of a horizontal space at s[i] (space, tab, no-break space), else 0.
size_t space_len(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ' || s[i] == '\t') return 1;
  if (has(s, i, "\xC2\xA0")) return 2;
  return 0;
}

size_t skip_spaces(std::string_view s, size_t i) {
  while (size_t n = space_len(s, i)) i += n;
  return i;
}

// Bytes of a dash at s[i] ("-", "--", en, em, figure dash), else 0.
size_t dash_len(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return has(s, i, "--") ? 2 : 1;
  if (has(s, i, "\xE2\x80\x93") || has(s, i, "\xE2\x80\x94") || has(s, i, "\xE2\x80\x92")) return 3;
  return 0;
}

// Bytes of a list bullet at s[i], else 0.
size_t bullet_len(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '*') return 1;
  for (std::string_view b : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xBA", "\xE2\x97\x8F"})
    if (has(s, i, b)) return b.size();
  return dash_len(s, i);
}

size_t count_digits(std::string_view s, size_t i) {
  size_t n = 0;
  while (i + n < s.size() && is_digit(s[i + n])) ++n;
  return n;
}

int to_int(std::string_view s, size_t i, size_t n) {
  int v = 0;
  for (size_t k = 0; k < n; ++k) v = v * 10 + (s[i + k] - '0');
  return v;
}

struct Point {
  int y = 0, m = 0, d = 0;  // m, d = 0 when not stated
  size_t end = 0;
};

std::string fmt_point(const Point& p) {
  if (p.m == 0) return fmt_year(p.y);
  if (p.d == 0) return fmt_month(p.y, p.m);
  return fmt_day(Date{p.y, p.m, p.d});
}

// A four-digit year at s[i] that is a year, not part of a bigger number
// ("1,200", "2000.5"), a decade ("1990s") or a unit ("2000km").
std::optional<int> year_at(std::string_view s, size_t i) {
  if (count_digits(s, i) != 4) return std::nullopt;
  if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == ',')) return std::nullopt;
  int y = to_int(s, i, 4);
  if (y < kMinYear || y > kMaxYear) return std::nullopt;
  size_t e = i + 4;
  if (e < s.size()) {
    char c = s[e];
    if (is_lower(c) || c == '%' || c == '\'') return std::nullopt;
    if ((c == ',' || c == '.') && e + 1 < s.size() && is_digit(s[e + 1])) return std::nullopt;
  }
  return y;
}

// A month name (or abbreviation, with an optional period) at s[i].
int month_at(std::string_view s, size_t i, size_t& end) {
  size_t j = i;
  while (j < s.size() && is_alpha(s[j])) ++j;
  if (j - i < 3 || j - i > 9) return 0;
  std::string w(s.substr(i, j - i));
  for (char& c : w) c = static_cast<char>(c | 0x20);
  const auto& months = lexicon().months;
  auto it = months.find(w);
  if (it == months.end()) return 0;
  if (j < s.size() && s[j] == '.') ++j;
  end = j;
  return it->second;
}

// A day number with an optional ordinal suffix at s[i].
int day_at(std::string_view s, size_t i, size_t& end) {
  size_t n = count_digits(s, i);
  if (n < 1 || n > 2) return 0;
  int d = to_int(s, i, n);
  size_t j = i + n;
  for (std::string_view suf : {"st", "nd", "rd", "th"})
    if (has(s, j, suf)) {
      j += 2;
      break;
    }
  if (j < s.size() && is_alpha(s[j])) return 0;
  end = j;
  return d;
}

// One date at s[i]: "1979", "1979-12-25", "September 2001", "Dec. 25, 1979",
// "25 December 1979".
std::optional<Point> parse_point(std::string_view s, size_t i) {
  if (i >= s.size()) return std::nullopt;
  if (is_digit(s[i])) {
    if (auto y = year_at(s, i)) {
      size_t e = i + 4;
      // ISO date.
      if (e + 6 <= s.size() && s[e] == '-' && count_digits(s, e + 1) == 2 && s[e + 3] == '-' &&
          count_digits(s, e + 4) == 2) {
        int m = to_int(s, e + 1, 2), d = to_int(s, e + 4, 2);
        if (valid_date(*y, m, d)) return Point{*y, m, d, e + 6};
      }
      return Point{*y, 0, 0, e};
    }
    size_t j = 0;
    int d = day_at(s, i, j);
    if (!d) return std::nullopt;
    size_t k = skip_spaces(s, j);
    if (k == j) return std::nullopt;
    size_t me = 0;
    int m = month_at(s, k, me);
    if (!m) return std::nullopt;
    size_t yk = skip_spaces(s, me);
    if (yk == me) return std::nullopt;
    auto y = year_at(s, yk);
    if (!y || !valid_date(*y, m, d)) return std::nullopt;
    return Point{*y, m, d, yk + 4};
  }
  if (!is_upper(s[i])) return std::nullopt;
  size_t me = 0;
  int m = month_at(s, i, me);
  if (!m) return std::nullopt;
  size_t k = skip_spaces(s, me);
  if (k == me) return std::nullopt;
  if (auto y = year_at(s, k)) return Point{*y, m, 0, k + 4};
  size_t de = 0;
  int d = day_at(s, k, de);
  if (!d) return std::nullopt;
  size_t yk = de;
  if (yk < s.size() && s[yk] == ',') ++yk;
  size_t yk2 = skip_spaces(s, yk);
  if (yk2 == yk) return std::nullopt;
  auto y = year_at(s, yk2);
  if (!y || !valid_date(*y, m, d)) return std::nullopt;
  return Point{*y, m, d, yk2 + 4};
}

bool before(const Point& a, const Point& b) {
  if (a.y != b.y) return a.y < b.y;
  if (a.m == 0 || b.m == 0) return false;
  if (a.m != b.m) return a.m < b.m;
  if (a.d == 0 || b.d == 0) return false;
  return a.d < b.d;
}

// Lower-case letters, digits and non-ASCII bytes of `s`: spacing and
// punctuation differences do not hide a repeat.
std::string fingerprint(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    unsigned char u = static_cast<unsigned char>(c);
    // General punctuation (U+2000-U+206F: curly quotes, dashes, ellipsis)
    // is skipped like ASCII punctuation: "Russia’s" repeats "Russia's".
    if (u == 0xE2 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xFE) == 0x80) {
      i += 2;
      continue;
    }
    if (is_upper(c)) r += static_cast<char>(c | 0x20);
    else if (is_lower(c) || is_digit(c) || u >= 0x80) r += c;
  }
  return r;
}

// `s` with runs of whitespace collapsed to one space, trimmed.
std::string collapse(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    size_t n = space_len(s, i);
    if (!n && (s[i] == '\n' || s[i] == '\r')) n = 1;
    if (n) {
      space = !r.empty();
      i += n;
      continue;
    }
    if (space) r += ' ';
    space = false;
    r += s[i++];
  }
  return r;
}

// One piece of a paragraph: the whole line, or a part cut at a glued year.
struct Piece {
  size_t start = 0, end = 0;  // in the text, trimmed, after any bullet
  std::optional<LeadDate> lead;
  bool glued = false;         // starts at a year glued to the previous sentence
  bool glued_head = false;    // the part before the first glued year of its line
  bool gap = false;           // stands for paragraphs the cleaning stages removed (empty)
};

// What the cleaning stages removed right before a paragraph of the clean text.
struct Gap {
  bool removed = false;        // some paragraph
  std::string_view date_line;  // the last one, when it was a date line (ParaKind::Date)
};

// The gap before kept paragraph `para` (its index in text_paras). Only the
// paragraphs that follow removed ones have one: a text of short lines keeps
// no record a line.
struct GapAt {
  uint32_t para = 0;
  Gap gap;
};

// True when a glued date may start at s[i]: right after a sentence end
// (". ! ? ) ] \" ' ” ’") that follows a word, or right against a word.
bool glue_point(std::string_view s, size_t lo, size_t i) {
  if (i < lo + 2 || !(is_digit(s[i]) || is_upper(s[i]))) return false;
  // "...the city falls1995 Taliban take Kandahar": a year right against the
  // last word of an entry whose closing stop the scrape lost (a word of at
  // least three letters, so "F16" or "G20" are never cut).
  if (is_digit(s[i]) && i >= lo + 3 && is_lower(s[i - 1]) && is_lower(s[i - 2]) && is_lower(s[i - 3]) &&
      i + 4 <= s.size() && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
      (i + 4 == s.size() || !is_digit(s[i + 4])) && (s[i] == '1' || s[i] == '2'))
    return true;
  size_t q = i;  // start of the closing punctuation
  if (i >= lo + 3 && (has(s, i - 3, "\xE2\x80\x9D") || has(s, i - 3, "\xE2\x80\x99"))) q = i - 3;
  else if (s[i - 1] == '"' || s[i - 1] == '\'' || s[i - 1] == ')' || s[i - 1] == ']') q = i - 1;
  if (q < i && q > lo && (s[q - 1] == '.' || s[q - 1] == '!' || s[q - 1] == '?')) --q;
  else if (q == i && (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?')) q = i - 1;
  if (q == i || q <= lo) return false;
  char w = s[q - 1];
  return is_alpha(w) || w == ')' || w == '"';
}

void add_piece(std::string_view text, size_t a, size_t b, bool glued, bool glued_head,
               std::vector<Piece>& out) {
  while (a < b && space_len(text, a)) a += space_len(text, a);
  while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (size_t n = bullet_len(text, a); n && a + n < b && space_len(text, a + n)) a = skip_spaces(text, a + n);
  if (a >= b) return;
  Piece p;
  p.start = a;
  p.end = b;
  p.glued = glued;
  p.glued_head = glued_head;
  p.lead = leading_date(text.substr(a, b - a));
  out.push_back(std::move(p));
}

// The pieces of paragraph [a, b): cut before each glued date. A bare date
// line the cleaning removed right before it comes back as an empty piece.
void split_paragraph(std::string_view text, size_t a, size_t b, const Gap& gap, std::vector<Piece>& out) {
  if (gap.removed) {
    Piece p;
    p.start = p.end = a;
    auto lead = gap.date_line.empty() ? std::nullopt : leading_date(gap.date_line);
    if (lead && lead->text_start >= gap.date_line.size()) {
      lead->text_start = 0;  // a bare date: its text is this paragraph
      p.lead = lead;
    } else {
      p.gap = true;
    }
    out.push_back(std::move(p));
  }
  std::vector<size_t> cuts;
  for (size_t i = a + 2; i < b; ++i) {
    if (!glue_point(text, a, i)) continue;
    if (leading_date(text.substr(i, b - i))) cuts.push_back(i);
  }
  size_t from = a;
  for (size_t k = 0; k <= cuts.size(); ++k) {
    size_t to = k < cuts.size() ? cuts[k] : b;
    add_piece(text, from, to, k > 0, k == 0 && !cuts.empty(), out);
    from = to;
  }
}

bool alone(const Piece& p) { return p.lead && p.lead->text_start >= p.end - p.start; }

void emit_run(std::string_view text, const std::vector<Piece>& pieces, size_t first, size_t last,
              std::vector<TimelineEntry>& out) {
  size_t leads = 0;
  bool glue = false;
  for (size_t i = first; i < last; ++i) {
    if (pieces[i].lead) ++leads;
    glue = glue || pieces[i].glued;
  }
  if (leads < kMinRun && !(glue && leads >= kMinGluedRun)) return;
  std::vector<TimelineEntry> run;
  for (size_t i = first; i < last; ++i) {
    const Piece& p = pieces[i];
    std::string_view body = text.substr(p.start, p.end - p.start);
    if (p.lead) {
      TimelineEntry e;
      e.span = {static_cast<uint32_t>(p.start), static_cast<uint32_t>(p.end)};
      e.date = p.lead->date;
      e.end_date = p.lead->end_date;
      e.kind = TimelineKind::Chronology;
      if (!alone(p)) e.text = collapse(body.substr(p.lead->text_start));
      run.push_back(std::move(e));
    } else if (!run.empty() && !p.gap) {  // text of a bare date line, or the tail of the previous entry
      TimelineEntry& e = run.back();
      e.span.end = static_cast<uint32_t>(p.end);
      std::string t = collapse(body);
      e.text = e.text.empty() ? t : e.text + " " + t;
    }
  }
  for (auto& e : run)
    if (!e.text.empty()) out.push_back(std::move(e));
}

}  // namespace

std::optional<LeadDate> leading_date(std::string_view s) {
  auto p1 = parse_point(s, 0);
  if (!p1) return std::nullopt;
  LeadDate r;
  r.date = fmt_point(*p1);
  size_t e = p1->end;
  // A range: "1989-1992", "1979–89", "September 2001 - December 2002", "1979 to 1989".
  size_t j = skip_spaces(s, e);
  size_t k = dash_len(s, j);
  if (!k && (has(s, j, "to ") || has(s, j, "until "))) k = s[j] == 't' ? 3 : 6;
  if (k) {
    size_t j2 = skip_spaces(s, j + k);
    auto p2 = parse_point(s, j2);
    // "1979-89": a two-digit end year only right against the dash.
    if (!p2 && p1->m == 0 && j == e && j2 == j + k && k != 2 && count_digits(s, j2) == 2 &&
        !(j2 + 2 < s.size() && (is_alpha(s[j2 + 2]) || is_digit(s[j2 + 2]) || s[j2 + 2] == ',' ||
                                  (s[j2 + 2] == '.' && j2 + 3 < s.size() && is_digit(s[j2 + 3]))))) {
      int y2 = p1->y / 100 * 100 + to_int(s, j2, 2);
      if (y2 <= p1->y) y2 += 100;
      p2 = Point{y2, 0, 0, j2 + 2};
    }
    if (p2 && before(*p1, *p2)) {
      r.end_date = fmt_point(*p2);
      e = p2->end;
    }
  }
  r.length = e;
  // What follows the date: a separator, a capitalised word, or nothing.
  size_t t = skip_spaces(s, e);
  bool sep = false;
  if (t < s.size() && (s[t] == ':' || s[t] == ',' || s[t] == ';' || s[t] == ')' || s[t] == '.')) {
    ++t;
    sep = true;
  } else if (size_t d = dash_len(s, t)) {
    t += d;
    sep = true;
  }
  t = skip_spaces(s, t);
  size_t rest = t;
  while (rest < s.size() && (s[rest] == ' ' || s[rest] == '.' || s[rest] == ':')) ++rest;
  if (rest >= s.size()) {
    r.text_start = s.size();
    return r;
  }
  if (!sep) {
    bool quote = s[t] == '"' || has(s, t, "\xE2\x80\x9C") || has(s, t, "\xE2\x80\x98");
    if (!is_upper(s[t]) && !quote) return std::nullopt;
    // Glued to the date ("1979Soviet"): a capitalised word, not a time ("T23:06").
    if (t == e && !(t + 1 < s.size() && is_lower(s[t + 1]))) return std::nullopt;
  }
  r.text_start = t;
  return r;
}

namespace {

std::vector<TimelineEntry> find_entries(std::string_view text, const std::vector<Span>& paras,
                                        const std::vector<GapAt>& gaps) {
  // Runs of pieces that join are emitted as each closes, so only the open
  // run's pieces are held (a piece per line of a long text would not be).
  std::vector<Piece> run, pieces;
  std::vector<TimelineEntry> found;
  auto close_run = [&] {
    emit_run(text, run, 0, run.size(), found);
    run.clear();
  };
  size_t g = 0;  // the first gap at or after paragraph k
  for (size_t k = 0; k < paras.size(); ++k) {
    const Span& para = paras[k];
    while (g < gaps.size() && gaps[g].para < k) ++g;
    if (para.end > text.size() || para.start >= para.end) continue;
    pieces.clear();
    split_paragraph(text, para.start, para.end, g < gaps.size() && gaps[g].para == k ? gaps[g].gap : Gap{}, pieces);
    for (Piece& p : pieces) {
      bool joins = p.lead || (!run.empty() && (p.gap || alone(run.back()) || p.glued_head));
      if (joins) {
        run.push_back(std::move(p));
      } else {
        close_run();  // the piece that does not join belongs to no run
      }
    }
  }
  close_run();
  // Each real entry once: the same start year and the same text, or one text
  // containing the other (a scrape repeating an entry in full and in part, or
  // without its range). The copy with the fuller date, then text, is kept.
  auto richer = [](const TimelineEntry& a, const std::string& fa, const TimelineEntry& b, const std::string& fb) {
    if (a.end_date.has_value() != b.end_date.has_value()) return a.end_date.has_value();
    if (a.date.size() != b.date.size()) return a.date.size() > b.date.size();
    return fa.size() > fb.size();
  };
  std::vector<TimelineEntry> out;
  std::vector<std::string> prints;
  std::unordered_map<std::string, std::vector<size_t>> by_year;
  for (auto& e : found) {
    std::string fp = fingerprint(e.text);
    auto& same = by_year[e.date.substr(0, 4)];
    bool dup = false;
    for (size_t k : same) {
      const std::string& g = prints[k];
      const std::string& shorter = g.size() < fp.size() ? g : fp;
      const std::string& longer = g.size() < fp.size() ? fp : g;
      if (g == fp || (shorter.size() >= kMinContained && longer.find(shorter) != std::string::npos)) {
        dup = true;
        if (richer(e, fp, out[k], g)) {
          out[k] = e;
          prints[k] = fp;
        }
        break;
      }
    }
    if (dup) continue;
    same.push_back(out.size());
    prints.push_back(std::move(fp));
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TimelineEntry& a, const TimelineEntry& b) { return a.span.start < b.span.start; });
  return out;
}

}  // namespace

std::vector<TimelineEntry> find_chronology(std::string_view text, const std::vector<Span>& paras) {
  return find_entries(text, paras, {});
}

std::vector<TimelineEntry> find_chronology(const Document& doc) {
  // What the cleaning removed between kept paragraphs (the k-th kept
  // paragraph is the k-th of text_paras): a removed repeat must not hand a
  // bare year the next paragraph as its text, and a removed date line is
  // the date of the paragraph after it.
  std::vector<GapAt> gaps;
  Gap cur;
  size_t kept = 0;
  for (const auto& p : doc.paras) {
    if (para_kind_kept(p.kind)) {
      if (cur.removed) gaps.push_back({uint32_t(kept), cur});
      cur = Gap{};
      ++kept;
      continue;
    }
    cur.removed = true;
    cur.date_line = p.kind == ParaKind::Date ? doc.para_text(p) : std::string_view{};
  }
  if (kept != doc.text_paras.size()) gaps.clear();
  return find_entries(doc.text, doc.text_paras, gaps);
}

}  // namespace dyad::time
