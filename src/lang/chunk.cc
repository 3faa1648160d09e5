// Base noun phrase and verb group chunking (see chunk.h). Rules over the
// Penn tags, in one left-to-right pass per sentence.
#include "lang/chunk.h"

#include <cctype>

namespace dyad::lang {

namespace {

bool lemma_is(const Token& t, std::initializer_list<const char*> ls) {
  for (const char* l : ls)
    if (t.lemma == l) return true;
  return false;
}

bool np_modifier(Tag t) {
  return is_adj(t) || t == Tag::CD || is_noun(t) || t == Tag::Dollar || t == Tag::Hash;
}

// Determiners that can stand alone as a noun phrase ("this", "all", "both").
bool standalone_det(const Token& t) {
  return lemma_is(t, {"this", "that", "these", "those", "all", "both", "each", "some", "any", "none",
                      "another", "neither", "either"});
}

void noun_phrases(Annotation& a, uint32_t si) {
  const Sentence& s = a.sentences[si];
  const auto& tk = a.tokens;
  uint32_t i = s.first;
  while (i < s.last) {
    Tag t = tk[i].tag;
    uint32_t b = i;
    if (t == Tag::PRP || t == Tag::EX) {
      a.noun_phrases.push_back({i, i + 1, i, si});
      ++i;
      continue;
    }
    bool starts = t == Tag::DT || t == Tag::PDT || t == Tag::PRPS || t == Tag::WPS || np_modifier(t) ||
                  (t == Tag::RB && i + 1 < s.last && tk[i + 1].tag == Tag::CD &&
                   lemma_is(tk[i], {"about", "nearly", "almost", "some", "around", "roughly"}));
    if (!starts) {
      ++i;
      continue;
    }
    uint32_t j = i;
    if (tk[j].tag == Tag::PDT) ++j;
    if (j < s.last && (tk[j].tag == Tag::DT || tk[j].tag == Tag::PRPS || tk[j].tag == Tag::WPS)) ++j;
    if (j < s.last && tk[j].tag == Tag::RB && j + 1 < s.last && tk[j + 1].tag == Tag::CD) ++j;
    int32_t last_head = -1;
    while (j < s.last) {
      Tag x = tk[j].tag;
      if (np_modifier(x)) {
        if (is_noun(x) || x == Tag::CD) last_head = static_cast<int32_t>(j);
        ++j;
        continue;
      }
      // Participles and -ing forms modify a following noun: "the ruling party".
      if ((x == Tag::VBN || x == Tag::VBG) && j > b && j + 1 < s.last &&
          (is_noun(tk[j + 1].tag) || is_adj(tk[j + 1].tag)) &&
          (tk[j - 1].tag == Tag::DT || is_adj(tk[j - 1].tag) || tk[j - 1].tag == Tag::PRPS || tk[j - 1].tag == Tag::RB)) {
        ++j;
        continue;
      }
      // An adverb before an adjective inside the phrase: "a very large crowd".
      if (x == Tag::RB && j > b && j + 1 < s.last && is_adj(tk[j + 1].tag) && tk[j - 1].tag == Tag::DT) {
        ++j;
        continue;
      }
      break;
    }
    // Possessive ends the phrase: [Rwanda 's] [Government].
    bool possessive = j < s.last && tk[j].tag == Tag::POS && last_head >= 0;
    if (possessive) ++j;
    if (last_head < 0) {
      // No noun: a lone determiner ("this", "all") or a determiner + adjective ("the poor").
      if (j == b + 1 && standalone_det(tk[b])) {
        a.noun_phrases.push_back({b, j, b, si});
      } else if ((j > b + 1 && tk[b].tag == Tag::DT && is_adj(tk[j - 1].tag)) ||
                 (j > b && b > s.first && tk[b - 1].tag == Tag::POS && is_adj(tk[j - 1].tag))) {
        // "the poor"; "[Afghanistan 's] [east]" (the possessed word read as an adjective)
        a.noun_phrases.push_back({b, j, j - 1, si});
      }
      i = j > b ? j : b + 1;
      continue;
    }
    // Trailing adjectives after the last noun are not part of the phrase.
    uint32_t end = possessive ? j : static_cast<uint32_t>(last_head) + 1;
    a.noun_phrases.push_back({b, end, static_cast<uint32_t>(last_head), si});
    i = end;
  }
}

bool is_aux(const Token& t) {
  return t.tag == Tag::MD || t.tag == Tag::TO || lemma_is(t, {"be", "have", "do", "get"});
}

bool negation(const Token& t) { return lemma_is(t, {"not", "never"}) || t.form == "n't"; }

Tense modal_tense(const Token& t) {
  if (lemma_is(t, {"will", "shall"})) return Tense::Future;
  if (lemma_is(t, {"would", "could", "might", "should"})) return Tense::Past;
  return Tense::Present;
}

void verb_groups(Annotation& a, uint32_t si) {
  const Sentence& s = a.sentences[si];
  const auto& tk = a.tokens;
  uint32_t i = s.first;
  while (i < s.last) {
    Tag t = tk[i].tag;
    bool start = is_verb(t) || t == Tag::MD;
    if (t == Tag::TO) {
      uint32_t k = i + 1;
      while (k < s.last && is_adv(tk[k].tag)) ++k;
      start = k < s.last && tk[k].tag == Tag::VB;
    }
    if (!start) {
      ++i;
      continue;
    }
    VerbGroup g;
    g.first = i;
    g.sentence = si;
    uint32_t last_verb = i;
    uint32_t j = i + 1;
    while (j < s.last) {
      if (!is_aux(tk[last_verb])) break;
      uint32_t k = j;
      while (k < s.last && (is_adv(tk[k].tag) || tk[k].form == "n't")) ++k;
      if (k < s.last && is_verb(tk[k].tag)) {
        last_verb = k;
        j = k + 1;
      } else {
        break;
      }
    }
    g.last = last_verb + 1;
    g.head = last_verb;
    // Attributes.
    const Token& first = tk[g.first];
    bool saw_be = false, saw_have = false;
    for (uint32_t k = g.first; k < g.last; ++k) {
      const Token& x = tk[k];
      if (negation(x)) g.negated = true;
      if (x.tag == Tag::MD && g.modal < 0) g.modal = static_cast<int32_t>(k);
      if (k == g.head) break;
      if (lemma_is(x, {"be", "get"})) saw_be = true;
      if (lemma_is(x, {"have"})) saw_have = true;
    }
    const Token& head = tk[g.head];
    g.passive = saw_be && head.tag == Tag::VBN;
    g.perfect = saw_have && head.tag == Tag::VBN && !g.passive;
    if (saw_have && saw_be && head.tag == Tag::VBN) g.perfect = true;
    g.progressive = saw_be && head.tag == Tag::VBG;
    g.infinitive = first.tag == Tag::TO;
    switch (first.tag) {
      case Tag::MD: g.finite = true; g.tense = modal_tense(first); break;
      case Tag::VBD: g.finite = true; g.tense = Tense::Past; break;
      case Tag::VBZ: case Tag::VBP: g.finite = true; g.tense = Tense::Present; break;
      case Tag::VB:
        // A bare base form at the sentence start or after a subject: imperative / subjunctive.
        g.finite = g.first == s.first || (g.first > s.first && (tk[g.first - 1].tag == Tag::PRP || is_noun(tk[g.first - 1].tag)));
        g.tense = g.finite ? Tense::Present : Tense::None;
        break;
      default: break;
    }
    a.verb_groups.push_back(g);
    i = g.last;
  }
}

}  // namespace

void chunk(Annotation& a, const Resources&) {
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    noun_phrases(a, si);
    verb_groups(a, si);
  }
}

}  // namespace dyad::lang
