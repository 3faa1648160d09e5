// The event coder's pattern phase (see coder_phases.h): shared word tests,
// and matching a dictionary pattern's words, synsets and actor slots around
// the verb.
#include "events/coder_phases.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "base/text.h"
#include "time/lexicon.h"

namespace dyad::events::coder {

using lang::Tag;

bool is_aux(const std::string& u) {
  static const char* const aux[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "'S", "'RE", "HAS",
                                    "HAVE", "HAD", "'VE", "DO", "DOES", "DID", "WILL", "WOULD", "SHALL",
                                    "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "GET", "GOT", "GETS"};
  for (const char* a : aux)
    if (u == a) return true;
  return false;
}

bool is_be(const std::string& u) {
  return u == "IS" || u == "ARE" || u == "WAS" || u == "WERE" || u == "BE" || u == "BEEN" || u == "BEING" ||
         u == "GET" || u == "GOT" || u == "GETS" || u == "'S" || u == "'RE" || u == "AM";
}

bool is_topic_preposition(const std::string& u) { return u == "ABOUT" || u == "REGARDING" || u == "CONCERNING"; }

bool is_adjoining_preposition(const std::string& u) {
  static const std::unordered_set<std::string> adjoining = {"BY", "AFTER", "BEFORE", "WHILE", "WITHOUT", "UPON",
                                                             "THROUGH", "DESPITE", "SINCE"};
  return adjoining.count(u) > 0;
}

bool cameo_code(const std::string& c) {
  size_t d = 0;
  while (d < c.size() && c[d] >= '0' && c[d] <= '9') ++d;
  return d >= 2 && (d == c.size() || (d + 1 == c.size() && c[d] >= 'A' && c[d] <= 'Z'));
}

bool Ctx::infinitive_to(uint32_t q) const {
  if (up(q) != "TO") return false;
  uint32_t k = q + 1;
  while (k < se && lang::is_adv(a.tokens[k].tag)) ++k;
  return k < se && a.tokens[k].tag == Tag::VB;
}

bool Ctx::adverbial_clause_at(uint32_t q) const {
  static const char* const openers[] = {"UNTIL", "BECAUSE", "ALTHOUGH", "THOUGH", "UNLESS", "WHEREAS", "WHILE", "IF"};
  if (a.tokens[q].tag != Tag::IN) return false;
  if (std::none_of(std::begin(openers), std::end(openers), [&](const char* w) { return up(q) == w; }))
    return subject_clause_at(q);
  for (uint32_t k = q + 1; k < se && a.tokens[k].tag != Tag::Comma; ++k) {
    Tag t = a.tokens[k].tag;
    if (lang::is_finite(t)) return true;
    // A base form right after its subject noun is the clause's present tense, however tagged.
    if (t == Tag::VB && k > q + 1 && (lang::is_noun(a.tokens[k - 1].tag) || a.tokens[k - 1].tag == Tag::PRP)) return true;
  }
  return false;
}

// "as the lights came up", "after troops withdrew": a word that is a preposition as often as a
// subordinator ("as a mediator", "since 2016") opens a clause only when a subject noun phrase
// and its finite verb follow it at once.
bool Ctx::subject_clause_at(uint32_t q) const {
  static const char* const both[] = {"AS", "AFTER", "BEFORE", "SINCE"};
  if (std::none_of(std::begin(both), std::end(both), [&](const char* w) { return up(q) == w; })) return false;
  uint32_t k = q + 1;
  while (k < se && (a.tokens[k].tag == Tag::DT || a.tokens[k].tag == Tag::PRPS || lang::is_adj(a.tokens[k].tag))) ++k;
  const uint32_t head = k;
  while (k < se && (lang::is_noun(a.tokens[k].tag) || a.tokens[k].tag == Tag::PRP)) ++k;
  return k > head && k < se && lang::is_finite(a.tokens[k].tag);
}

bool Ctx::time_adjunct(uint32_t q) const {
  const std::string& p = up(q);
  if (q + 1 >= se || !(p == "ON" || p == "IN" || p == "DURING" || p == "SINCE" || p == "UNTIL")) return false;
  const std::string& form = a.tokens[q + 1].form;
  std::string w = base::lower_ascii(form);
  const auto& lex = time::lexicon();
  bool capital = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';  // "in may", "on march" are no dates
  if (capital && (lex.weekdays.count(w) || lex.months.count(w))) return true;
  // A year: four digits from 1800 to 2099.
  return p != "ON" && form.size() == 4 && (form.starts_with("18") || form.starts_with("19") || form.starts_with("20")) &&
         std::all_of(form.begin(), form.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool Ctx::compound_unit(int u) const {
  const auto& ms = units[size_t(u)].mentions;
  for (size_t k = 1; k < ms.size(); ++k)
    if (mentions[size_t(ms[k])].code != mentions[size_t(ms[0])].code) return true;
  return false;
}

// Ends of the matches of a synset phrase (or plain words) starting at q.
void Ctx::seq_ends(const std::vector<std::string>& ph, size_t k, uint32_t q, int depth, std::vector<uint32_t>& ends) const {
  if (k == ph.size()) { ends.push_back(q); return; }
  const std::string& w = ph[k];
  if (w.size() > 1 && w[0] == '&') {
    if (depth > 4) return;
    std::vector<uint32_t> mid;
    synset_ends(w.substr(1), q, depth + 1, mid);
    for (uint32_t m : mid) seq_ends(ph, k + 1, m, depth, ends);
    return;
  }
  if (q < se && up(q) == w) seq_ends(ph, k + 1, q + 1, depth, ends);
}
void Ctx::synset_ends(const std::string& name, uint32_t q, int depth, std::vector<uint32_t>& ends) const {
  const auto* ss = d.synset(name);
  if (!ss) return;
  for (const auto& ph : *ss) seq_ends(ph, 0, q, depth, ends);
}

// Upper part: elements k.. from token pos onwards.
bool Ctx::upper_match(const Pattern& p, size_t k, uint32_t pos, State& st) const {
  if (k == p.upper.size()) return true;
  const PatternElem& e = p.upper[k];
  bool must = e.adj;
  switch (e.kind) {
    case PatternElem::Word:
      for (uint32_t q = pos; q < se; ++q) {
        // "is going to have to", "went on television to defend": a TO before a
        // verb marks an infinitive, never the preposition of a pattern ("GO * TO"
        // is a trip); only a pattern that spells the verb out ("TO_MEDIATE") takes it.
        bool spelled = k + 1 < p.upper.size() && p.upper[k + 1].adj;
        if (e.text == "TO" && !spelled && infinitive_to(q)) {
          if (must) break;
          continue;
        }
        // Nor does a pattern word reach into an infinitive's own phrase:
        // "is going to play Italy in the final" is no trip "in" (documents).
        if (documents && e.text != "TO" && infinitive_to(q)) break;
        // Nor does a pattern word reach into an adverbial clause: "vowed to fight on until
        // foreign troops leave" says nothing of troops pledged (documents).
        if (documents && adverbial_clause_at(q)) break;
        // Nor is a time adjunct's preposition the pattern's: "fired teargas
        // at protesters on Sunday" is no "* ON" attack.
        if (documents && time_adjunct(q)) {
          if (must) break;
          continue;
        }
        if (up(q) == e.text && upper_match(p, k + 1, q + 1, st)) return true;
        if (must) break;
      }
      return false;
    case PatternElem::Synset:
      for (uint32_t q = pos; q < se; ++q) {
        if (documents && adverbial_clause_at(q)) break;
        std::vector<uint32_t> ends;
        synset_ends(e.text, q, 0, ends);
        for (uint32_t m : ends)
          if (m > q && upper_match(p, k + 1, m, st)) return true;
        if (must) break;
      }
      return false;
    case PatternElem::Source:
    case PatternElem::Target:
    case PatternElem::Compound:
      // "A man was set on fire": a passive moves its object to the subject, so the object slot
      // right after the verb ("SET + ON_FIRE") stands empty; the subject is then the target.
      if (k == 0 && st.passive && e.kind == PatternElem::Target && upper_match(p, k + 1, pos, st)) return true;
      for (uint32_t q = pos; q < se; ++q) {
        int u = unit_start[q - sb];
        if (u >= 0) {
          if (e.kind == PatternElem::Compound && !compound_unit(u)) return false;
          State s2 = st;
          (e.kind == PatternElem::Source ? s2.src : s2.tgt) = u;
          if (upper_match(p, k + 1, units[size_t(u)].last, s2)) { st = s2; return true; }
          return false;  // the marker takes the next actor only
        }
        if (must && a.tokens[q].tag != Tag::DT) break;
      }
      return false;
    case PatternElem::SkipNP: {
      if (pos >= se) return false;
      int u = unit_start[pos - sb];
      if (u >= 0) return upper_match(p, k + 1, units[size_t(u)].last, st);
      int np = np_start[pos - sb];
      if (np >= 0) return upper_match(p, k + 1, a.noun_phrases[size_t(np)].last, st);
      return upper_match(p, k + 1, pos + 1, st);
    }
  }
  return false;
}

// Lower part: elements k.. using tokens before `pos` (exclusive), leftwards.
bool Ctx::lower_match(const Pattern& p, size_t k, uint32_t pos, State& st) const {
  if (k == p.lower.size()) return true;
  const PatternElem& e = p.lower[k];
  bool must = e.adj;
  switch (e.kind) {
    case PatternElem::Word:
      for (uint32_t q = pos; q-- > sb;) {
        if (up(q) == e.text && lower_match(p, k + 1, q, st)) return true;
        if (must) break;
      }
      return false;
    case PatternElem::Synset:
      for (uint32_t q = pos; q-- > sb;) {
        std::vector<uint32_t> ends;
        synset_ends(e.text, q, 0, ends);
        for (uint32_t m : ends)
          if (m > q && m <= pos && (!must || m == pos) && lower_match(p, k + 1, q, st)) return true;
        if (must && pos - q > 4) break;
      }
      return false;
    case PatternElem::Source:
    case PatternElem::Target:
    case PatternElem::Compound:
      for (uint32_t q = pos; q > sb; --q) {
        int u = unit_end[q - sb];  // unit ending at q (exclusive)
        if (u >= 0) {
          if (e.kind == PatternElem::Compound && !compound_unit(u)) return false;
          State s2 = st;
          (e.kind == PatternElem::Source ? s2.src : e.kind == PatternElem::Target ? s2.tgt : s2.comp) = u;
          if (lower_match(p, k + 1, units[size_t(u)].first, s2)) { st = s2; return true; }
          return false;
        }
        if (must) break;
      }
      return false;
    case PatternElem::SkipNP: {
      if (pos <= sb) return false;
      int u = unit_end[pos - sb];
      if (u >= 0) return lower_match(p, k + 1, units[size_t(u)].first, st);
      int np = np_end[pos - sb];
      if (np >= 0) return lower_match(p, k + 1, a.noun_phrases[size_t(np)].first, st);
      return lower_match(p, k + 1, pos - 1, st);
    }
  }
  return false;
}

}  // namespace dyad::events::coder
