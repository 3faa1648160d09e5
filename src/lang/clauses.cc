// Clause finding (see clauses.h): for each verb group, the start of its
// clause (sentence start, a subordinator, a relative pronoun, "that" after a
// speech verb, the end of the previous verb group), its subject (the first
// noun phrase of that stretch not inside a prepositional phrase), its object
// and passive agent, and the speech verb it is reported under.
#include "lang/clauses.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "base/text.h"

namespace dyad::lang {

namespace {

bool lemma_is(const Token& t, std::initializer_list<const char*> ls) {
  for (const char* l : ls)
    if (t.lemma == l) return true;
  return false;
}

// Index of the noun phrase starting at token i (or -1), via a token->NP table.
struct NpIndex {
  std::vector<int32_t> starting, covering;
  NpIndex(const Annotation& a) : starting(a.tokens.size(), -1), covering(a.tokens.size(), -1) {
    for (size_t k = 0; k < a.noun_phrases.size(); ++k) {
      const auto& np = a.noun_phrases[k];
      starting[np.first] = static_cast<int32_t>(k);
      for (uint32_t i = np.first; i < np.last; ++i) covering[i] = static_cast<int32_t>(k);
    }
  }
};

bool prep_before(const Annotation& a, const NounPhrase& np, uint32_t floor) {
  if (np.first <= floor) return false;
  Tag t = a.tokens[np.first - 1].tag;
  return t == Tag::IN || t == Tag::TO;
}

// A year written in figures ("2011" in "On July 3, 2011, she wrote").
bool year_number(const Token& t) {
  const std::string& w = t.form;
  return t.tag == Tag::CD && w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
         std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// "Last week", "Monday", "two days", "2011": a noun phrase of time with no
// article, the kind that stands as an adverbial without a preposition.
bool time_adverbial(const Annotation& a, const Resources& res, const NounPhrase& np) {
  const std::string& first = a.tokens[np.first].form;
  if (first == "a" || first == "an" || first == "the" || first == "A" || first == "An" || first == "The") return false;
  if (np.last == np.first + 1 && year_number(a.tokens[np.first])) return true;
  return res.time_nouns.count(base::lower_ascii(a.tokens[np.last - 1].form)) > 0;
}

// The end of the noun phrases coordinated with a preposition's object that
// ends at `end` ("in France and Norway", "in France, Belgium and Norway"):
// the preposition governs them all. A comma-set phrase counts only as a
// list member that an "and"/"or" closes ("In France, the minister said":
// "the minister" is no member). `end` itself when nothing is coordinated.
uint32_t coordinated_objects_end(const Annotation& a, const NpIndex& idx, uint32_t end, uint32_t e) {
  auto conjunction = [&](uint32_t k) { return a.tokens[k].tag == Tag::CC && lemma_is(a.tokens[k], {"and", "or"}); };
  uint32_t pos = end;
  while (pos + 1 < e) {
    const bool comma = a.tokens[pos].tag == Tag::Comma;
    bool conj = conjunction(pos);
    if (comma && conjunction(pos + 1)) {  // ", and"
      ++pos;
      conj = true;
    }
    if ((!comma && !conj) || pos + 1 >= e) break;
    int32_t k = idx.starting[pos + 1];
    if (k < 0 || a.noun_phrases[k].last > e) break;
    pos = a.noun_phrases[k].last;
    if (conj) return pos;
  }
  return end;
}

// First noun phrase in [b, e) not governed by a preposition. A noun phrase
// of time with another noun phrase after it ("Last week, the minister
// said") is an adverbial: the later one is the subject.
int32_t first_np(const Annotation& a, const Resources& res, const NpIndex& idx, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e; ++i) {
    int32_t k = idx.starting[i];
    if (k < 0) continue;
    const auto& np = a.noun_phrases[k];
    if (np.last > e) break;
    if (prep_before(a, np, b)) {
      i = coordinated_objects_end(a, idx, np.last, e) - 1;
      continue;
    }
    if (time_adverbial(a, res, np))
      if (int32_t later = first_np(a, res, idx, np.last, e); later >= 0) return later;
    // "[Mr. Karzai 's] [aides]": the possessed noun is the subject.
    while (a.tokens[a.noun_phrases[k].last - 1].tag == Tag::POS && a.noun_phrases[k].last < e &&
           idx.starting[a.noun_phrases[k].last] >= 0)
      k = idx.starting[a.noun_phrases[k].last];
    return k;
  }
  return -1;
}

// Noun phrase right after token i (skipping adverbs and particles), or -1.
int32_t np_after(const Annotation& a, const NpIndex& idx, uint32_t i, uint32_t end) {
  uint32_t k = i;
  while (k < end && (is_adv(a.tokens[k].tag) || a.tokens[k].tag == Tag::RP)) ++k;
  if (k >= end) return -1;
  int32_t np = idx.starting[k];
  // "[Eriador 's] [refusal]": the possessed noun is the argument.
  while (np >= 0 && a.tokens[a.noun_phrases[np].last - 1].tag == Tag::POS && a.noun_phrases[np].last < end &&
         idx.starting[a.noun_phrases[np].last] >= 0)
    np = idx.starting[a.noun_phrases[np].last];
  return np;
}

// The object after a verb ending at `i`: the next noun phrase, or the one after a time
// ("announced Wednesday a plan"), -1 if none.
int32_t object_after(const Annotation& a, const NpIndex& idx, uint32_t i, uint32_t end) {
  int32_t o = np_after(a, idx, i, end);
  if (o < 0) return o;
  const NounPhrase& np = a.noun_phrases[size_t(o)];
  if (time_phrase_length(a.tokens, np.first, np.last) == np.last - np.first) o = np_after(a, idx, np.last, end);
  return o;
}

// A word that opens a clause or a phrase of time or manner ("after", "since", "as").
bool phrase_opener(const Token& t) { return lemma_is(t, {"after", "before", "since", "until", "once", "as"}); }

// Whether a comma stands right before the verb at `verb` (adverbs between),
// after token k + 1.
bool comma_before_verb(const Annotation& a, uint32_t k, uint32_t verb) {
  uint32_t e = verb;
  while (e > k + 1 && is_adv(a.tokens[e - 1].tag)) --e;
  return e > k + 2 && a.tokens[e - 1].tag == Tag::Comma;
}

// "The president, after talks with X, criticised Y": such an opener at token
// k after a comma, whose words up to the verb at `verb` end in a comma, opens
// a phrase set off inside the clause, not a clause (the scan that asks only
// sees the words after the previous verb group, so none of them is a verb's).
bool interposed_phrase(const Annotation& a, uint32_t k, uint32_t verb) {
  return phrase_opener(a.tokens[k]) && k > 0 && a.tokens[k - 1].tag == Tag::Comma && comma_before_verb(a, k, verb);
}

// "After talks with X, the president criticised Y": the comma that ends a
// phrase opened at token k by such a word with no verb in it before the verb
// at `verb`; 0 when there is none. "As Ayotte, a freshman senator, sat down":
// a comma right before the verb closes an apposition to the clause's own
// subject, and the opener opens the clause.
uint32_t fronted_phrase_end(const Annotation& a, uint32_t k, uint32_t verb) {
  if (!phrase_opener(a.tokens[k]) || comma_before_verb(a, k, verb)) return 0;
  for (uint32_t q = k + 1; q < verb; ++q) {
    Tag t = a.tokens[q].tag;
    if (is_verb(t) || t == Tag::MD) return 0;
    if (t == Tag::Comma) return q > k + 1 ? q : 0;
  }
  return 0;
}

// The clause a verb after "and" is conjoined with: the clause before it (`prev`), unless that
// clause is reported under a past-tense speech verb and the conjunct cannot share its tense: a
// bare past form after a modal or a simple present ("X said Y will stay and urged Z": urged is
// X's, not Y's, as no verb phrase joined to "will stay" takes a tense of its own); then the
// speech verb's clause.
int32_t conjoined_clause(const Annotation& a, int32_t prev, const VerbGroup& g) {
  const Clause& p = a.clauses[size_t(prev)];
  if (p.kind != ClauseKind::Reported || p.embedded_under < 0 || g.first != g.head ||
      a.tokens[g.head].tag != Tag::VBD)
    return prev;
  const VerbGroup& pg = a.verb_groups[p.verb];
  const bool modal_or_present = pg.modal >= 0 || (!pg.perfect && (pg.tense == Tense::Present || pg.tense == Tense::Future));
  const VerbGroup& speech = a.verb_groups[a.clauses[size_t(p.embedded_under)].verb];
  if (!modal_or_present || speech.tense != Tense::Past) return prev;
  return p.embedded_under;
}

}  // namespace

void find_clauses(Annotation& a, const Resources& res) {
  NpIndex idx(a);
  const auto& tk = a.tokens;
  size_t vg = 0;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    size_t first_clause = a.clauses.size();
    uint32_t prev_end = s.first;     // end of the previous verb group
    int32_t prev_clause = -1;        // previous clause in this sentence
    for (; vg < a.verb_groups.size() && a.verb_groups[vg].sentence == si; ++vg) {
      const VerbGroup& g = a.verb_groups[vg];
      Clause c;
      c.verb = static_cast<uint32_t>(vg);
      c.sentence = si;
      c.speech = res.speech_verbs.count(tk[g.head].lemma) > 0;
      // Clause start: scan left to the previous verb group for a boundary.
      uint32_t start = prev_end;
      int32_t boundary = -1;
      for (uint32_t k = g.first; k-- > prev_end;) {
        Tag t = tk[k].tag;
        // Commas and "and" separate clauses only after an earlier verb group:
        // "X attacked Y, officials said" but "The envoys of A, B and C met".
        bool sep = (t == Tag::CC || t == Tag::Comma) && prev_clause >= 0;
        if (t == Tag::WDT || t == Tag::WP || t == Tag::WRB || t == Tag::IN || t == Tag::LQuote ||
            t == Tag::Colon || sep) {
          if (t == Tag::IN && !lemma_is(tk[k], {"that", "because", "after", "although", "though", "if", "while",
                                                 "as", "since", "before", "until", "unless", "whether", "whereas",
                                                 "once"}))
            continue;
          if (t == Tag::IN && interposed_phrase(a, k, g.first)) continue;
          if (t == Tag::IN && k == s.first) {
            // "After talks with X, the president criticised Y": a fronted phrase.
            if (uint32_t comma = fronted_phrase_end(a, k, g.first)) {
              start = comma + 1;
              break;
            }
          }
          boundary = static_cast<int32_t>(k);
          start = k + 1;
          break;
        }
      }
      if (!g.finite) {
        c.kind = ClauseKind::Nonfinite;
      } else if (boundary >= 0 && (tk[boundary].tag == Tag::WDT || tk[boundary].tag == Tag::WP)) {
        c.kind = ClauseKind::Relative;
        // "an event which will test": the relative pronoun is the subject; use its antecedent.
        c.subject = first_np(a, res, idx, start, g.first);
        if (c.subject < 0 && boundary > 0) {
          uint32_t k = static_cast<uint32_t>(boundary);
          while (k > s.first && tk[k - 1].tag == Tag::Comma) --k;
          if (k > s.first) c.subject = idx.covering[k - 1];
        }
      } else {
        c.subject = first_np(a, res, idx, start, g.first);
        if (boundary >= 0 && tk[boundary].tag == Tag::CC) {
          c.kind = prev_clause >= 0 ? ClauseKind::Coordinate : ClauseKind::Main;
          if (c.subject < 0 && prev_clause >= 0) {  // shared subject
            const int32_t with = conjoined_clause(a, prev_clause, g);
            c.subject = a.clauses[size_t(with)].subject;
            c.embedded_under = with == prev_clause ? -1 : a.clauses[size_t(with)].embedded_under;
            c.conjoined_with = with;
          }
        } else if (boundary >= 0 && tk[boundary].tag != Tag::LQuote && tk[boundary].tag != Tag::Colon &&
                   tk[boundary].tag != Tag::Comma) {
          c.kind = ClauseKind::Subordinate;
        }
        if (boundary >= 0 && tk[boundary].tag == Tag::Comma) c.kind = ClauseKind::Coordinate;
        // No boundary after an earlier verb: what follows it is its object, not a subject.
        if (boundary < 0 && prev_clause >= 0 && !a.clauses[prev_clause].speech) c.subject = -1;
        // Reported: "X said (that) Y ..." — the clause follows a speech verb.
        if (prev_clause >= 0 && a.clauses[prev_clause].speech &&
            (boundary < 0 || lemma_is(tk[boundary], {"that"}) || tk[boundary].tag == Tag::Colon ||
             tk[boundary].tag == Tag::LQuote)) {
          c.kind = ClauseKind::Reported;
          c.embedded_under = prev_clause;
        }
        // Inverted reporting: "..., said the minister."
        if (c.subject < 0 && c.speech) c.subject = np_after(a, idx, g.last, s.last);
      }
      // Object and agent.
      if (g.passive) {
        uint32_t k = g.last;
        while (k < s.last && k < g.last + 4 && !lemma_is(tk[k], {"by"})) ++k;
        if (k < s.last && lemma_is(tk[k], {"by"})) c.agent = np_after(a, idx, k + 1, s.last);
      } else {
        int32_t o = object_after(a, idx, g.last, s.last);
        if (o >= 0 && o != c.subject) c.object = o;
      }
      prev_end = g.last;
      prev_clause = static_cast<int32_t>(a.clauses.size());
      a.clauses.push_back(c);
    }
    // Sentence-final reporting: "..., X said." / "..." said X. The speech
    // clause is the main one; what comes before it is reported under it.
    size_t n = a.clauses.size();
    for (size_t ci = first_clause + 1; ci < n; ++ci) {
      Clause& c = a.clauses[ci];
      if (!c.speech || !a.verb_groups[c.verb].finite) continue;
      uint32_t lead = a.verb_groups[c.verb].first;
      if (c.subject >= 0) lead = std::min(lead, a.noun_phrases[c.subject].first);
      bool after_break = lead > s.first && (tk[lead - 1].tag == Tag::Comma || tk[lead - 1].tag == Tag::RQuote);
      if (!after_break) continue;
      // The rest of the sentence after the speech clause must be short (no new clause).
      bool last_finite = true;
      for (size_t cj = ci + 1; cj < n; ++cj)
        if (a.verb_groups[a.clauses[cj].verb].finite) last_finite = false;
      if (!last_finite) continue;
      c.kind = ClauseKind::Main;
      c.embedded_under = -1;
      for (size_t cj = first_clause; cj < ci; ++cj) {
        Clause& e = a.clauses[cj];
        if (e.embedded_under < 0) e.embedded_under = static_cast<int32_t>(ci);
        if (e.kind == ClauseKind::Main || e.kind == ClauseKind::Coordinate) e.kind = ClauseKind::Reported;
      }
      break;
    }
    // One main clause per sentence: later "main" ones after the first are coordinate.
    bool have_main = false;
    for (size_t ci = first_clause; ci < n; ++ci) {
      Clause& c = a.clauses[ci];
      if (c.kind != ClauseKind::Main) continue;
      if (have_main) c.kind = ClauseKind::Coordinate;
      have_main = true;
    }
  }
}

uint32_t time_phrase_length(const std::vector<Token>& tokens, uint32_t q, uint32_t end) {
  static const std::unordered_set<std::string> alone = {"yesterday", "today", "tonight", "monday", "tuesday",
                                                        "wednesday", "thursday", "friday", "saturday", "sunday"};
  static const std::unordered_set<std::string> shifts = {"last", "this", "next", "every", "each", "past", "coming"};
  static const std::unordered_set<std::string> units = {
      "day", "days", "night", "nights", "week", "weeks", "weekend", "month", "months", "year", "years",
      "morning", "afternoon", "evening", "summer", "winter", "spring", "autumn", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
      "july", "august", "september", "october", "november", "december", "quarter", "decade", "season"};
  if (q >= end) return 0;
  const std::string first = base::lower_ascii(tokens[q].form);
  if (alone.count(first)) return 1;
  if (!shifts.count(first) || q + 1 >= end) return 0;
  return units.count(base::lower_ascii(tokens[q + 1].form)) ? 2 : 0;
}

}  // namespace dyad::lang
