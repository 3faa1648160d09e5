// Clauses from the dependency parse (see dep_clauses.h).
#include "lang/dep_clauses.h"

#include <algorithm>

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

// The word token i depends on, past punctuation (the parser sometimes hangs a
// clause on the comma or quote that opens it); -1 for a root.
int32_t governor(const Annotation& a, uint32_t i) {
  int32_t h = a.tokens[i].head;
  for (size_t guard = 0; h >= 0 && is_punct(a.tokens[h].tag) && guard < a.tokens.size(); ++guard) h = a.tokens[h].head;
  return h;
}

// Depth of token i in its tree (0 for the root); a cycle or a stray head stops the walk.
uint32_t depth_of(const Annotation& a, uint32_t i) {
  uint32_t d = 0;
  for (int32_t h = a.tokens[i].head; h >= 0 && d <= a.tokens.size(); h = a.tokens[h].head) ++d;
  return d;
}

// The clause head of a verb group: its highest word in the tree ("has" when
// the parser hangs "celebrated" below it), and for a copula or auxiliary the
// word it attaches to ("is a threat": "threat").
uint32_t head_of(const Annotation& a, const VerbGroup& g) {
  uint32_t h = g.head;
  uint32_t best = depth_of(a, h);
  for (uint32_t i = g.first; i < g.last; ++i) {
    if (!is_verb(a.tokens[i].tag) && a.tokens[i].tag != Tag::MD) continue;
    uint32_t d = depth_of(a, i);
    if (d < best) best = d, h = i;
  }
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

// "posted on Twitter accusing X", parsed with "on" a marker of the
// participle and "Twitter" its subject: a noun phrase opened by a
// preposition is an oblique, never the subject of a non-finite clause, except
// in the absolute construction "with prices rising".
bool oblique(const Annotation& a, const Sentence& s, uint32_t ch, uint32_t subj) {
  for (uint32_t k = s.first; k < subj; ++k) {
    const Token& t = a.tokens[k];
    bool opens = (t.head == static_cast<int32_t>(subj) && t.deprel == DepRel::case_) ||
                 (t.head == static_cast<int32_t>(ch) && t.deprel == DepRel::mark && t.tag == Tag::IN);
    if (opens && t.lemma != "with" && t.lemma != "without") return true;
  }
  return false;
}

// "the Municipality Association (AKK) officials demanded": a parenthesis
// inside a noun phrase splits its chunks; the phrase is read from where it
// begins, the chunk of the leftmost word of the head's subtree, when that
// lies before the parenthesis and nothing but the parenthesis parts them.
bool descends_from(const Annotation& a, uint32_t k, int32_t top) {
  int32_t h = a.tokens[k].head;
  for (size_t guard = 0; h >= 0 && guard < a.tokens.size(); ++guard, h = a.tokens[h].head)
    if (h == top) return true;
  return false;
}

int32_t front_of_phrase(const Annotation& a, const Sentence& s, const SentenceIndex& ix, int32_t tok) {
  if (tok < 0 || ix.np_cover[tok] < 0) return tok;
  uint32_t first = a.noun_phrases[ix.np_cover[tok]].first;
  if (first <= s.first || a.tokens[first - 1].tag != Tag::RRB) return tok;
  uint32_t open = first - 1;
  while (open > s.first && a.tokens[open].tag != Tag::LRB) --open;
  if (a.tokens[open].tag != Tag::LRB || open <= s.first || ix.np_cover[open - 1] < 0) return tok;
  uint32_t k = a.noun_phrases[ix.np_cover[open - 1]].first;
  return descends_from(a, k, tok) ? static_cast<int32_t>(k) : tok;
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
  if (subj >= 0 && !g.finite && oblique(a, s, ch, static_cast<uint32_t>(subj))) subj = -1;
  c.subject = np(front_of_phrase(a, s, ix, subj));
  bool pp = dependent(a, s.first, s.last, ch, [](const Token& t) { return t.deprel == DepRel::case_; }) >= 0;
  if (ch != g.head && is_noun(a.tokens[ch].tag) && !pp) {
    c.object = np(static_cast<int32_t>(ch));  // "is a threat": the predicate nominal
  } else {
    c.object = np(dependent(a, s.first, s.last, ch, [](const Token& t) { return t.deprel == DepRel::obj; }));
  }
  // "... has raised rates" parsed with the verb as a modifier of the noun
  // after it: a verb with auxiliaries modifies no noun; that noun is its object.
  const Token& ht = a.tokens[ch];
  if (c.object < 0 && g.first < g.head && !g.passive && ht.head > static_cast<int32_t>(ch) &&
      (ht.deprel == DepRel::amod || ht.deprel == DepRel::acl) && is_noun(a.tokens[ht.head].tag))
    c.object = np(ht.head);
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

bool has_complement_after(const Annotation& a, const Sentence& s, uint32_t h) {
  for (uint32_t i = h + 1; i < s.last; ++i) {
    if (a.tokens[i].head != static_cast<int32_t>(h)) continue;
    DepRel r = a.tokens[i].deprel;
    if (r == DepRel::ccomp || r == DepRel::xcomp) return true;  // not obj: ", he told reporters"
  }
  return false;
}

// The subject of a closing reporting frame ", <subject> said ...", the
// stretch between the break and the verb: the parse's subject when it lies
// there, else the noun phrase ending right before the verb. In the inverted
// frame ", said <subject>" (nothing before the verb) the parse's subject, or
// the noun phrase right after the verb.
int32_t frame_subject(const Annotation& a, const SentenceIndex& ix, const Sentence& s, uint32_t brk, const VerbGroup& g,
                      int32_t parsed) {
  uint32_t k = g.first;
  while (k > brk + 1 && is_adv(a.tokens[k - 1].tag)) --k;  // "..., he also said"
  if (parsed >= 0 && a.noun_phrases[parsed].first > brk) return parsed;
  if (k > brk + 1) return ix.np_cover[k - 1];
  uint32_t j = g.last;
  while (j < s.last && is_adv(a.tokens[j].tag)) ++j;
  return j < s.last ? ix.np_cover[j] : -1;
}

// "X attacked Y, officials said" / "..." said the minister: the last finite
// clause of the sentence (past participle and relative clauses), a speech verb after a comma or closing quote with
// no other verb in between and no complement of its own after it, reports
// everything before it, wherever the parser attached it (parataxis, ccomp,
// advcl, a relative clause, root).
void trailing_report(Annotation& a, const SentenceIndex& ix, const Sentence& s, size_t first, size_t n,
                     const std::vector<uint32_t>& heads) {
  size_t ci = n;
  auto plain_relative = [&](size_t k) { return a.clauses[k].kind == ClauseKind::Relative && !a.clauses[k].speech; };
  while (ci > first && (!a.verb_groups[a.clauses[ci - 1].verb].finite || plain_relative(ci - 1))) --ci;
  if (ci <= first + 1) return;
  // "..., officials said, expanding a campaign against a group that has ...":
  // after the frame only participle clauses and the relative clauses inside them.
  int64_t appendage = -1;
  for (size_t k = ci; k < n; ++k) {
    const VerbGroup& v = a.verb_groups[a.clauses[k].verb];
    if (!v.finite) {
      if (appendage < 0) appendage = v.first;
      continue;
    }
    if (appendage < 0 || governor(a, heads[k - first]) < appendage) return;
  }
  Clause& r = a.clauses[--ci];
  const VerbGroup& g = a.verb_groups[r.verb];
  if (!r.speech || has_complement_after(a, s, heads[ci - first])) return;
  uint32_t prev_end = a.verb_groups[a.clauses[ci - 1].verb].last;
  uint32_t brk = g.first;
  while (brk > prev_end && a.tokens[brk - 1].tag != Tag::Comma && a.tokens[brk - 1].tag != Tag::RQuote) --brk;
  if (brk <= prev_end) return;  // a verb, or no break, between the report and its frame
  --brk;
  for (uint32_t k = brk + 1; k < g.first; ++k)
    if (a.tokens[k].tag == Tag::LQuote) return;  // ', "We reject ...': the quotation, not a frame
  r.subject = frame_subject(a, ix, s, brk, g, r.subject);
  if (r.object == r.subject) r.object = -1;  // '..., said the minister': the phrase after the verb is its subject
  r.kind = ClauseKind::Main;
  r.embedded_under = -1;
  for (size_t cj = first; cj < ci; ++cj) {
    Clause& e = a.clauses[cj];
    if (e.embedded_under < 0 || e.embedded_under == static_cast<int32_t>(ci)) e.embedded_under = static_cast<int32_t>(ci);
    if (e.kind == ClauseKind::Main || e.kind == ClauseKind::Coordinate) e.kind = ClauseKind::Reported;
  }
}

// A sentence whose root the parser left on a noun ("The ministry condemned
// ..." read as a noun modified by a clause): the first finite clause hanging
// from that noun after it is the main one, with the noun as its subject.
void verbless_root(Annotation& a, const SentenceIndex& ix, const Sentence& s, size_t first, size_t n,
                   const std::vector<uint32_t>& heads) {
  for (size_t ci = first; ci < n; ++ci)
    if (a.clauses[ci].kind == ClauseKind::Main) return;
  int32_t root = -1;
  for (uint32_t i = s.first; i < s.last && root < 0; ++i)
    if (a.tokens[i].deprel == DepRel::root) root = static_cast<int32_t>(i);
  if (root < 0 || !is_noun(a.tokens[root].tag) || ix.np_cover[root] < 0) return;
  for (size_t ci = first; ci < n; ++ci) {
    Clause& c = a.clauses[ci];
    const Token& h = a.tokens[heads[ci - first]];
    if (!a.verb_groups[c.verb].finite || h.head != root || heads[ci - first] < static_cast<uint32_t>(root)) continue;
    if (h.deprel != DepRel::acl && h.deprel != DepRel::acl_relcl) continue;
    c.kind = ClauseKind::Main;
    c.subject = ix.np_cover[root];
    if (c.object == c.subject) c.object = -1;
    return;
  }
}

}  // namespace

// "X met Y and signed ...": a conjunct shares its first conjunct's subject
// when it has none, and is reported under the same speech verb.
// A participle or infinitive conjunct ("..., but not by offering
// concessions") takes its understood subject from elsewhere: nothing shared.
void conjunct_of(const Annotation& a, int32_t first_clause, Clause& c) {
  if (c.kind == ClauseKind::Nonfinite) return;
  const Clause& first = a.clauses[size_t(first_clause)];
  if (c.subject < 0) {
    c.subject = first.subject;
    c.conjoined_with = first_clause;
  }
  c.kind = first.kind == ClauseKind::Main ? ClauseKind::Coordinate : first.kind;
  c.embedded_under = first.embedded_under;
}

bool is_subordinator(const Token& t) {
  static const char* const kWords[] = {"as",    "because", "while",    "after",   "before", "since", "when",
                                       "if",    "although", "though",  "until",   "unless", "once",  "whereas"};
  if (t.tag != Tag::IN && t.tag != Tag::WRB) return false;
  for (const char* w : kWords)
    if (t.lemma == w) return true;
  return false;
}

// "This comes as China has denounced ...", parsed with "as" a preposition of
// "China" and the verb without a subject: a subordinator, a noun phrase and a
// finite verb group right after it are a subordinate clause and its subject.
// Returns that noun phrase, or -1.
int32_t subordinate_subject(const Annotation& a, const SentenceIndex& ix, const Sentence& s, const VerbGroup& g) {
  uint32_t k = g.first;
  while (k > s.first && is_adv(a.tokens[k - 1].tag)) --k;
  if (k <= s.first || !g.finite) return -1;
  int32_t np = ix.np_cover[k - 1];
  if (np < 0 || a.noun_phrases[np].last != k || a.noun_phrases[np].first <= s.first) return -1;
  return is_subordinator(a.tokens[a.noun_phrases[np].first - 1]) ? np : -1;
}

// The earlier verb group a bare verb right after a coordinating conjunction
// ("and promised", "and completely destroyed") is coordinated with: the
// finite group before it in its sentence, when the verb has no auxiliary and
// no subject of its own; -1 otherwise.
int32_t first_conjunct(const Annotation& a, size_t k) {
  const VerbGroup& g = a.verb_groups[k];
  const VerbGroup& p = a.verb_groups[k - 1];
  if (g.finite || g.first != g.head || p.sentence != g.sentence || !p.finite) return -1;
  uint32_t c = g.first;
  while (c > p.last && is_adv(a.tokens[c - 1].tag)) --c;
  if (c <= p.last || a.tokens[c - 1].tag != Tag::CC) return -1;
  const Sentence& s = a.sentences[g.sentence];
  for (uint32_t i = s.first; i < s.last; ++i)
    if (a.tokens[i].head == static_cast<int32_t>(g.head) && is_subject(a.tokens[i].deprel)) return -1;
  return static_cast<int32_t>(k - 1);
}

// "The government condemned the attack and promised aid": a bare verb that
// is the second conjunct of a finite verb group shares its tense. A past
// participle after a past tense is a past tense ("promised", retagged VBD);
// after a passive or perfect ("was arrested and charged", "had attacked and
// taken") it shares the auxiliary. A base form after a present tense
// ("deny ... and say") is a present (VBP); after a modal or "do" ("will
// deny and say") it shares them. Returns, per verb group, the group it is
// coordinated with (-1 if none).
std::vector<int32_t> coordinated_verbs(Annotation& a) {
  std::vector<int32_t> with(a.verb_groups.size(), -1);
  for (size_t k = 1; k < a.verb_groups.size(); ++k) {
    int32_t f = first_conjunct(a, k);
    if (f < 0) continue;
    VerbGroup& g = a.verb_groups[k];
    const VerbGroup& p = a.verb_groups[f];
    Token& v = a.tokens[g.head];
    Tag pt = a.tokens[p.head].tag;
    if (v.tag == Tag::VBN && p.tense == Tense::Past && (pt == Tag::VBD || pt == Tag::VBN)) {
      g.passive = p.passive;
      g.perfect = p.perfect;
      if (!p.passive && !p.perfect) v.tag = Tag::VBD;
    } else if (v.tag == Tag::VB && pt == Tag::VBP) {
      v.tag = Tag::VBP;
    } else if (v.tag == Tag::VB && pt == Tag::VB) {
      g.modal = p.modal;
    } else {
      continue;
    }
    g.finite = true;
    g.tense = p.tense;
    with[k] = f;
  }
  return with;
}

// "the treaty that the two states signed": a past participle with a
// subject of its own and no auxiliary is a past tense (retagged VBD).
void participles_with_subject(Annotation& a) {
  for (VerbGroup& g : a.verb_groups) {
    Token& v = a.tokens[g.head];
    if (g.finite || g.first != g.head || v.tag != Tag::VBN) continue;
    const Sentence& s = a.sentences[g.sentence];
    bool subject = false, aux = false, mark = false;
    for (uint32_t i = s.first; i < s.last; ++i) {
      if (a.tokens[i].head != static_cast<int32_t>(g.head)) continue;
      if (a.tokens[i].deprel == DepRel::nsubj) subject = true;
      if (is_aux_rel(a.tokens[i].deprel)) aux = true;
      if (a.tokens[i].deprel == DepRel::mark || is_relative_pronoun(a.tokens[i])) mark = true;
    }
    // "officials accused of ...": a participle modifying a noun has no subject
    // of its own, whatever the parse says, unless a clause marker opens it.
    bool modifier = v.deprel == DepRel::acl || v.deprel == DepRel::amod;
    if (!subject || aux || (modifier && !mark)) continue;
    v.tag = Tag::VBD;
    g.finite = true;
    g.tense = Tense::Past;
  }
}

// 'The mayor said, "We reject the plan."' parsed with the quoted clause as
// the head and the speech clause beside it: a finite speech clause hung
// (parataxis, ccomp) on a clause after it, with no complement of its own
// after its verb, is the reporting one; the other is reported under it.
void opening_report(Annotation& a, const Sentence& s, size_t first, size_t n, const std::vector<uint32_t>& heads,
                    const SentenceIndex& ix) {
  for (size_t ci = first; ci < n; ++ci) {
    Clause& r = a.clauses[ci];
    uint32_t ch = heads[ci - first];
    const Token& t = a.tokens[ch];
    int32_t gov = governor(a, ch);
    if (!r.speech || !a.verb_groups[r.verb].finite || gov <= static_cast<int32_t>(ch) ||
        (t.deprel != DepRel::parataxis && t.deprel != DepRel::ccomp) || has_complement_after(a, s, ch))
      continue;
    int32_t up = ix.clause_head[gov];
    if (up < 0 || static_cast<size_t>(up) >= n || a.clauses[up].embedded_under >= 0) continue;
    Clause& q = a.clauses[up];
    r.kind = q.kind;
    r.embedded_under = -1;
    q.kind = ClauseKind::Reported;
    q.embedded_under = static_cast<int32_t>(ci);
    return;
  }
}

// A noun phrase is the object of one verb: when two clauses claim it, the
// verb nearest before it keeps it.
void one_object_each(Annotation& a, size_t first, size_t n) {
  for (size_t i = first; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j) {
      Clause& x = a.clauses[i];
      Clause& y = a.clauses[j];
      if (x.object < 0 || x.object != y.object) continue;
      uint32_t at = a.noun_phrases[x.object].first;
      uint32_t vx = a.verb_groups[x.verb].last, vy = a.verb_groups[y.verb].last;
      bool y_nearer = vy <= at && (vx > at || vy > vx);
      (y_nearer ? x : y).object = -1;
    }
}

void clauses_from_parse(Annotation& a, const Resources& res) {
  SentenceIndex ix = index_of(a);
  std::vector<int32_t> coordinated = coordinated_verbs(a);
  participles_with_subject(a);
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
      int32_t gov = governor(a, ch);
      int32_t up = gov >= 0 ? ix.clause_head[gov] : -1;
      c.kind = g.finite ? kind_of(ht.deprel) : ClauseKind::Nonfinite;
      if (coordinated[vg] >= 0) up = coordinated[vg];
      if (int32_t sub = c.subject < 0 ? subordinate_subject(a, ix, s, g) : -1; sub >= 0) {
        c.subject = sub;
        c.kind = ClauseKind::Subordinate;
        up = -1;  // not a conjunct of the clause before the subordinator
      }
      if ((ht.deprel == DepRel::conj || coordinated[vg] >= 0) && up >= 0 && static_cast<size_t>(up) < a.clauses.size())
        conjunct_of(a, up, c);
      // "X said (that) Y ...", "X said: Y ...", "X said, \"Y ...\"": the complement or
      // the clause set beside a speech verb after it is reported under it.
      bool beside = ht.deprel == DepRel::ccomp || (ht.deprel == DepRel::parataxis && gov < static_cast<int32_t>(ch));
      if (g.finite && beside && up >= 0 && res.speech_verbs.count(a.tokens[a.verb_groups[up].head].lemma)) {
        c.kind = ClauseKind::Reported;
        c.embedded_under = up;
      }
      a.clauses.push_back(c);
    }
    verbless_root(a, ix, s, first, a.clauses.size(), heads);
    opening_report(a, s, first, a.clauses.size(), heads, ix);
    one_object_each(a, first, a.clauses.size());
    trailing_report(a, ix, s, first, a.clauses.size(), heads);
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
