// The event coder's argument and role phases (see coder_phases.h): the
// verb's voice, subject (from the clause layer, or an outside parse when given),
// reach, "by" agent and pronoun subject; then which units are the source and
// the target, with patients of violence and places standing in for actors.
#include "events/coder_phases.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "base/text.h"
#include "events/cameo_table.h"
#include "lang/clauses.h"
#include "lang/resources.h"
#include "lang/tagger.h"
#include "quotes/marks.h"

namespace dyad::events::coder {

using lang::Tag;

namespace {

const Quote* quote_around(const std::vector<Quote>& qs, uint32_t at);
std::string speaker_code(const Ctx& c, const Quote* q);

// "“...,” she said. She also accused X": "he" or "she" after a sentence
// that is all quotation is its speaker; the code of the speaker of the
// quotation holding sentence `si` whole, or "".
std::string quotation_speaker(const Ctx& c, const CoderOptions& opt, uint32_t si) {
  if (!opt.quotes) return "";
  const auto& sn = c.a.sentences[si];
  uint32_t k = sn.first;  // past an opening quotation mark
  while (k < sn.last && c.a.tokens[k].tag == Tag::LQuote) ++k;
  if (k == sn.last) return "";
  uint32_t e = sn.last;  // before the closing mark and the full stop
  while (e > k && (c.a.tokens[e - 1].tag == Tag::RQuote || c.a.tokens[e - 1].tag == Tag::Period)) --e;
  if (e == k) return "";
  const Quote* q = quote_around(*opt.quotes, uint32_t(c.a.tokens[k].span.start));
  if (q == nullptr || q->end < c.a.tokens[e - 1].span.end) return "";
  return speaker_code(c, q);
}

// "It hosted a Taliban delegation": a pronoun subject with no actor before
// it in its sentence refers to the previous sentence's first actor that
// fits it (he/she: a person or one office holder; it: an actor that is
// neither; they: not a person). Documents only.
void pronoun_subject(const Ctx& c, const CoderOptions& opt, Site& v) {
  const lang::Annotation& a = c.a;
  const auto& mentions = c.mentions;
  const lang::Sentence& s = c.a.sentences[c.si];
  const uint32_t si = c.si;
  const uint32_t vfirst = v.vfirst;
  const bool passive = v.passive;
  const int subj = v.subj;
  std::string& pronoun_source = v.pronoun_source;
  pronoun_source.clear();
  if (subj < 0 && opt.documents() && si > 0) {
    uint32_t k = vfirst;
    while (k > s.first && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)) || c.up(k - 1) == "NOT" ||
                           c.up(k - 1) == "N'T"))
      --k;
    const std::string& w = k > s.first ? c.up(k - 1) : std::string();
    bool pronoun = k > s.first && a.tokens[k - 1].tag == Tag::PRP && (w == "HE" || w == "SHE" || w == "IT" || w == "THEY");
    bool actor_before = !c.units.empty() && c.units.front().first < k;
    // "It's justified": "it" of a passive is a placeholder, not an actor.
    if (pronoun && !actor_before && (w == "HE" || w == "SHE")) {
      pronoun_source = quotation_speaker(c, opt, si - 1);
      if (!pronoun_source.empty()) return;
    }
    if (pronoun && !actor_before && !(w == "IT" && passive)) {
      // Only the subject of the previous sentence's first main clause:
      // "The foreign forces are in Afghanistan ... They allow" is not Afghanistan.
      uint32_t sf = 0, sl = 0;
      for (uint32_t ci : c.clauses_in(si - 1))
        if (const auto& cl = a.clauses[ci]; cl.kind == lang::ClauseKind::Main && cl.subject >= 0) {
          const auto& np = a.noun_phrases[size_t(cl.subject)];
          sf = np.first;
          sl = np.last;
          // "[Pakistan 's] [foreign minister]": the possessor belongs to it.
          while (sf > 0 && a.tokens[sf - 1].tag == Tag::POS) {
            uint32_t f = sf - 1;
            while (f > 0 && lang::is_noun(a.tokens[f - 1].tag)) --f;
            if (f == sf - 1) break;
            sf = f;
          }
          break;
        }
      for (int32_t mi : c.mentions_in(si - 1)) {
        const auto& m = mentions[size_t(mi)];
        if (m.last_token <= sf || m.first_token >= sl || m.code.empty()) continue;
        Tag head = a.tokens[m.last_token - 1].tag;
        bool one_person = m.kind == MentionKind::Person || (!m.role.empty() && head == Tag::NN);
        bool plural = head == Tag::NNS || head == Tag::NNPS;
        bool fits = w == "HE" || w == "SHE" ? one_person : w == "IT" ? !one_person && !plural : !one_person;
        if (fits) {
          pronoun_source = m.code;
          break;
        }
      }
    }
  }
}

// The first quotation (direct or mixed) holding byte `at`, or null. The
// quotations come sorted by start: look back from the last one starting at
// or before `at` over a window of kQuoteWindow bytes (one scan of them all
// per verb was quadratic: a document of many quotations took minutes);
// a quotation longer than that is not looked into.
constexpr uint32_t kQuoteWindow = 4 * quotes::kMaxQuoteBytes;  // a quotation and its reported clause
const Quote* quote_around(const std::vector<Quote>& qs, uint32_t at) {
  auto ub = std::upper_bound(qs.begin(), qs.end(), at, [](uint32_t v, const Quote& q) { return v < q.start; });
  const Quote* best = nullptr;
  for (auto it = ub; it != qs.begin();) {
    --it;
    if (at - it->start > kQuoteWindow) break;
    if (it->type != QuoteType::Indirect && at < it->end) best = &*it;
  }
  return best;
}

// The sentence holding byte `at`, or -1.
int32_t sentence_at(const lang::Annotation& a, uint64_t at) {
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), at,
                             [](uint64_t v, const lang::Sentence& s) { return v < s.span.start; });
  if (it == a.sentences.begin()) return -1;
  --it;
  return at < it->span.end ? int32_t(it - a.sentences.begin()) : -1;
}

// The subject noun phrase of the clause whose verb comes last among the
// sentence's clauses that end by token `k` and whose subject `accept` takes;
// -1 when there is none.
template <class Accept>
int32_t last_subject_before(const Ctx& c, uint32_t k, Accept accept) {
  const lang::Annotation& a = c.a;
  int32_t best = -1;
  uint32_t best_verb = 0;
  for (uint32_t ci : c.sentence_clauses()) {
    const auto& cl = a.clauses[ci];
    if (cl.subject < 0 || cl.verb >= a.verb_groups.size()) continue;
    const auto& vg = a.verb_groups[cl.verb];
    if (vg.last > k || vg.first < best_verb || !accept(a.noun_phrases[size_t(cl.subject)])) continue;
    best = cl.subject;
    best_verb = vg.first;
  }
  return best;
}

// "I" or "we" as the subject of the verb at `vfirst`: right before it ("we
// are cooperating"), or as the subject of the clause it is coordinated with
// ("we have received a letter and are cooperating"), the nearest clause with
// a subject before the "and".
bool first_person_subject(const Ctx& c, uint32_t vfirst) {
  const lang::Annotation& a = c.a;
  uint32_t k = vfirst;
  while (k > c.sb && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)) || c.up(k - 1) == "NOT" ||
                      c.up(k - 1) == "N'T"))
    --k;
  if (k <= c.sb) return false;
  auto first_person = [&](uint32_t t) { return a.tokens[t].tag == Tag::PRP && (c.up(t) == "I" || c.up(t) == "WE"); };
  if (a.tokens[k - 1].tag == Tag::PRP) return first_person(k - 1);
  if (a.tokens[k - 1].tag != Tag::CC) return false;
  int32_t nearest = last_subject_before(c, k, [](const lang::NounPhrase&) { return true; });
  if (nearest < 0) return false;
  const auto& np = a.noun_phrases[size_t(nearest)];
  return np.last == np.first + 1 && first_person(np.first);
}

// "“We strongly oppose violations ...,” Esper said": a first-person subject
// ("I", "we") of a verb inside a quotation is the quotation's speaker. The
// quotation around the verb at `vfirst` when its subject is such a pronoun
// (documents only), else null.
const Quote* first_person_quotation(const Ctx& c, const CoderOptions& opt, uint32_t vfirst) {
  if (!opt.quotes || !opt.documents() || !first_person_subject(c, vfirst)) return nullptr;
  return quote_around(*opt.quotes, c.a.tokens[vfirst].span.start);
}

// The code of quotation `q`'s speaker, or "".
std::string speaker_code(const Ctx& c, const Quote* q) {
  const lang::Annotation& a = c.a;
  // The speaker's mention as coded now (people are coded after quotes are
  // found), read from the mentions of the speaker's sentence.
  if (q->speaker_start >= 0) {
    int32_t k = sentence_at(a, uint64_t(q->speaker_start));
    if (k >= 0)
      for (int32_t mi : c.mentions_in(uint32_t(k))) {
        const auto& m = c.mentions[size_t(mi)];
        if (int64_t(m.start) < q->speaker_end && q->speaker_start < int64_t(m.end) && !m.code.empty()) return m.code;
      }
  }
  return q->speaker_actor;
}

// "“... we are not focused on the interests” shared by Ukraine and the U.S.,
// he warned": an actor before a quotation's close that comes before the verb
// is no subject of it.
bool quote_between(const Ctx& c, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k)
    if (c.a.tokens[k].tag == Tag::RQuote) return true;
  return false;
}

// Nor is an actor before the opening of a direct quotation the subject of a verb inside it:
// "told the BBC: “I had to go and see him”": the speaker's own words name their subject. A
// quoted fragment of reported speech ("said it “regrets” the decision") keeps the one outside.
// The byte where the direct quotation holding token `v` opens; none if no such quotation.
std::optional<uint32_t> direct_quote_opening(const Ctx& c, const CoderOptions& opt, uint32_t v) {
  if (!opt.quotes || !opt.documents()) return std::nullopt;
  const Quote* q = quote_around(*opt.quotes, c.a.tokens[v].span.start);
  if (!q || q->type != QuoteType::Direct) return std::nullopt;
  return q->start;
}

// "Met to discuss Bolivia": the object of a discussion verb in an infinitive
// between the verb and token `last` is its subject matter, not a party.
bool discussion_between(const Ctx& c, uint32_t vlast, uint32_t last) {
  static const char* const kTalk[] = {"discuss", "debate", "talk", "address", "review", "consider", "examine",
                                      "explore", "evaluate", "assess"};
  for (uint32_t k = vlast; k + 1 < last; ++k) {
    if (!c.infinitive_to(k)) continue;
    uint32_t q = k + 1;
    while (q < last && lang::is_adv(c.a.tokens[q].tag)) ++q;
    for (const char* w : kTalk)
      if (q < last && c.a.tokens[q].lemma == w) return true;
  }
  return false;
}

// The actor at `first` is the topic of a preposition of subject matter
// ("about Iran", "regarding the Kurds", "concerning North Korea").
bool topic_of(const Ctx& c, uint32_t first) {
  uint32_t k = first;
  while (k > c.sb && (c.a.tokens[k - 1].tag == Tag::DT || lang::is_adj(c.a.tokens[k - 1].tag))) --k;
  if (k <= c.sb) return false;
  return is_topic_preposition(c.up(k - 1));
}

// For a verb right after "and"/"but"/"or" (adverbs and auxiliaries between):
// the subject unit of the nearest earlier clause of the sentence whose subject
// names an actor; -1 when the verb is no such conjunct.
int conjunct_subject(const Ctx& c, uint32_t vfirst) {
  const lang::Annotation& a = c.a;
  uint32_t k = vfirst;
  while (k > c.sb && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)))) --k;
  if (k <= c.sb || a.tokens[k - 1].tag != Tag::CC) return -1;
  auto unit = [&](const lang::NounPhrase& np) { return c.unit_overlapping(c.of_head(np.first), np.last); };
  int32_t np = last_subject_before(c, k, [&](const lang::NounPhrase& p) { return unit(p) >= 0; });
  return np < 0 ? -1 : unit(a.noun_phrases[size_t(np)]);
}

// "pressed Iran by warning it", "left after meeting the envoy": a participle in -ing as the
// object of a preposition of means, time or manner adjoins the clause before it and takes that
// clause's subject (subject control), not its object: the unit of the subject of the nearest
// clause with a subject whose verb ends before it (-1 when it names no actor). "of", "for" and
// the like complete a noun or verb instead ("accused them of spying"): left alone.
int prepositional_gerund_subject(const Ctx& c, uint32_t vfirst) {
  const lang::Annotation& a = c.a;
  if (!is_adjoining_preposition(c.up(vfirst - 1))) return -1;
  int best = -1;
  uint32_t best_end = 0;
  for (uint32_t ci : c.sentence_clauses()) {
    const auto& cl = a.clauses[ci];
    if (cl.subject < 0 || cl.verb >= a.verb_groups.size()) continue;
    const uint32_t end = a.verb_groups[cl.verb].last;
    if (end >= vfirst || end < best_end) continue;
    best_end = end;
    const auto& np = a.noun_phrases[size_t(cl.subject)];
    best = c.unit_overlapping(c.of_head(np.first), np.last);
  }
  return best;
}

// "Pakistan expelled two diplomats, accusing them of spying": a participle in -ing right after
// a comma opens a free adjunct, whose understood subject is the subject of the sentence's first
// main clause before it: that subject's unit (-1 when it names no actor, or for other verbs).
int adjunct_subject(const Ctx& c, uint32_t vfirst) {
  const lang::Annotation& a = c.a;
  if (vfirst <= c.sb + 1 || a.tokens[vfirst].tag != Tag::VBG) return -1;
  if (a.tokens[vfirst - 1].tag == Tag::IN) return prepositional_gerund_subject(c, vfirst);
  if (a.tokens[vfirst - 1].tag != Tag::Comma) return -1;
  // "X rioted at a jail, setting fire to it, police said": when the main clause comes after the
  // adjunct, the reported clause before it is the one the adjunct adjoins.
  for (const auto kind : {lang::ClauseKind::Main, lang::ClauseKind::Reported})
    for (uint32_t ci : c.sentence_clauses()) {
      const auto& cl = a.clauses[ci];
      if (cl.kind != kind || cl.subject < 0 || cl.verb >= a.verb_groups.size()) continue;
      if (a.verb_groups[cl.verb].last >= vfirst) continue;
      const auto& np = a.noun_phrases[size_t(cl.subject)];
      return c.unit_overlapping(c.of_head(np.first), np.last);
    }
  return -1;
}

// Head nouns that cannot act (data/events/nonagent_heads.txt).
bool nonagent_head(const std::string& lemma) {
  static const std::unordered_set<std::string> heads = base::load_word_set("events/nonagent_heads.txt");
  std::string l = lemma;
  for (auto& ch : l) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  return heads.count(l) > 0;
}

// "..., according to the United Nations": the source of the report, never
// a party to the act.
bool attribution(const Ctx& c, uint32_t first) {
  uint32_t k = first;
  while (k > c.sb && (c.a.tokens[k - 1].tag == Tag::DT || lang::is_adj(c.a.tokens[k - 1].tag))) --k;
  return k >= c.sb + 2 && c.up(k - 1) == "TO" && c.up(k - 2) == "ACCORDING";
}

// "rebels clashed with troops": a reciprocal verb (data/events/reciprocal_verbs.txt) whose other
// party follows "with" is active, never a reduced passive with that party as its agent.
bool reciprocal_with(const Ctx& c, const Site& v) {
  return v.vlast < c.se && c.up(v.vlast) == "WITH" && reciprocal_verb(c.a.tokens[v.i].lemma);
}

// "Russia and Ukraine clashed": a reciprocal verb after joined subjects is
// their act on each other, never a reduced passive (no one is "clashed").
bool reciprocal_joined(const Ctx& c, const Site& v) {
  return v.subj >= 0 && reciprocal_verb(c.a.tokens[v.i].lemma) && c.codes_of(v.subj).size() >= 2;
}

// "the treaty, signed in 1990, ...", "defending its way of life, safeguarded until 2047": a
// participle at `k` set off by a comma after its noun describes that noun, which suffers the act
// (a non-restrictive reduced relative), when the clause has its own finite verb elsewhere. Not
// after an apposition ("the commander, General Petraeus, held talks"): there the participle,
// however tagged, is the clause's verb.
bool comma_participle(const Ctx& c, uint32_t k, uint32_t vlast) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  if (k < s.first + 2 || a.tokens[k - 1].tag != Tag::Comma || !lang::is_noun(a.tokens[k - 2].tag)) return false;
  for (uint32_t p = k - 2; p-- > s.first;) {
    // A past form right after a noun may be a participle too ("a body linked to X").
    bool after_noun = a.tokens[p].tag == Tag::VBD && p > s.first && lang::is_noun(a.tokens[p - 1].tag);
    if (lang::is_finite(a.tokens[p].tag) && !after_noun) break;
    // ", <noun phrase>, <participle>" ("a body linked to X, investigated"): an apposition closes.
    if (a.tokens[p].tag == Tag::Comma) return false;
  }
  for (uint32_t j = s.first; j < s.last; ++j)
    if ((j < k || j >= vlast) && lang::is_finite(a.tokens[j].tag)) return true;
  return false;
}

// The first token after the particles that follow token k ("shot down by": "by").
uint32_t past_particles(const Ctx& c, uint32_t k) {
  const uint32_t last = c.a.sentences[c.si].last;
  while (k < last && c.a.tokens[k].tag == Tag::RP) ++k;
  return k;
}

// "killed in a helicopter crash": a mishap noun (data/events/mishaps.txt)
// among tokens [first, last), which no one inflicts.
bool mishap_within(const Ctx& c, uint32_t first, uint32_t last) {
  static const std::unordered_set<std::string> mishaps = base::load_word_set("events/mishaps.txt");
  for (uint32_t k = first; k < last; ++k) {
    const lang::Token& t = c.a.tokens[k];
    if (!mishaps.count(t.lemma)) continue;
    // A noun, or a word a determiner, adjective or preposition makes one
    // ("of plague", "bubonic plague", which the tagger may read as a verb).
    Tag before = k > c.sb ? c.a.tokens[k - 1].tag : Tag::DT;
    if (lang::is_noun(t.tag) || before == Tag::DT || lang::is_adj(before) || before == Tag::IN) return true;
  }
  return false;
}

// "Swiss doctors", "Iraqi police": a nationality before a head noun that names a group of that
// country is the head's actor (CHELAB), not the bare country. Unit `u` overlaps a noun phrase
// ending at `last`; the unit that ends the phrase replaces it when its code extends u's
// (documents only).
int head_unit(const Ctx& c, int u, uint32_t last, bool documents) {
  if (!documents || u < 0 || last < c.sb || last - c.sb >= c.unit_end.size()) return u;
  const int h = c.unit_end[last - c.sb];
  if (h < 0 || h == u || c.units[size_t(h)].mentions.size() != 1 || c.units[size_t(u)].mentions.size() != 1) return u;
  const std::string& modifier = c.mentions[size_t(c.units[size_t(u)].mentions[0])].code;
  const std::string& head = c.mentions[size_t(c.units[size_t(h)].mentions[0])].code;
  return head.size() > modifier.size() && head.starts_with(modifier) ? h : u;
}

// The place at token `first` is where aid goes ("to Kabul") or, for a trip (042), where the
// traveller goes or arrives ("to Moscow", "arrived in Moscow").
bool destination(const Ctx& c, uint32_t first, const std::string& code) {
  if (first == 0) return false;
  const std::string before = upper(c.a.tokens[first - 1].form);
  return before == "TO" || (code == "042" && before == "IN");
}

// Step 2a: the actor unit of a clause's subject noun phrase `np` before the
// verb (possessors, OF heads, OF / IN / FROM chains, heads that cannot act,
// a pronoun right before the verb, a verb inside a parenthesis).
void subject_of_clause(const Ctx& c, const CoderOptions& opt, const lang::NounPhrase& np, Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  const uint32_t vfirst = v.vfirst;
  // "[Ithilen 's] [militia]": the possessor belongs to the subject.
  uint32_t f = np.first;
  while (f > s.first && a.tokens[f - 1].tag == Tag::POS) {
    int pnp = c.np_end[f - s.first];
    int pu = c.unit_end[f - 1 - s.first];
    uint32_t nf = pu >= 0 ? c.units[size_t(pu)].first : pnp >= 0 ? a.noun_phrases[size_t(pnp)].first : f - 1;
    if (nf >= f) break;
    f = nf;
  }
  f = c.of_head(f);
  v.subj = head_unit(c, c.unit_overlapping(f, np.last), np.last, opt.documents());
  // "An outbreak of plague killed two herders": a subject that is a mishap.
  v.mishap_subject = opt.documents() && mishap_within(c, np.first, vfirst);
  // "Thousands of Iraqi Kurds", "Rebels in the Ivory Coast": the actor
  // of an OF / IN / FROM phrase after a subject that names none. What a
  // passive's subject is for suffers with it ("a camp for Sudanese refugees
  // was attacked": the refugees).
  const std::string& prep = np.last < vfirst ? c.up(np.last) : std::string();
  if (v.subj < 0 && np.last + 1 < vfirst && (prep == "OF" || prep == "IN" || prep == "FROM" || (v.passive && prep == "FOR"))) {
    // Across a chain of nouns and prepositions: "Tens of thousands of
    // university students throughout Indonesia staged ...".
    uint32_t k = np.last + 1;
    while (k < vfirst && c.unit_start[k - s.first] < 0 &&
           (a.tokens[k].tag == Tag::DT || lang::is_adj(a.tokens[k].tag) || a.tokens[k].tag == Tag::CD ||
            a.tokens[k].tag == Tag::NN || a.tokens[k].tag == Tag::NNS || a.tokens[k].tag == Tag::IN))
      ++k;
    if (k < vfirst) v.subj = c.unit_start[k - s.first];
    // "Iraqi Kurds": of two adjacent actors the later is the head.
    while (v.subj >= 0 && size_t(v.subj) + 1 < c.units.size() &&
           c.units[size_t(v.subj) + 1].first == c.units[size_t(v.subj)].last &&
           c.units[size_t(v.subj) + 1].last <= vfirst)
      ++v.subj;
  }
  v.has_subject = a.tokens[np.head].tag != Tag::PRP;  // "it would act": look further back
  // "Consumer confidence in Germany declined", "Obama's involvement
  // offers": a subject headed by a measure or a statement cannot act.
  if (opt.documents() && nonagent_head(a.tokens[np.head].lemma)) {
    v.subj = -1;
    v.has_subject = true;
  }
  // "Switzerland said today it had expelled": a pronoun right before
  // the verb group is its subject; look back for the actor.
  uint32_t k = vfirst;
  while (k > np.last && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)) || c.up(k - 1) == "NOT")) --k;
  if (k > np.last && a.tokens[k - 1].tag == Tag::PRP) {
    v.subj = -1;
    v.has_subject = false;
  }
  // "... such as Crimea (Hamid Karzai expressed support ...)": a verb
  // inside an open parenthesis takes its subject from inside it.
  uint32_t open = 0;
  for (uint32_t q = np.last; q < vfirst; ++q) {
    if (a.tokens[q].tag == Tag::LRB) open = q + 1;
    else if (a.tokens[q].tag == Tag::RRB) open = 0;
  }
  if (open > 0) {
    v.subj = -1;
    for (size_t u = 0; u < c.units.size(); ++u)
      if (c.units[u].first >= open && c.units[u].last <= vfirst) v.subj = int(u);
  }
}

// Step 2b: the target stays before the next clause's subject, when that
// clause is adverbial ("after crowds burned ...") or follows a comma;
// "that ..." complements do not end the verb's reach.
void clause_reach(const Ctx& c, Site& v) {
  const lang::Annotation& a = c.a;
  static const char* const subs[] = {"AFTER", "BEFORE", "WHEN", "WHILE", "UNTIL", "BECAUSE", "SINCE", "AS",
                                     "ALTHOUGH", "THOUGH", "WHEREAS", "ONCE", "UNLESS", ",", "AND", "BUT"};
  for (uint32_t ci2 : c.sentence_clauses()) {
    const auto& c2 = a.clauses[ci2];
    if (c2.subject < 0 || c2.verb >= a.verb_groups.size()) continue;
    const auto& np2 = a.noun_phrases[size_t(c2.subject)];
    if (np2.first < v.vlast || np2.first >= v.scope_end || a.verb_groups[c2.verb].first <= np2.first) continue;
    uint32_t k = np2.first;
    while (k > v.vlast && (a.tokens[k - 1].tag == Tag::DT || lang::is_adv(a.tokens[k - 1].tag))) --k;
    // "..., Turkey's defence ministry said": the possessor opens the subject's phrase.
    while (k > v.vlast + 1 && a.tokens[k - 1].tag == Tag::POS) {
      --k;
      while (k > v.vlast && (lang::is_noun(a.tokens[k - 1].tag) || lang::is_adj(a.tokens[k - 1].tag) ||
                             a.tokens[k - 1].tag == Tag::DT))
        --k;
    }
    if (k <= v.vlast) continue;
    bool sub = false;
    for (const char* w : subs) sub |= c.up(k - 1) == w;
    if (sub) v.scope_end = k;
  }
  // "pleaded guilty to charges he threatened X", "the deal they signed", "told police he had":
  // a pronoun in the nominative case right after a noun opens a clause of its own (a content or
  // relative clause without "that", or what is told after the one told); its actors are not
  // the verb's.
  for (uint32_t k = v.vlast + 1; k < v.scope_end; ++k) {
    const std::string w = c.up(k);
    if (a.tokens[k].tag == Tag::PRP && lang::is_noun(a.tokens[k - 1].tag) &&
        (w == "HE" || w == "SHE" || w == "WE" || w == "THEY" || w == "I")) {
      v.scope_end = k;
      break;
    }
  }
  // "..., said Turkey's defence ministry": an attribution with its subject after the verb (not
  // the free adjunct "..., saying ...").
  for (uint32_t k = v.vlast; k + 1 < v.scope_end; ++k) {
    const lang::Token& next = a.tokens[k + 1];
    bool finite = next.tag == Tag::VBD || next.tag == Tag::VBZ || next.tag == Tag::VBP;
    if (c.up(k) == "," && finite && (next.lemma == "say" || next.lemma == "add")) {
      v.scope_end = k;
      break;
    }
  }
}

// Step 2b': "disputed the notion that he had been part of a Ukraine channel": a "that" clause
// stating the content of a noun after the verb (data/lang/content_nouns.txt, from the treebank)
// says what the claim or fear is, so its actors are not the verb's target.
void content_clause_reach(const Ctx& c, Site& v) {
  const lang::Annotation& a = c.a;
  const auto& nouns = lang::Resources::get().content_nouns;
  for (uint32_t k = v.vlast + 1; k < v.scope_end; ++k) {
    if (lang::is_finite(a.tokens[k].tag)) return;
    const lang::Token& noun = a.tokens[k - 1];
    if (c.up(k) == "THAT" && (noun.tag == Tag::NN || noun.tag == Tag::NNS) &&
        nouns.count(base::lower_ascii(noun.lemma)) > 0) {
      v.scope_end = k;
      return;
    }
  }
}

// Step 2c: a relative clause ("officials who met in Tehran condemned X") ends
// where the verb of the main clause it sits in begins: that verb's object is
// not the relative verb's target.
void relative_reach(const Ctx& c, const lang::Clause& cl, Site& v) {
  if (cl.kind != lang::ClauseKind::Relative) return;
  const lang::Annotation& a = c.a;
  for (uint32_t ci2 : c.sentence_clauses()) {
    const auto& c2 = a.clauses[ci2];
    if (c2.verb >= a.verb_groups.size() || c2.kind != lang::ClauseKind::Main) continue;
    const auto& vg2 = a.verb_groups[c2.verb];
    if (vg2.finite && vg2.first >= v.vlast && vg2.first < v.scope_end) {
      v.scope_end = vg2.first;
      return;
    }
  }
}

// Step 2: subject and reach, from an outside parse when given, else from the
// clause whose verb group holds the verb.
void subject_and_reach(const Ctx& c, const CoderOptions& opt, Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  v.subj = -1;
  v.has_subject = false;
  v.scope_end = s.last;
  if (opt.tree && s.first == 0) {
    uint32_t f = 0, l = 0, vp_last = s.last;
    v.has_subject = opt.tree->subject(v.i, f, l, vp_last);
    if (v.has_subject) v.subj = c.unit_overlapping(f, l);
    if (v.has_subject && v.subj < 0 && l == f + 1 && a.tokens[f].tag == Tag::PRP) v.has_subject = false;
    if (vp_last > v.vlast && vp_last <= s.last) v.scope_end = vp_last;
    return;
  }
  if (const lang::Clause* cl = c.clause_at(v.i)) {
    if (cl->subject >= 0 && a.noun_phrases[size_t(cl->subject)].last <= v.vfirst)
      subject_of_clause(c, opt, a.noun_phrases[size_t(cl->subject)], v);
    clause_reach(c, v);
    content_clause_reach(c, v);
    relative_reach(c, *cl, v);
  }
}

// Step 3: "Since the collapse of the Soviet Union, China has agreed": a
// phrase fronted before a comma is no subject; the actor right before the
// verb after that comma is (documents).
void fronted_subject(const Ctx& c, const CoderOptions& opt, Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  if (!opt.documents() || !v.has_subject) return;
  uint32_t k = v.vfirst;
  while (k > s.first && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)))) --k;
  int u = c.unit_end[k - s.first];
  if (u < 0 || u == v.subj) return;
  uint32_t f = c.units[size_t(u)].first;
  while (f > s.first && a.tokens[f - 1].tag == Tag::DT) --f;
  bool fronted = f > s.first && c.up(f - 1) == ",";
  if (fronted && v.subj >= 0 && c.units[size_t(v.subj)].last > f) fronted = false;
  if (fronted) v.subj = u;
}

// "..., shared by Ukraine and the U.S., he warned": "he" / "she" right
// before the verb (adverbs and auxiliaries between).
bool personal_pronoun_before(const Ctx& c, uint32_t vfirst) {
  uint32_t k = vfirst;
  while (k > c.sb && (lang::is_adv(c.a.tokens[k - 1].tag) || is_aux(c.up(k - 1)))) --k;
  return k > c.sb && c.a.tokens[k - 1].tag == Tag::PRP && (c.up(k - 1) == "HE" || c.up(k - 1) == "SHE");
}

// A unit of one person, or one office holder ("the foreign minister").
bool one_person_unit(const Ctx& c, int u) {
  const auto& ms = c.units[size_t(u)].mentions;
  if (ms.size() != 1) return false;
  const auto& m = c.mentions[size_t(ms[0])];
  return m.kind == MentionKind::Person || (!m.role.empty() && c.a.tokens[m.last_token - 1].tag == Tag::NN);
}

// "the envoy, whom the rebels took hostage", "the soldier that Hamas captured": a relative
// clause opened by "whom", or by "that" or "which" right before the clause's own subject and
// leaving its verb without an object, has that object before it. Sets v.object_relative, the
// relative word's token (v.relative_word) and the unit ending right before it, past a comma
// (v.relative_object, -1 when that object names no actor): the verb's target, never its subject.
void object_relative(const Ctx& c, Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  v.object_relative = false;
  v.relative_object = -1;
  const lang::Clause* cl = c.clause_at(v.i);
  if (!cl || cl->subject < 0 || (cl->kind != lang::ClauseKind::Relative && cl->kind != lang::ClauseKind::Subordinate))
    return;
  uint32_t r = a.noun_phrases[size_t(cl->subject)].first;
  if (r <= s.first + 1 || a.noun_phrases[size_t(cl->subject)].last > a.verb_groups[cl->verb].first) return;
  --r;
  const std::string& w = c.up(r);
  if (w != "WHOM" && !((w == "WHICH" || w == "THAT") && cl->object < 0)) return;
  if (!lang::is_noun(a.tokens[r - 1].tag) && !(c.up(r - 1) == "," && w != "THAT")) return;
  v.object_relative = true;
  v.relative_word = r;
  if (c.up(r - 1) == ",") --r;
  // The actor of the noun phrase ending there ("the Israeli pilot": "Israeli").
  for (uint32_t k = r; v.relative_object < 0 && k > s.first; --k) {
    v.relative_object = c.unit_end[k - s.first];
    const Tag t = a.tokens[k - 1].tag;
    if (!lang::is_noun(t) && !lang::is_adj(t)) break;
  }
}

// Where a non-finite verb's doer may be looked for: from the subject of the finite clause it
// hangs on, when that subject names no actor ("At hospitals in A and B, the device is a tool
// ... to help nurses": the countries stand in a phrase fronted before that clause, and the
// device, no actor, does the helping). The sentence's start otherwise.
uint32_t nonfinite_floor(const Ctx& c, const Site& v) {
  const lang::Clause* own = c.clause_at(v.i);
  if (!own || own->kind != lang::ClauseKind::Nonfinite) return c.sb;
  const lang::Clause* governing = nullptr;
  for (uint32_t ci : c.sentence_clauses()) {
    const auto& cl = c.a.clauses[ci];
    if (cl.verb < c.a.verb_groups.size() && c.a.verb_groups[cl.verb].finite && c.a.verb_groups[cl.verb].last <= v.vfirst)
      governing = &cl;
  }
  if (!governing || governing->subject < 0) return c.sb;
  // A subject coordinated with phrases before it ("parents, lawmakers and a bishop") begins
  // with them; a pronoun ("they would take measures to ...") stands for an actor named before.
  const auto& np = c.a.noun_phrases[size_t(governing->subject)];
  bool coordinated = np.first > c.sb && c.a.tokens[np.first - 1].tag == Tag::CC;
  bool pronoun = c.a.tokens[np.last - 1].tag == Tag::PRP;
  return !coordinated && !pronoun && c.unit_overlapping(np.first, np.last) < 0 ? np.first : c.sb;
}

// ", in a conversation with X, agreed": unit `u` closes an aside set off by commas and opened by
// a preposition, right before the verb (quotation marks aside). Its actor is the object of the
// preposition, never the verb's subject (documents).
bool prepositional_aside(const Ctx& c, int u, uint32_t vfirst) {
  const lang::Annotation& a = c.a;
  uint32_t k = c.units[size_t(u)].last;
  if (k >= vfirst || a.tokens[k].tag != Tag::Comma) return false;
  for (++k; k < vfirst; ++k)
    if (a.tokens[k].tag != Tag::LQuote && a.tokens[k].tag != Tag::RQuote) return false;
  for (uint32_t t = c.units[size_t(u)].first; t > c.sb + 1; --t) {
    if (lang::is_verb(a.tokens[t - 1].tag)) return false;
    if (a.tokens[t - 1].tag == Tag::Comma) return a.tokens[t].tag == Tag::IN;
  }
  return false;
}

// "the events surrounding the election", "questions raised by the attack": a participle right
// after a noun that cannot act (a statement, a situation) modifies that noun, which is its
// subject; no actor of the clause around it does what it says.
bool modifies_nonagent(const Ctx& c, uint32_t vfirst) {
  const lang::Token& verb = c.a.tokens[vfirst];
  if (vfirst <= c.sb || (verb.tag != Tag::VBG && verb.tag != Tag::VBN)) return false;
  const lang::Token& noun = c.a.tokens[vfirst - 1];
  if (noun.tag != Tag::NN && noun.tag != Tag::NNS) return false;
  return nonagent_head(noun.lemma) || lang::Resources::get().content_nouns.count(base::lower_ascii(noun.lemma)) > 0;
}

// Step 4: no subject yet: a participle modifying a noun that cannot act has
// none (modifies_nonagent); a coordinated verb shares the earlier one's
// ("X accused Y of meddling and warned that ...", documents), "I"/"we" in a
// quotation is its speaker, else the nearest actor before the verb (not one
// quoted; for "he" / "she", only a person).
void fallback_subject(const Ctx& c, const CoderOptions& opt, Site& v) {
  if (v.subj < 0 && !v.has_subject && opt.documents() && modifies_nonagent(c, v.vfirst)) {
    v.has_subject = true;
    return;
  }
  if (v.subj < 0 && !v.has_subject && opt.documents()) {
    int shared = conjunct_subject(c, v.vfirst);
    if (shared < 0) shared = adjunct_subject(c, v.vfirst);
    if (shared >= 0) {
      v.subj = shared;
      v.has_subject = true;
    }
  }
  const Quote* quoted = v.subj < 0 ? first_person_quotation(c, opt, v.vfirst) : nullptr;
  v.speaker_source = quoted ? speaker_code(c, quoted) : std::string();
  if (v.subj >= 0 || v.has_subject || !v.speaker_source.empty()) return;
  // "I"/"we" inside a quotation whose speaker is no actor ("a company spokesman said ... “we
  // are cooperating”") is still the subject: no other actor in the sentence stands in for it.
  if (quoted) {
    v.has_subject = true;
    return;
  }
  const bool person_pronoun = opt.documents() && personal_pronoun_before(c, v.vfirst);
  const auto opening = direct_quote_opening(c, opt, v.vfirst);
  // An object relative's subject, when its own names no actor, is found before the verb whose
  // object the antecedent is ("X will free Y and Z, whom they took hostage": X), not in it.
  const int object = v.object_relative ? v.relative_object : -1;
  uint32_t limit = v.vfirst;  // candidates end at or before this token
  if (v.object_relative) {
    limit = v.relative_word;
    while (limit > c.sb && !lang::is_verb(c.a.tokens[limit].tag)) --limit;
  }
  const uint32_t floor = opt.documents() ? nonfinite_floor(c, v) : c.sb;
  for (size_t u = 0; u < c.units.size(); ++u)
    if (c.units[u].last <= limit && c.units[u].first >= floor && int(u) != object &&
        !(opt.documents() && quote_between(c, c.units[u].last, v.vfirst)) &&
        !(opening && c.a.tokens[c.units[u].last - 1].span.end <= *opening) &&
        (!person_pronoun || one_person_unit(c, int(u))) &&
        !(opt.documents() && v.subj >= 0 && prepositional_aside(c, int(u), v.vfirst)))
      v.subj = int(u);
  // "stranded in Mongolia after an outbreak of plague killed ...": a mishap
  // between that actor and the verb is the subject; no one inflicts it.
  if (v.subj >= 0 && opt.documents() && mishap_within(c, c.units[size_t(v.subj)].last, v.vfirst)) {
    v.subj = -1;
    v.mishap_subject = true;
    return;
  }
  if (v.subj >= 0) {
    uint32_t f = c.of_head(c.units[size_t(v.subj)].first);
    if (f < c.units[size_t(v.subj)].first) v.subj = c.unit_overlapping(f, c.units[size_t(v.subj)].last);
  }
}

// Step 5: the "by" agent of a passive: right after the verb, or (documents)
// later in the sentence ("has been accused of misusing funds ..., by officials").
void passive_agent(const Ctx& c, const CoderOptions& opt, Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  v.by = -1;
  if (!v.passive) return;
  for (uint32_t k = v.vlast; k + 1 < s.last; ++k) {
    if (c.up(k) == "BY") {
      int u = c.unit_start[k + 1 - s.first];
      if (u < 0 && k + 2 < s.last && a.tokens[k + 1].tag == Tag::DT) u = c.unit_start[k + 2 - s.first];
      v.by = u;
      break;
    }
    if (c.unit_start[k - s.first] >= 0) break;
  }
  for (uint32_t k = v.vlast; v.by < 0 && opt.documents() && k + 1 < s.last; ++k) {
    if (c.up(k) != "BY") continue;
    uint32_t q = k + 1;
    while (q < s.last && (a.tokens[q].tag == Tag::DT || lang::is_adj(a.tokens[q].tag))) ++q;
    if (q < s.last) v.by = c.unit_start[q - s.first];
  }
}

// Nothing at `q` that a verb could take as its object: the sentence's end, a preposition, a
// comma or full stop, or a time ("kidnapped last night" says when, not whom).
bool no_object_at(const Ctx& c, uint32_t q) {
  if (q >= c.se) return true;
  return c.a.tokens[q].tag == Tag::IN || c.up(q) == "," || c.up(q) == "." || lang::time_phrase_length(c.a.tokens, q, c.se) > 0;
}

}  // namespace

// be/get + past participle, or a reduced passive
// ("talks backed by the United States": a participle right after a noun and
// followed by its "by" agent).
bool passive_voice(const Ctx& c, const Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  if (a.tokens[v.i].tag != Tag::VBN) return false;
  uint32_t k = v.vfirst;
  while (k > s.first && lang::is_adv(a.tokens[k - 1].tag)) --k;
  if (k > s.first && is_be(c.up(k - 1))) return true;
  if (lang::joined_to_passive(a.tokens, s.first, k)) return true;  // "was detained and beaten"
  if (comma_participle(c, k, v.vlast)) return true;
  uint32_t after = past_particles(c, v.vlast);
  if (k > s.first && after < s.last && c.up(after) == "BY") {
    Tag pt = a.tokens[k - 1].tag;
    return pt == Tag::NN || pt == Tag::NNS || pt == Tag::NNP || pt == Tag::NNPS;
  }
  return false;
}

bool reciprocal_verb(const std::string& lemma) {
  static const std::unordered_set<std::string> verbs = base::load_word_set("events/reciprocal_verbs.txt");
  return verbs.count(lemma) > 0;
}

void find_arguments(const Ctx& c, const CoderOptions& opt, Site& v) {
  subject_and_reach(c, opt, v);
  if (opt.documents()) object_relative(c, v);
  fronted_subject(c, opt, v);
  fallback_subject(c, opt, v);
  pronoun_subject(c, opt, v);
  passive_agent(c, opt, v);
}

// Verbs of taking someone into custody: what a state's police do (an indictment or a sentence,
// also coded 173, is a court's).
bool police_verb(const std::string& lemma) {
  return lemma == "arrest" || lemma == "detain" || lemma == "apprehend" || lemma == "nab";
}

// "X was arrested (in Y)": an arrest or detention (173) is the act of a state's police, so with
// no agent named it is coded to the police (COP) of the country it happens in, or else of the
// country of the one arrested; "" when neither is known.
std::string arresting_police(const Ctx& c, const Site& v) {
  std::string country = v.place_source;
  if (country.empty() && v.subj >= 0)
    for (int32_t m : c.units[size_t(v.subj)].mentions)
      if (!c.mentions[size_t(m)].country.empty()) {
        country = c.mentions[size_t(m)].country;
        break;
      }
  return country.size() == 3 ? country + "COP" : "";
}

// A tensed verb or a modal among tokens [from, to): another clause starts before `to`.
bool finite_verb_between(const Ctx& c, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k)
    if (lang::is_finite(c.a.tokens[k].tag)) return true;
  return false;
}

// The agent of a harmful act in the passive with no "by" ("killed in a Taliban ambush"): the
// first actor after the verb within its reach and its own clause that does not only say where;
// -1 when none.
int harm_agent(const Ctx& c, const Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = a.sentences[c.si];
  const uint32_t vlast = v.vlast;
  for (size_t u = 0; u < c.units.size(); ++u) {
    const Unit& un = c.units[u];
    if (un.first < vlast || un.first >= v.scope_end || int(u) == v.subj) continue;
    // "arrested for a call he made to X": an actor past another finite verb belongs to that
    // verb's clause, not to the passive's.
    if (finite_verb_between(c, vlast, un.first)) break;
    uint32_t k = un.first;
    while (k > vlast && (a.tokens[k - 1].tag == Tag::DT || lang::is_adj(a.tokens[k - 1].tag))) --k;
    const std::string& prep = c.up(k - 1);
    bool where = prep == "IN" || prep == "AT" || prep == "NEAR" || prep == "INSIDE" || prep == "ON" ||
                 prep == "ACROSS" || prep == "OUTSIDE" || prep == "FROM" || prep == "INTO" || prep == "OF";
    // "in a Taliban ambush": the actor modifies the noun of an attack.
    bool modifies = un.last < s.last && lang::is_noun(a.tokens[un.last].tag);
    if (where && !modifies) continue;
    if (attribution(c, un.first)) continue;
    return int(u);
  }
  return -1;
}

bool assign_roles(const Ctx& c, const CoderOptions& opt, Site& v) {
  const lang::Annotation& a = c.a;
  const auto& mentions = c.mentions;
  const lang::Sentence& s = c.a.sentences[c.si];
  const lang::Token& tok = c.a.tokens[v.i];
  const uint32_t vfirst = v.vfirst;
  const uint32_t vlast = v.vlast;
  const Pattern*& best = v.best;
  const State& best_st = v.st;
  CodePair& code = v.code;
  bool& passive = v.passive;
  int& subj = v.subj;
  uint32_t& scope_end = v.scope_end;
  int& by = v.by;
  bool& patient_subject = v.patient_subject;
  int& agent = v.agent;
  std::string& place_source = v.place_source;
  int& src = v.src;
  int& tgt = v.tgt;
  std::string& place_target = v.place_target;
  // Coercion and violence in the passive without a "by" agent ("Two
  // Pakistani soldiers (were) killed in a Taliban ambush", "troops wounded
  // in clashes with Chinese soldiers"): the subject is the target; the
  // source is an actor named after the verb, never one that only says
  // where ("killed in Ukraine": no source, so no event).
  patient_subject = false;
  const std::string& root = code.first;
  bool harm = harm_code(root);
  // Only for the verb alone ("killed"), not for a pattern that needs words
  // after it ("Gbagbo announced ... curfew" is active). A participle's
  // particles ("shot down") belong to it, and so may the pattern's words that
  // are they; not a past's ("forced out on Monday 1,000 refugees" is active).
  const uint32_t after = tok.tag == Tag::VBN ? past_particles(c, vlast) : vlast;
  auto particle = [&](const std::string& w) {
    for (uint32_t k = vlast; k < after; ++k)
      if (c.up(k) == w) return true;
    return false;
  };
  bool bare = true;
  if (best)
    for (const auto& el : best->upper)
      bare = bare && el.kind != PatternElem::Synset && (el.kind != PatternElem::Word || particle(el.text));
  if (!passive && harm && bare && vlast == vfirst + 1 && vfirst > s.first && best_st.src < 0 && best_st.tgt < 0 &&
      (tok.tag == Tag::VBN || tok.tag == Tag::VBD) && !reciprocal_with(c, v) && !reciprocal_joined(c, v)) {
    // Reduced: the participle right after its noun, then a preposition or the clause's end.
    Tag before = a.tokens[vfirst - 1].tag;
    bool noun = before == Tag::NN || before == Tag::NNS || before == Tag::NNP || before == Tag::NNPS;
    bool open_end = no_object_at(c, after);
    // "the village that troops shelled on Monday": the noun is the subject of a relative clause.
    passive = noun && open_end && c.unit_end[vfirst - s.first] >= 0 &&
              !lang::subject_after_relative_word(a.tokens, c.sb, vfirst);
  }
  agent = -1;
  if (passive && by < 0 && harm && best_st.src < 0 && best_st.tgt < 0 && subj >= 0) {
    patient_subject = true;
    agent = harm_agent(c, v);
  }
  // No agent: violence is coded to the country it happens in ("killed in
  // central Baghdad" -> IRQ), as for "a bombing near Samarra killed ...".
  place_source.clear();
  if (patient_subject && agent < 0 && opt.documents() && mishap_within(c, vlast, scope_end)) return false;
  if (patient_subject && agent < 0 && opt.documents())
    for (int32_t mi : c.sentence_mentions())
      if (const auto& m = mentions[size_t(mi)]; !m.country.empty() && (m.kind == MentionKind::Location || m.kind == MentionKind::Country) && m.first_token >= vlast &&
          m.last_token <= scope_end && !finite_verb_between(c, vlast, m.first_token)) {
        place_source = m.country;
        break;
      }
  if (patient_subject && agent < 0 && opt.documents() && police_verb(c.a.tokens[v.i].lemma))
    place_source = arresting_police(c, v);
  src = best_st.src;
  tgt = best_st.tgt;
  if (patient_subject) {
    src = agent;
    tgt = subj;
    if (src < 0 && place_source.empty()) return false;
  } else if (src < 0) {
    // "X and Y have been accused of ...": the subject of a passive with no
    // "by" agent suffers the act; its agent is not named, so X is no source.
    // ("Vietnam is committed to opening", "is prepared to lift": a participle
    // before TO states the subject's own stance; it stays the source.)
    bool stance = vlast < c.se && c.up(vlast) == "TO";
    if (passive && !stance && by < 0 && opt.documents() && best_st.tgt < 0 && subj >= 0) {
      v.agent_unnamed = true;
      tgt = subj;
    } else {
      src = by >= 0 ? by : subj;
    }
  }
  if (src >= 0 && src == best_st.tgt) {
    src = -1;
    for (size_t u = 0; u < c.units.size(); ++u)
      if (int(u) != best_st.tgt && c.units[u].last <= c.units[size_t(best_st.tgt)].first) { src = int(u); break; }
  }
  if (tgt < 0 && by >= 0 && best_st.src < 0) tgt = subj;
  // An object relative's object is the antecedent, named or not: nothing after the verb is.
  const bool after_verb = tgt >= 0 && c.units[size_t(tgt)].first >= vlast;
  const bool gap = v.object_relative && !passive && (tgt < 0 || after_verb);
  if (gap && v.relative_object == src) return false;
  if (gap) tgt = v.relative_object;
  if (tgt < 0 && !gap)
    for (size_t u = 0; u < c.units.size(); ++u) {
      const Unit& un = c.units[u];
      if (un.first < vlast || un.first >= scope_end || int(u) == src || int(u) == by) continue;
      // "X warned that X will not ...": no one threatens itself; the one warned comes later.
      if (root.starts_with("13") && src >= 0 && c.codes_of(int(u)) == c.codes_of(src)) continue;
      // Places and topics are not what the verb acts on: "met to discuss
      // Bolivia" (the content of a purpose infinitive), "talked about Iran".
      if (opt.documents() && discussion_between(c, vlast, un.first)) break;
      if (opt.documents() && (topic_of(c, un.first) || attribution(c, un.first))) continue;
      tgt = int(u);
      break;
    }

  // Material conflict (protest, force posture, reduced relations, coercion,
  // assault, force: roots 14-20) against or in a place ("overran the city
  // of Kunduz", "demonstrated in Kirkuk"): the place's country is the target.
  place_target.clear();
  const std::string& c1 = code.first;
  // Aid delivered to a place, and a trip to it ("flew to", "arrived in"), go to its country.
  bool aid = c1.size() >= 2 && c1[0] == '0' && (c1[1] == '7' || (opt.documents() && c1 == "042"));
  if (tgt < 0 && c1.size() >= 2 && ((c1[0] == '1' && c1[1] >= '4') || (c1[0] == '2' && c1[1] == '0') || aid))
    for (int32_t mi : c.sentence_mentions())
      if (const auto& m = mentions[size_t(mi)]; m.kind == MentionKind::Location && m.code.empty() && !m.country.empty() && m.first_token >= vlast &&
          m.last_token <= scope_end && (!aid || destination(c, m.first_token, c1))) {
        place_target = m.country;
        break;
      }
  return true;
}

}  // namespace dyad::events::coder
