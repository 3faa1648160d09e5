// Clauses from the dependency parse (see dep_clauses.h).
#include "lang/dep_clauses.h"

namespace dyad::lang {

namespace {

struct SentenceIndex {
  std::vector<int32_t> np_cover;     // token -> noun phrase covering it, -1
  std::vector<int32_t> clause_head;  // token -> verb group whose clause it heads, -1
};

SentenceIndex index_of(const Annotation& a) {
  SentenceIndex ix{std::vector<int32_t>(a.tokens.size(), -1), std::vector<int32_t>(a.tokens.size(), -1)};
  for (size_t k = 0; k < a.noun_phrases.size(); ++k)
    for (uint32_t i = a.noun_phrases[k].first; i < a.noun_phrases[k].last; ++i)
      ix.np_cover[i] = static_cast<int32_t>(k);
  return ix;
}

bool is_aux_rel(DepRel r) { return r == DepRel::cop || r == DepRel::aux || r == DepRel::aux_pass; }

// The clause head of a verb group: its main verb, or what a copula or auxiliary attaches to.
uint32_t head_of(const Annotation& a, const VerbGroup& g) {
  uint32_t h = g.head;
  const Token& t = a.tokens[h];
  if (is_aux_rel(t.deprel) && t.head >= 0) return static_cast<uint32_t>(t.head);
  return h;
}

// First dependent of `h` (in the sentence [b, e)) whose relation satisfies `pred`, or -1.
template <class P>
int32_t dependent(const Annotation& a, uint32_t b, uint32_t e, uint32_t h, P pred) {
  for (uint32_t i = b; i < e; ++i)
    if (a.tokens[i].head == static_cast<int32_t>(h) && pred(a.tokens[i])) return static_cast<int32_t>(i);
  return -1;
}

bool is_relative_pronoun(const Token& t) {
  return t.tag == Tag::WDT || t.tag == Tag::WP || t.lemma == "that" || t.lemma == "who" || t.lemma == "which";
}

ClauseKind kind_of(DepRel r) {
  switch (r) {
    case DepRel::root: return ClauseKind::Main;
    case DepRel::acl_relcl:
    case DepRel::advcl_relcl: return ClauseKind::Relative;
    case DepRel::conj:
    case DepRel::parataxis: return ClauseKind::Coordinate;
    default: return ClauseKind::Subordinate;
  }
}

// Subject, object and agent of one clause.
void arguments(const Annotation& a, const Sentence& s, const SentenceIndex& ix, uint32_t ch, const VerbGroup& g,
               Clause& c) {
  auto np = [&](int32_t tok) { return tok < 0 ? -1 : ix.np_cover[tok]; };
  int32_t subj = dependent(a, s.first, s.last, ch, [](const Token& t) {
    return is_subject(t.deprel) || t.deprel == DepRel::csubj || t.deprel == DepRel::csubj_pass;
  });
  if (subj >= 0 && is_relative_pronoun(a.tokens[subj]) && a.tokens[ch].deprel == DepRel::acl_relcl)
    subj = a.tokens[ch].head;  // "the rebels who attacked": the antecedent
  c.subject = np(subj);
  if (ch != g.head && is_noun(a.tokens[ch].tag)) {
    c.object = np(static_cast<int32_t>(ch));  // "is a threat": the predicate nominal
  } else {
    c.object = np(dependent(a, s.first, s.last, ch, [](const Token& t) { return t.deprel == DepRel::obj; }));
  }
  if (c.object == c.subject) c.object = -1;
  if (g.passive) {
    int32_t ag = dependent(a, s.first, s.last, ch, [&](const Token& t) {
      if (t.deprel == DepRel::obl_agent) return true;
      if (t.deprel != DepRel::obl) return false;
      uint32_t self = static_cast<uint32_t>(&t - a.tokens.data());
      return dependent(a, s.first, s.last, self, [](const Token& k) { return k.lemma == "by"; }) >= 0;
    });
    c.agent = np(ag);
  }
}

// "X attacked Y, officials said": the trailing speech clause is the main one.
void trailing_report(Annotation& a, size_t first, size_t n, const std::vector<uint32_t>& heads) {
  for (size_t ci = first; ci < n; ++ci) {
    Clause& m = a.clauses[ci];
    if (m.kind != ClauseKind::Main) continue;
    for (size_t cj = first; cj < n; ++cj) {
      Clause& r = a.clauses[cj];
      const Token& rt = a.tokens[heads[cj - first]];
      bool after = a.verb_groups[r.verb].first > a.verb_groups[m.verb].last;
      if (!r.speech || !after || rt.head != static_cast<int32_t>(heads[ci - first]) ||
          (rt.deprel != DepRel::parataxis && rt.deprel != DepRel::ccomp))
        continue;
      r.kind = ClauseKind::Main;
      r.embedded_under = -1;
      m.kind = ClauseKind::Reported;
      m.embedded_under = static_cast<int32_t>(cj);
      return;
    }
  }
}

}  // namespace

void clauses_from_parse(Annotation& a, const Resources& res) {
  SentenceIndex ix = index_of(a);
  for (size_t vg = 0; vg < a.verb_groups.size(); ++vg) {
    uint32_t h = head_of(a, a.verb_groups[vg]);
    if (ix.clause_head[h] < 0) ix.clause_head[h] = static_cast<int32_t>(vg);
  }
  size_t vg = 0;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    size_t first = a.clauses.size();
    std::vector<uint32_t> heads;
    for (; vg < a.verb_groups.size() && a.verb_groups[vg].sentence == si; ++vg) {
      const VerbGroup& g = a.verb_groups[vg];
      uint32_t ch = head_of(a, g);
      heads.push_back(ch);
      Clause c;
      c.verb = static_cast<uint32_t>(vg);
      c.sentence = si;
      c.speech = res.speech_verbs.count(a.tokens[g.head].lemma) > 0;
      arguments(a, s, ix, ch, g, c);
      const Token& ht = a.tokens[ch];
      int32_t up = ht.head >= 0 ? ix.clause_head[ht.head] : -1;
      c.kind = g.finite ? kind_of(ht.deprel) : ClauseKind::Nonfinite;
      if (ht.deprel == DepRel::conj && up >= 0 && c.subject < 0 && static_cast<size_t>(up) < a.clauses.size())
        c.subject = a.clauses[up].subject;  // "X met Y and signed ...": shared subject
      if (c.kind == ClauseKind::Subordinate && ht.deprel == DepRel::ccomp && up >= 0 &&
          res.speech_verbs.count(a.tokens[a.verb_groups[up].head].lemma)) {
        c.kind = ClauseKind::Reported;
        c.embedded_under = up;
      }
      a.clauses.push_back(c);
    }
    trailing_report(a, first, a.clauses.size(), heads);
    bool have_main = false;  // one main clause per sentence
    for (size_t ci = first; ci < a.clauses.size(); ++ci) {
      Clause& c = a.clauses[ci];
      if (c.kind != ClauseKind::Main) continue;
      if (have_main) c.kind = ClauseKind::Coordinate;
      have_main = true;
    }
  }
}

}  // namespace dyad::lang
