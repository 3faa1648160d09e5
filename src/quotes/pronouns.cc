// Pronouns resolved by salience (context.h): the subject of each sentence is
// found once, in text order (a pronoun subject takes what it refers to), and
// "he"/"she"/"it"/"they" prefer the subject of their own sentence (before
// them), then that of the sentence before, then the nearest fitting name,
// then older subjects: the usual preference of a pronoun for the entity the
// text is about over one it only mentions.
#include <algorithm>

#include "quotes/context.h"
#include "quotes/speaker.h"

namespace dyad::quotes {

using lang::Tag;

namespace {

inline constexpr size_t kSubjectScan = 40;  // tokens searched for a sentence's subject
inline constexpr size_t kOlderSubjects = 3;  // sentences back whose subjects are tried last

// `subject`: the entity is a sentence's subject, where a name taken for a
// person only by its shape may be an organisation ("Big Machine have denied").
bool fits(const Context& c, int e, Pronoun p, bool subject = false) {
  if (e < 0) return false;
  const Entity& en = c.entities[e];
  bool maybe_org = subject && en.person && en.guessed && en.gender == Gender::Unknown && en.roles.empty();
  // Two capitalised words never called a person again ("North Manchester", a book's title) are
  // taken by "he"/"she" only as the subject the text is about.
  bool unconfirmed = !subject && en.guessed && en.gender == Gender::Unknown && en.roles.empty();
  switch (p) {
    case Pronoun::He:
      return en.person && en.gender != Gender::Female && !unconfirmed;
    case Pronoun::She:
      return en.person && en.gender != Gender::Male && !unconfirmed;
    case Pronoun::It:
      return (!en.person || maybe_org) && en.kind != MentionKind::Location;
    case Pronoun::They:  // a country's name is singular ("China says it ...")
    case Pronoun::Group:
      return (!en.person || maybe_org) && en.kind != MentionKind::Location && en.kind != MentionKind::Country;
    default:
      return false;
  }
}

bool finite(Tag g) { return g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD; }

// A name or pronoun at token `t` that can be a subject: not possessive, not
// the object of a preposition.
bool subject_candidate(const Context& c, size_t t) {
  if (c.quote_of[t] >= 0) return false;
  if (t > 0 && (c.tag(t - 1) == Tag::IN || c.tag(t - 1) == Tag::TO)) return false;
  if (c.name_of[t] >= 0) {
    const NameMention& m = c.names[c.name_of[t]];
    // Not possessive ("Trump's call") and not a modifier ("United States service members").
    return m.first == t && !(m.last < c.size() && (c.tag(m.last) == Tag::POS || c.tag(m.last) == Tag::NN ||
                                                   c.tag(m.last) == Tag::NNS));
  }
  return c.tag(t) == Tag::PRP && pronoun_of(c.low(t)) != Pronoun::None;
}

// The entity of the subject candidate at `t` (resolving a pronoun), -1.
int entity_at(Context& c, size_t t) {
  if (c.name_of[t] >= 0) return c.names[c.name_of[t]].entity;
  Pronoun p = pronoun_of(c.low(t));
  int e = resolve_pronoun(c, t, p);
  // A person a "he"/"she" subject refers to has that gender.
  if (e >= 0 && c.entities[e].gender == Gender::Unknown && (p == Pronoun::He || p == Pronoun::She))
    c.entities[e].gender = p == Pronoun::He ? Gender::Male : Gender::Female;
  return e;
}

}  // namespace

Pronoun pronoun_of(const std::string& w) {
  return w == "he" ? Pronoun::He
         : w == "she" ? Pronoun::She
         : w == "it"  ? Pronoun::It
         : (w == "they" || w == "we") ? Pronoun::They
                                     : Pronoun::None;
}

void sentence_subjects(Context& c) {
  size_t n = c.a.sentences.size();
  c.subject_token.assign(n, UINT32_MAX);
  c.subject_entity.assign(n, -1);
  for (size_t si = 0; si < n; ++si) {
    const auto& sen = c.a.sentences[si];
    size_t hi = std::min<size_t>(sen.last, sen.first + kSubjectScan);
    size_t cand = SIZE_MAX, v = SIZE_MAX;
    // "The company that runs the show, Acme, denies": a relative clause's verb is not the main
    // verb, nor is a name inside it the subject; a name after the comma closing it may be.
    bool relative = false, relative_verb = false;
    for (size_t t = sen.first; t < hi; ++t) {
      ++c.steps;
      if (c.quote_of[t] >= 0) continue;
      Tag g = c.tag(t);
      if ((g == Tag::WDT || g == Tag::WP) && t > sen.first && lang::is_noun(c.tag(t - 1)) && !relative) {
        relative = true;
        continue;
      }
      if (finite(g) && relative && !relative_verb) {
        relative_verb = true;
        continue;
      }
      if (finite(g)) {
        v = t;
        break;
      }
      if (g == Tag::Comma && relative_verb) relative = false;
      if (cand == SIZE_MAX && !relative && subject_candidate(c, t)) cand = t;
    }
    // "..., said Tuesday X": the name after an inverted verb.
    if (cand == SIZE_MAX && v != SIZE_MAX && v > sen.first &&
        (c.tag(v - 1) == Tag::Comma || c.tag(v - 1) == Tag::RQuote || c.quote_of[v - 1] >= 0))
      for (size_t t = v + 1; t < sen.last && t < v + 4; ++t)
        if (c.name_of[t] >= 0 && subject_candidate(c, t)) {
          cand = t;
          break;
        }
    if (cand == SIZE_MAX) continue;
    c.subject_token[si] = uint32_t(cand);
    c.subject_entity[si] = entity_at(c, cand);
  }
}

int resolve_pronoun(const Context& c, size_t t, Pronoun p) {
  if (p == Pronoun::None) return -1;
  size_t si = c.sentence_of[t];
  bool have_subjects = c.subject_entity.size() == c.a.sentences.size();
  // The subject of this sentence before the pronoun ("X told the committee he ..."), then the previous one's.
  if (have_subjects && c.subject_token[si] < t && fits(c, c.subject_entity[si], p, true)) return c.subject_entity[si];
  if (have_subjects && si > 0 && fits(c, c.subject_entity[si - 1], p, true)) return c.subject_entity[si - 1];
  // The nearest fitting name outside quotations, then older subjects.
  auto it = std::lower_bound(c.names.begin(), c.names.end(), t,
                             [](const NameMention& m, size_t x) { return m.first < x; });
  size_t j = size_t(it - c.names.begin());  // names [0, j) start before t
  size_t near_from = have_subjects ? c.a.sentences[si > 0 ? si - 1 : 0].first : 0;
  size_t k = 0;
  for (; j > 0 && k < kNameWindow && c.names[j - 1].first >= near_from; --j, ++k) {
    ++c.steps;
    const NameMention& m = c.names[j - 1];
    if (c.quote_of[m.first] >= 0 || (m.last < c.size() && c.tag(m.last) == Tag::POS)) continue;
    if (fits(c, m.entity, p)) return m.entity;
  }
  for (size_t back = 2; have_subjects && back <= kOlderSubjects + 1 && back <= si; ++back)
    if (fits(c, c.subject_entity[si - back], p, true)) return c.subject_entity[si - back];
  for (; j > 0 && k < kNameWindow; --j, ++k) {
    ++c.steps;
    const NameMention& m = c.names[j - 1];
    if (c.quote_of[m.first] >= 0 || (m.last < c.size() && c.tag(m.last) == Tag::POS)) continue;
    if (fits(c, m.entity, p)) return m.entity;
  }
  return -1;
}

int resolve_possessive(const Context& c, size_t t) {
  const std::string w = c.low(t);
  Pronoun p = w == "his" ? Pronoun::He : w == "her" ? Pronoun::She : w == "its" ? Pronoun::It
              : w == "their" ? Pronoun::They : Pronoun::None;
  if (p == Pronoun::None || c.subject_entity.size() != c.a.sentences.size()) return -1;
  // Only a subject this close: a possessive reaching further back, past people
  // the text names without a name ("a man ... his lawyer"), is too often wrong.
  size_t si = c.sentence_of[t];
  if (c.subject_token[si] < t && fits(c, c.subject_entity[si], p, true)) return c.subject_entity[si];
  if (si > 0 && fits(c, c.subject_entity[si - 1], p, true)) return c.subject_entity[si - 1];
  return -1;
}

}  // namespace dyad::quotes
