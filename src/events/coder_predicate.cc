// The event coder's predicate and pattern phases (see coder_phases.h): the
// dictionary verb standing at a token, and the most specific pattern of its
// blocks that matches around it.
#include "events/coder_phases.h"

namespace dyad::events::coder {

using lang::Tag;

namespace {

bool preposition_participle(const std::string& u) {
  static const char* const forms[] = {"GIVEN", "CONSIDERING", "INCLUDING", "REGARDING", "CONCERNING",
                                      "FOLLOWING", "PENDING", "BARRING", "EXCLUDING", "NOTWITHSTANDING"};
  for (const char* f : forms)
    if (u == f) return true;
  return false;
}

// Of two patterns equally specific, one that names the verb's object or
// particle before one of prepositions only ("fired teargas at protesters":
// TEARGAS names the act, AT only its target); then the one listed first.
bool preferred(const Pattern& a, const Pattern& b) {
  if (a.content != b.content) return a.content;
  return a.order < b.order;
}

constexpr uint32_t kNoToken = UINT32_MAX;

// The "to" that marks the verb at `vfirst` as an infinitive, found before it over adverbs and
// "not" ("to negotiate", "not to yield"); kNoToken when the verb is no to-infinitive.
uint32_t marker_before(const Ctx& c, uint32_t vfirst) {
  uint32_t k = vfirst;
  while (k > c.sb && (lang::is_adv(c.a.tokens[k - 1].tag) || c.up(k - 1) == "NOT")) --k;
  if (k > c.sb && c.a.tokens[k - 1].tag == Tag::TO) return k - 1;
  if (!(k > c.sb && c.a.tokens[k - 1].tag == Tag::CC)) return kNoToken;
  // A verb coordinated with an infinitive shares its "to": "to pause or seek talks".
  for (uint32_t j = k - 1; j > c.sb; --j) {
    const Tag t = c.a.tokens[j - 1].tag;
    if (t == Tag::TO) return j - 1;
    if (!(lang::is_noun(t) || lang::is_adj(t) || lang::is_adv(t) || t == Tag::DT || t == Tag::VB)) break;
  }
  return kNoToken;
}

// When the to-infinitive whose verb ends at `vlast` (its "to" at `to`) is the subject of a
// clause ("that to negotiate now is ...", sentence-first "To retreat would be ..."), the first
// token of the finite verb it is the subject of; else 0. Its phrase (object, prepositional
// phrases, adverbs, infinitives coordinated with it) must run straight into a finite verb that
// has no subject of its own: a comma between makes it an adjunct ("To end the war, Russia
// offered talks"), and so does a clause with its own subject ("to X because Russia wants ...").
uint32_t subject_infinitive(const Ctx& c, uint32_t to, uint32_t vlast) {
  if (to != c.sb && c.up(to - 1) != "THAT") return 0;
  for (uint32_t k = vlast; k < c.se; ++k) {
    const Tag t = c.a.tokens[k].tag;
    if (lang::is_finite(t)) {
      const lang::Clause* cl = c.clause_at(k);
      return cl && cl->subject >= 0 ? 0 : k;
    }
    if (t == Tag::CC && k + 1 < c.se && lang::is_verb(c.a.tokens[k + 1].tag)) continue;  // "to pause or seek"
    if (!(lang::is_noun(t) || lang::is_adj(t) || lang::is_adv(t) || t == Tag::DT || t == Tag::VB ||
          t == Tag::TO || t == Tag::PRPS || t == Tag::PRP || t == Tag::CD || t == Tag::IN))
      return 0;
  }
  return 0;
}

// The copula ("is", "would be") of an equative of two infinitives ("to negotiate now is to
// surrender") whose subject infinitive has its "to" at `to` and its verb ending at `vlast`;
// kNoToken when that infinitive is no such subject.
uint32_t equative_copula(const Ctx& c, uint32_t to, uint32_t vlast) {
  uint32_t k = subject_infinitive(c, to, vlast);
  if (k == 0) return kNoToken;
  while (k < c.se && (c.a.tokens[k].tag == Tag::MD || lang::is_adv(c.a.tokens[k].tag) || c.up(k) == "NOT")) ++k;
  if (k >= c.se || c.a.tokens[k].lemma != "be") return kNoToken;
  uint32_t n = k + 1;
  while (n < c.se && lang::is_adv(c.a.tokens[n].tag)) ++n;
  return n < c.se && c.infinitive_to(n) ? k : kNoToken;
}

// The infinitives of an equative ("to negotiate now is to surrender", "to retreat would be to
// admit defeat") say what one act amounts to, done by nobody in particular (arbitrary control):
// the sentence's actors do neither act, so neither codes an event. A lone subject infinitive
// ("to meet them would be useful") is often the speaker's own proposal and stays, and so does an
// infinitive after a noun subject's copula, that subject's plan ("the president is to visit").
bool arbitrary_infinitive(const Ctx& c, const Site& v) {
  const uint32_t to = marker_before(c, v.vfirst);
  if (to == kNoToken) return false;
  if (equative_copula(c, to, v.vlast) != kNoToken) return true;
  uint32_t k = to;
  while (k > c.sb && lang::is_adv(c.a.tokens[k - 1].tag)) --k;
  if (k == c.sb || c.a.tokens[k - 1].lemma != "be") return false;
  for (uint32_t j = c.sb; j + 1 < k - 1; ++j)
    if (c.infinitive_to(j) && equative_copula(c, j, j + 2) == k - 1) return true;
  return false;
}

// A non-finite verb inside the reach of a coded verb ("abandoned efforts to stop ...", "called
// on X to be allowed to leave") is part of that event. A participle under a tensed auxiliary
// ("denied that X had bombed Y", "that Y was attacked") heads a finite clause of its own, coded
// as one, and a gerund after a preposition of time or means ("recalled its envoy after
// criticising Y", "while criticising Y") adjoins the clause as an act of its own.
bool part_of_coded_event(const Ctx& c, const Site& v) {
  const lang::Annotation& a = c.a;
  const Tag tag = a.tokens[v.i].tag;
  if (tag != Tag::VB && tag != Tag::VBG && tag != Tag::VBN) return false;
  if (c.documents && tag == Tag::VBG && v.vfirst > c.sb && is_adjoining_preposition(c.up(v.vfirst - 1))) return false;
  uint32_t k = v.vfirst;
  bool tensed = false;
  while (k > c.sb && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)))) {
    --k;
    const Tag t = a.tokens[k].tag;
    tensed |= tag == Tag::VBN && (t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP);
  }
  return !tensed && !(k > c.sb && (a.tokens[k - 1].tag == Tag::CC || c.up(k - 1) == ","));
}

}  // namespace

// "talked about sending troops", "fears about losing, or ceding, the port": a gerund (or a list
// of them) governed by a preposition of subject matter names what is spoken or felt about, not
// an act that happens.
bool topic_gerund(const Ctx& c, uint32_t i) {
  uint32_t k = i;
  while (k > c.sb) {
    Tag t = c.a.tokens[k - 1].tag;
    if (!(t == Tag::VBG || t == Tag::RP || t == Tag::CC || lang::is_adv(t) || c.up(k - 1) == ",")) break;
    --k;
  }
  if (k <= c.sb) return false;
  return is_topic_preposition(c.up(k - 1));
}

bool find_predicate(const Ctx& c, uint32_t i, uint32_t covered_until, Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Token& tok = a.tokens[i];
  const auto* forms = c.d.forms(c.up(i));
  if (!forms) return false;
  // The verb form that fits (multi-word verbs need their other words), longest first.
  const VerbForm* vf = nullptr;
  for (const auto& f : *forms) {
    if (f.before.size() > i - c.sb || i + 1 + f.after.size() > c.se) continue;
    bool ok = true;
    for (size_t k = 0; k < f.before.size() && ok; ++k) ok = c.up(i - uint32_t(f.before.size()) + uint32_t(k)) == f.before[k];
    for (size_t k = 0; k < f.after.size() && ok; ++k) ok = c.up(i + 1 + uint32_t(k)) == f.after[k];
    if (ok && (!vf || f.before.size() + f.after.size() > vf->before.size() + vf->after.size())) vf = &f;
  }
  if (!vf) return false;
  bool multi = !vf->before.empty() || !vf->after.empty();
  if (!lang::is_verb(tok.tag) && !multi) return false;
  if (tok.tag == Tag::VBG && i > c.sb &&
      (a.tokens[i - 1].tag == Tag::DT || a.tokens[i - 1].tag == Tag::PRPS || lang::is_adj(a.tokens[i - 1].tag)))
    return false;  // "the reopening of
  if (c.documents && tok.tag == Tag::VBG && topic_gerund(c, i)) return false;
  // "given the uncertainty", "considering that prices vary", "including
  // Kenya": participles that serve as prepositions are no predicate unless
  // an auxiliary makes them a verb ("was given aid", "is considering").
  if (c.documents && !multi && preposition_participle(c.up(i))) {
    uint32_t k = i;
    while (k > c.sb && lang::is_adv(a.tokens[k - 1].tag)) --k;
    if (!(k > c.sb && is_aux(c.up(k - 1)))) return false;
  }
  if (is_aux(c.up(i))) {
    uint32_t k = i + 1;
    while (k < c.se && (lang::is_adv(a.tokens[k].tag) || c.up(k) == "N'T" || c.up(k) == "NOT")) ++k;
    if (k < c.se && lang::is_verb(a.tokens[k].tag)) return false;
  }
  v.i = i;
  v.vf = vf;
  v.vfirst = i - uint32_t(vf->before.size());
  v.vlast = i + 1 + uint32_t(vf->after.size());
  if (i < covered_until && part_of_coded_event(c, v)) return false;
  if (c.documents && arbitrary_infinitive(c, v)) return false;
  // Every entry of this verb form (a verb may head several blocks).
  v.cands.clear();
  for (const auto& f : *forms)
    if (f.before == vf->before && f.after == vf->after) v.cands.push_back(&f);
  return true;
}

bool match_pattern(const Ctx& c, Site& v) {
  const VerbDictionary& verbs = c.d;
  v.block = &verbs.blocks()[verbs.verbs()[v.vf->verb].block];
  // Best matching pattern over those blocks: most specific, then earliest.
  v.best = nullptr;
  v.passive = passive_voice(c, v);
  v.st = State{.passive = v.passive};
  CodePair dflt;
  for (const VerbForm* cf : v.cands) {
    const Verb& verb = verbs.verbs()[cf->verb];
    const VerbBlock& blk = verbs.blocks()[verb.block];
    const CodePair& d = verbs.default_code(verb);
    if (dflt.empty() || (dflt.first == "---" && !d.empty() && d.first != "---")) dflt = d;
    for (const auto& p : blk.patterns) {
      if (v.best && (p.literals < v.best->literals)) continue;
      State st{.passive = v.passive};
      if (!c.lower_match(p, 0, v.vfirst, st)) continue;
      if (!c.upper_match(p, 0, v.vlast, st)) continue;
      if (!v.best || p.literals > v.best->literals || (p.literals == v.best->literals && preferred(p, *v.best))) {
        v.best = &p;
        v.st = st;
        v.block = &blk;
      }
    }
  }
  v.code = v.best ? v.best->code : dflt;
  return !(v.code.empty() || v.code.first == "---");
}

}  // namespace dyad::events::coder
