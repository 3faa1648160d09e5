// Event dates: attaches the sentence's time expressions to verb groups and
// picks each event's date by the rules in event_dates.h.
#include "events/event_dates.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "base/text.h"
#include "lang/annotation.h"
#include "quotes/context.h"
#include "time/calendar.h"
#include "time/chronology.h"

namespace dyad::events {

namespace {

using lang::Tag;

bool digits(std::string_view s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int num(std::string_view s, size_t from, size_t n) {
  int v = 0;
  for (size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

// First token ending after byte `off` (tokens.size() when none).
uint32_t token_at(const lang::Annotation& a, uint32_t off) {
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), off,
                             [](const lang::Token& t, uint32_t o) { return t.span.end <= o; });
  return static_cast<uint32_t>(it - a.tokens.begin());
}

// Sentence index of an event: its own when consistent, else the sentence
// holding its span.
int sentence_of(const lang::Annotation& a, const Event& e) {
  if (e.sentence < a.sentences.size()) {
    const Span& s = a.sentences[e.sentence].span;
    if (s.start <= e.span.start && e.span.start < std::max(s.end, s.start + 1)) return static_cast<int>(e.sentence);
  }
  for (size_t i = 0; i < a.sentences.size(); ++i)
    if (a.sentences[i].span.start <= e.span.start && e.span.start < a.sentences[i].span.end) return static_cast<int>(i);
  return -1;
}

// A dated time expression of a sentence and the verb group it attaches to.
struct Candidate {
  std::string date;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  int host = -1;                 // verb group index
  int distance = 0;              // tokens between it and its host
  bool fronted = false;          // before every verb of its sentence
};

constexpr int kCommaPenalty = 6;  // tokens a comma adds between an expression and a verb after it

// Distance in tokens from an expression [a0, a1) to a verb group [b0, b1);
// -1 when it cannot attach there. An expression reaches a verb after it
// across a comma only when no verb comes before it in the sentence (a
// fronted "On Saturday, ..." or "Russia, in 2014, ..."), and then only when
// no nearer verb holds it: "troops moved on Saturday, an official said";
// "Russia, where memories of the withdrawal in 1989 remain fresh, says ...".
int gap(const lang::Annotation& a, uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1, bool verb_before) {
  if (b1 <= a0) return static_cast<int>(a0 - b1);
  if (a1 > b0) return 0;
  int d = static_cast<int>(b0 - a1);
  for (uint32_t i = a1; i < b0; ++i)
    if (a.tokens[i].tag == Tag::Comma) {
      if (verb_before) return -1;
      d += kCommaPenalty;
    }
  return d;
}

// True when the expression modifies a noun: "Saturday's vote", "the 2014 elections".
bool inside_noun_phrase(const lang::Annotation& a, const lang::Sentence& s, uint32_t first, uint32_t last) {
  if (last >= s.last) return false;
  Tag next = a.tokens[last].tag;
  if (next == Tag::POS) return true;
  if (!lang::is_noun(next)) return false;
  if (first > s.first) {
    Tag prev = a.tokens[first - 1].tag;
    return prev == Tag::DT || prev == Tag::PRPS || prev == Tag::POS;
  }
  return false;
}

// "asked in a letter posted on Tuesday", "said in a statement released Monday": a participle
// describing the document a speech act is made in (after "in", "via", "through") says when the
// document appeared, which is when its author spoke; it hosts no date of its own. A noun after
// a preposition is no subject, so the verb right after it is that participle however tagged.
bool medium_participle(const lang::Annotation& a, const lang::Sentence& s, const lang::VerbGroup& vg) {
  const Tag v = a.tokens[vg.first].tag;
  if (vg.last != vg.first + 1 || vg.first < s.first + 3 || (v != Tag::VBN && v != Tag::VBD)) return false;
  const lang::Token& noun = a.tokens[vg.first - 1];
  if (noun.tag != Tag::NN || !quotes::Lexicon::get().document.count(base::lower_ascii(noun.lemma))) return false;
  for (uint32_t k = vg.first - 1; k > s.first && k + 6 > vg.first; --k) {
    const std::string w = base::lower_ascii(a.tokens[k - 1].form);
    if (w == "in" || w == "via" || w == "through") return true;
    const Tag t = a.tokens[k - 1].tag;
    if (t != Tag::DT && t != Tag::PRPS && !lang::is_adj(t) && !lang::is_noun(t)) return false;
  }
  return false;
}

std::vector<Candidate> candidates(const Document& doc, const lang::Annotation& a, const lang::Sentence& s,
                                  const std::vector<int>& groups) {
  std::vector<Candidate> out;
  if (s.first >= s.last) return out;
  const uint32_t begin = a.tokens[s.first].span.start, end = a.tokens[s.last - 1].span.end;
  auto it = std::lower_bound(doc.timexes.begin(), doc.timexes.end(), begin,
                             [](const Timex& t, uint32_t o) { return t.span.end <= o; });
  for (; it != doc.timexes.end() && it->span.start < end; ++it) {
    if (it->type != TimexType::Date && it->type != TimexType::Time) continue;
    auto date = calendar_date(it->value, doc.meta.published);
    if (!date) continue;
    Candidate c;
    c.date = *date;
    c.first = std::max(token_at(a, it->span.start), s.first);
    c.last = std::min(std::max(token_at(a, it->span.end - 1) + 1, c.first + 1), s.last);
    if (inside_noun_phrase(a, s, c.first, c.last)) continue;
    c.fronted = true;
    for (int g : groups)
      if (a.verb_groups[g].first < c.last) c.fronted = false;
    for (int g : groups) {
      const auto& vg = a.verb_groups[g];
      if (medium_participle(a, s, vg)) continue;
      int d = gap(a, c.first, c.last, vg.first, vg.last, !c.fronted);
      if (d < 0) continue;
      // Nearest verb; on a tie the verb before the expression wins.
      if (c.host < 0 || d < c.distance || (d == c.distance && vg.last <= c.first)) {
        c.host = g;
        c.distance = d;
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

// The date of the candidate attached to verb group `g`, closest first.
const Candidate* attached(const std::vector<Candidate>& cs, int g) {
  const Candidate* best = nullptr;
  for (const auto& c : cs)
    if (c.host == g && (!best || c.distance < best->distance)) best = &c;
  return best;
}

// A nominal event (the coder's "(noun) ..." patterns: "the July 25 call
// with Zelensky") is dated by a time expression modifying its own noun: one
// that ends right before the noun or before only the noun's modifiers
// ("a March 21 phone call", "Trump's July 25 call"). Such expressions sit
// inside the noun phrase and date the noun, not a verb (see
// inside_noun_phrase), so the verb rules never give them to the event.
std::optional<std::string> noun_date(const Document& doc, const lang::Annotation& a, const lang::Sentence& s,
                                     const Event& e) {
  if (!e.pattern.starts_with("(noun) ") || e.verb.end <= e.verb.start) return std::nullopt;
  const uint32_t noun = token_at(a, e.verb.start);
  if (noun >= s.last || noun <= s.first) return std::nullopt;
  const uint32_t begin = a.tokens[s.first].span.start;
  auto it = std::lower_bound(doc.timexes.begin(), doc.timexes.end(), begin,
                             [](const Timex& t, uint32_t o) { return t.span.end <= o; });
  std::optional<std::string> found;
  for (; it != doc.timexes.end() && it->span.end <= e.verb.start; ++it) {
    if (it->type != TimexType::Date && it->type != TimexType::Time) continue;
    auto date = calendar_date(it->value, doc.meta.published);
    if (!date) continue;
    uint32_t k = std::min(token_at(a, it->span.end - 1) + 1, noun);
    while (k < noun && (a.tokens[k].tag == Tag::NN || a.tokens[k].tag == Tag::NNP || a.tokens[k].tag == Tag::JJ))
      ++k;
    if (k == noun) found = std::move(date);
  }
  return found;
}

// Precision of a "YYYY[-MM[-DD]]" date: 1, 2 or 3 parts.
int parts(const std::string& d) { return 1 + static_cast<int>(std::count(d.begin(), d.end(), '-')); }

// `date` moved by `n` units ('D' days, 'W' weeks, 'M' months, 'Y' years),
// keeping its precision; nullopt when the unit is finer than the date.
std::optional<std::string> shift(const std::string& date, int n, char unit) {
  const int p = parts(date);
  if (unit == 'Y') return time::fmt_year(num(date, 0, 4) + n) + date.substr(4);
  if (unit == 'M' && p >= 2) {
    int m = num(date, 0, 4) * 12 + num(date, 5, 2) - 1 + n;
    return p == 2 ? time::fmt_month(m / 12, m % 12 + 1) : std::optional<std::string>{};
  }
  if ((unit == 'D' || unit == 'W') && p == 3) {
    auto d = time::parse_iso_date(date);
    if (!d) return std::nullopt;
    return time::fmt_day(time::civil_from_days(time::to_days(*d) + (unit == 'W' ? 7 * n : n)));
  }
  return std::nullopt;
}

// An event in a clause opened by "after"/"before" right after a duration
// ("the crash comes a day after the Taliban swapped ...", "two weeks before
// talks began") happened that long before/after the main verb of its
// sentence: the main verb's own date, or the publication for an undated
// present-tense report. nullopt when any part is missing or the duration is
// vague ("days after").
std::optional<std::string> anchored_date(const Document& doc, const lang::Annotation& a, int g,
                                         const std::optional<std::string>& published) {
  const auto& vg = a.verb_groups[static_cast<size_t>(g)];
  const auto& s = a.sentences[vg.sentence];
  // The subordinator: "after"/"before" with only the clause's subject between it and the verb.
  uint32_t k = vg.first;
  while (k > s.first && !lang::is_verb(a.tokens[k - 1].tag) && !lang::is_punct(a.tokens[k - 1].tag) &&
         a.tokens[k - 1].tag != Tag::IN)
    --k;
  if (k <= s.first + 1) return std::nullopt;
  const std::string sub = base::lower_ascii(a.tokens[k - 1].form);
  if (sub != "after" && sub != "before") return std::nullopt;
  // The duration ending right before it: "a day", "two weeks" (P1D, P2W).
  const uint32_t at = a.tokens[k - 2].span.end;
  auto it = std::lower_bound(doc.timexes.begin(), doc.timexes.end(), at,
                             [](const Timex& t, uint32_t o) { return t.span.end < o; });
  if (it == doc.timexes.end() || it->span.end != at || it->type != TimexType::Duration) return std::nullopt;
  const std::string& v = it->value;
  if (v.size() < 3 || v[0] != 'P' || !digits(v, 1, v.size() - 2)) return std::nullopt;
  const int n = num(v, 1, v.size() - 2);
  const char unit = v.back();
  // The main verb before the duration, dated by its own expression or, as
  // an undated present-tense report, by the publication.
  const uint32_t dur = token_at(a, it->span.start);
  int main = -1;
  for (int h = g - 1; h >= 0 && a.verb_groups[h].sentence == vg.sentence; --h)
    if (a.verb_groups[h].last <= dur) {
      main = h;
      break;
    }
  if (main < 0) return std::nullopt;
  const auto& mg = a.verb_groups[static_cast<size_t>(main)];
  std::optional<std::string> anchor;
  auto cs = candidates(doc, a, s, [&] {
    std::vector<int> gs;
    for (size_t h = 0; h < a.verb_groups.size(); ++h)
      if (a.verb_groups[h].sentence == vg.sentence) gs.push_back(static_cast<int>(h));
    return gs;
  }());
  if (const Candidate* c = attached(cs, main))
    anchor = c->date;
  else if (published && mg.finite && mg.modal < 0 && mg.tense == lang::Tense::Present && !mg.perfect)
    anchor = published;
  if (!anchor) return std::nullopt;
  return shift(*anchor, sub == "after" ? -n : n, unit);
}

}  // namespace

std::optional<std::string> calendar_date(std::string_view v, const std::optional<std::string>& published) {
  if (v == "PRESENT_REF") {
    if (published && time::parse_iso_date(*published)) return published->substr(0, 10);
    return std::nullopt;
  }
  if (!digits(v, 0, 4)) return std::nullopt;  // PAST_REF, XXXX-..., decades "199"
  int y = num(v, 0, 4);
  if (v.size() == 4) return std::string(v);
  if (v[4] != '-' || v.size() < 6) return std::nullopt;
  if (digits(v, 5, 2) && (v.size() == 7 || v[7] == '-' || v[7] == 'T')) {
    int m = num(v, 5, 2);
    if (m < 1 || m > 12) return std::nullopt;
    if (v.size() >= 10 && v[7] == '-' && digits(v, 8, 2)) {
      int d = num(v, 8, 2);
      if (!time::valid_date(y, m, d)) return std::nullopt;
      return std::string(v.substr(0, 10));
    }
    return std::string(v.substr(0, 7));
  }
  if (v[5] == 'W' && digits(v, 6, 2)) {
    int w = num(v, 6, 2);
    if (w < 1 || w > 53) return std::nullopt;
    // Monday of week 1 is the Monday on or before January 4.
    time::Date jan4{y, 1, 4};
    int64_t monday1 = time::to_days(jan4) - (time::weekday(jan4) - 1);
    time::Date thu = time::civil_from_days(monday1 + 7 * (w - 1) + 3);
    return time::fmt_month(thu.y, thu.m);
  }
  if (v.find('X') != std::string_view::npos) return std::nullopt;
  return time::fmt_year(y);  // seasons, quarters, halves, weekends of a year
}

namespace {

// True when `s` lies inside the quoted words of a direct quotation.
bool in_direct_quote(const Document& doc, const Span& s) {
  for (const auto& q : doc.quotes)
    if (q.type == QuoteType::Direct && q.start <= s.start && s.start < q.end) return true;
  return false;
}

}  // namespace

const char* date_kind_name(DateKind k) {
  switch (k) {
    case DateKind::Explicit: return "explicit";
    case DateKind::Inherited: return "inherited";
    case DateKind::Publication: return "publication";
    case DateKind::None: break;
  }
  return "none";
}

int event_verb_group(const Document& doc, const Event& e) {
  if (!doc.lang || e.verb.end <= e.verb.start) return -1;
  const auto& a = *doc.lang;
  int best = -1;
  // Verb groups are in text order: start at the first whose first token ends
  // after the verb starts, stop at the first that starts after it ends.
  auto lo = std::lower_bound(a.verb_groups.begin(), a.verb_groups.end(), e.verb.start,
                             [&](const lang::VerbGroup& vg, uint32_t pos) {
                               return vg.first < a.tokens.size() && a.tokens[vg.first].span.end <= pos &&
                                      vg.last <= a.tokens.size() && vg.last > vg.first &&
                                      a.tokens[vg.last - 1].span.end <= pos;
                             });
  for (size_t g = size_t(lo - a.verb_groups.begin()); g < a.verb_groups.size(); ++g) {
    const auto& vg = a.verb_groups[g];
    if (vg.first >= vg.last || vg.last > a.tokens.size()) continue;
    Span sp{a.tokens[vg.first].span.start, a.tokens[vg.last - 1].span.end};
    if (sp.start >= e.verb.end) break;
    if (sp.end <= e.verb.start || sp.start >= e.verb.end) continue;
    const Span& h = a.tokens[vg.head].span;
    if (h.start >= e.verb.start && h.end <= e.verb.end) return static_cast<int>(g);
    if (best < 0) best = static_cast<int>(g);
  }
  return best;
}

namespace {

// "Esper on Wednesday accused China ... He urged Vietnam to push back.": a sentence that goes on
// with a personal pronoun as its subject and a simple past verb narrates the same occasion as the
// dated act of the same actor in the sentence before, and takes its date when it has none.
void continue_dates(Document& doc) {
  const auto& a = *doc.lang;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    Event& e = doc.events[i];
    const int s = sentence_of(a, e);
    if (e.date || e.source.empty() || s <= 0) continue;
    const lang::Sentence& sent = a.sentences[size_t(s)];
    const int g = event_verb_group(doc, e);
    if (g < 0 || sent.first + 1 >= sent.last || a.tokens[sent.first].tag != lang::Tag::PRP) continue;
    const lang::VerbGroup& vg = a.verb_groups[size_t(g)];
    if (vg.first != sent.first + 1 || !vg.finite || vg.perfect || vg.modal >= 0 || vg.tense != lang::Tense::Past)
      continue;
    for (size_t j = i; j-- > 0;) {
      const Event& p = doc.events[j];
      const int ps = sentence_of(a, p);
      if (ps < s - 1) break;
      if (ps == s - 1 && p.source == e.source && p.date && p.date_kind == DateKind::Explicit) {
        e.date = p.date;
        e.date_kind = DateKind::Inherited;
        break;
      }
    }
  }
}

// The document's publication day (YYYY-MM-DD) when it has a valid one.
std::optional<std::string> published_day(const Document& doc) {
  if (!doc.meta.published || !time::parse_iso_date(*doc.meta.published)) return std::nullopt;
  return doc.meta.published->substr(0, 10);
}

}  // namespace

void assign_event_dates(Document& doc) {
  if (doc.events.empty()) return;
  auto entry_of = [&](const Span& s) -> const TimelineEntry* {
    for (const auto& c : doc.chronology)
      if (c.span.start <= s.start && s.start < c.span.end) return &c;
    return nullptr;
  };
  const std::optional<std::string> published = published_day(doc);

  if (!doc.lang) {
    // No language layers: the first dated expression of the event's span.
    for (auto& e : doc.events) {
      e.date.reset();
      e.date_kind = DateKind::None;
      for (const auto& t : doc.timexes) {
        if (t.span.start < e.span.start || t.span.end > e.span.end) continue;
        if (t.type != TimexType::Date && t.type != TimexType::Time) continue;
        if ((e.date = calendar_date(t.value, doc.meta.published))) {
          e.date_kind = DateKind::Explicit;
          break;
        }
      }
      if (const TimelineEntry* c = entry_of(e.span))
        if (!e.date || e.date->compare(0, 4, c->date, 0, 4) != 0) {
          e.date = c->date;
          e.date_kind = DateKind::Inherited;
        }
    }
    return;
  }

  const auto& a = *doc.lang;
  std::vector<int> clause_of(a.verb_groups.size(), -1);
  for (size_t c = 0; c < a.clauses.size(); ++c)
    if (a.clauses[c].verb < clause_of.size()) clause_of[a.clauses[c].verb] = static_cast<int>(c);
  std::vector<std::vector<int>> groups_of(a.sentences.size());
  for (size_t g = 0; g < a.verb_groups.size(); ++g)
    if (a.verb_groups[g].sentence < groups_of.size()) groups_of[a.verb_groups[g].sentence].push_back(static_cast<int>(g));

  int cached = -1;
  std::vector<Candidate> cs;
  for (auto& e : doc.events) {
    e.date.reset();
    e.date_kind = DateKind::None;
    int s = sentence_of(a, e);
    if (s < 0) continue;
    if (s != cached) {
      cs = candidates(doc, a, a.sentences[s], groups_of[s]);
      cached = s;
    }
    int g = event_verb_group(doc, e);
    if (g >= 0 && a.verb_groups[g].sentence != static_cast<uint32_t>(s)) g = -1;
    const lang::VerbGroup* vg = g >= 0 ? &a.verb_groups[g] : nullptr;
    int clause = g >= 0 ? clause_of[g] : -1;
    int speech = clause >= 0 ? a.clauses[clause].embedded_under : -1;

    const Candidate* own = g >= 0 ? attached(cs, g) : nullptr;
    if (auto d = noun_date(doc, a, a.sentences[s], e)) {
      e.date = std::move(d);
      e.date_kind = DateKind::Explicit;
    } else if (own) {
      e.date = own->date;
    } else if (g < 0 && cs.size() == 1) {
      e.date = cs[0].date;  // no verb to attach to: the sentence's only date
    } else {
      bool past_perfect = vg && vg->perfect && vg->tense == lang::Tense::Past;
      if (speech >= 0 && !past_perfect)
        if (const Candidate* c = attached(cs, static_cast<int>(a.clauses[speech].verb))) e.date = c->date;
      // A participle or gerund clause ("..., after accusing them") happens
      // at the time of the finite verb before it in its sentence.
      if (!e.date && vg && !vg->finite && !vg->infinitive)
        for (int k = g - 1; k >= 0 && a.verb_groups[k].sentence == a.verb_groups[g].sentence; --k)
          if (a.verb_groups[k].finite) {
            if (const Candidate* c = attached(cs, k)) e.date = c->date;
            break;
          }
      if (!e.date)
        for (const auto& c : cs)
          if (c.fronted) {
            e.date = c.date;
            break;
          }
    }
    if (!own && vg && e.date_kind == DateKind::None)
      if (auto d = anchored_date(doc, a, g, published)) e.date = std::move(d);
    if (e.date && e.date_kind == DateKind::None) e.date_kind = own ? DateKind::Explicit : DateKind::Inherited;
    if (const TimelineEntry* c = entry_of(e.span)) {
      bool finer = e.date && e.date->compare(0, 4, c->date, 0, 4) == 0 && parts(*e.date) > parts(c->date);
      if (!finer) {
        e.date = c->date;
        e.date_kind = DateKind::Inherited;
      }
      continue;
    }
    if (e.date || !vg) continue;
    // Undated: the tense decides (see event_dates.h).
    const lang::VerbGroup* tensed = vg;
    if (!vg->finite && speech >= 0) tensed = &a.verb_groups[a.clauses[speech].verb];
    // A present perfect ("has urged") places the event before publication,
    // at an unstated time: no date.
    // Reported speech: a present tense under a past verb of saying ("China
    // said it is committed") is the present of the statement, not of the
    // publication; the statement's date was not given.
    // A direct quotation keeps the speaker's own present, which the article
    // reports as current.
    const bool reported_past = speech >= 0 && tensed == vg && !in_direct_quote(doc, e.verb) &&
                               a.verb_groups[a.clauses[speech].verb].tense == lang::Tense::Past;
    if (published && !reported_past && tensed->finite && tensed->modal < 0 &&
        tensed->tense == lang::Tense::Present && !tensed->perfect) {
      e.date = published;
      e.date_kind = DateKind::Publication;
    }
  }
  continue_dates(doc);
}

}  // namespace dyad::events
