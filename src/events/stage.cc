// The events stage (see stage.h).
#include "events/stage.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"
#include "lang/annotation.h"

#include "events/cameo_table.h"
#include "events/coder.h"
#include "events/coder_phases.h"
#include "events/event_dates.h"
#include "events/definite_actors.h"
#include "events/group_actors.h"
#include "events/intents.h"
#include "events/events_json.h"
#include "events/modality.h"
#include "events/nominal_events.h"
#include "events/person_actors.h"
#include "events/pleas.h"
#include "events/threats.h"
#include "events/verb_dictionary.h"

namespace dyad::events {

const VerbDictionary& default_verbs() {
  static const VerbDictionary v = VerbDictionary::builtin();
  return v;
}

std::shared_ptr<const VerbDictionary> build_verbs(const std::vector<std::string>& files, bool use_default,
                                                  std::vector<std::string>& warnings, bool& ok) {
  auto out = std::make_shared<VerbDictionary>(use_default ? VerbDictionary::builtin() : VerbDictionary());
  ok = files.empty() || out->load_files(files, warnings);
  return out;
}

namespace {

// The event's source mention lies in the subject of the active clause of
// verb group `vg`.
bool subject_is_source(const Document& doc, uint32_t vg, const Event& e) {
  const auto& a = *doc.lang;
  if (a.verb_groups[vg].passive || e.source_mention < 0) return false;
  const auto& m = doc.actors[static_cast<size_t>(e.source_mention)];
  if (m.kind == MentionKind::Location) return false;
  for (const auto& cl : a.clauses) {
    if (cl.verb != vg || cl.subject < 0) continue;
    const auto& np = a.noun_phrases[static_cast<size_t>(cl.subject)];
    return m.first_token < np.last && np.first < m.last_token;
  }
  return false;
}

// "U.S. generals say Russia may be supplying weapons to the Taliban": the
// hedged claim is alleged, and making it is an accusation (CAMEO 112) by the
// speaker against the alleged actor, asserted. Claims reported under an
// accusation verb are left alone: the dictionary codes that verb itself.
//
// An arm of a state (CAMEO's government, military, police and intelligence
// agents): "RUSGOV" and "RUSMIL" speak for one side.
bool state_arm(const std::string& code) {
  if (code.size() < 6) return false;
  const std::string agent = code.substr(3, 3);
  return agent == "GOV" || agent == "MIL" || agent == "COP" || agent == "SPY";
}

void add_accusations(Document& doc) {
  const auto& a = *doc.lang;
  std::vector<Event> added;
  std::vector<size_t> now_alleged;
  std::vector<std::vector<size_t>> by_sentence(a.sentences.size());  // events of each sentence
  for (size_t ei = 0; ei < doc.events.size(); ++ei)
    if (doc.events[ei].sentence < by_sentence.size()) by_sentence[doc.events[ei].sentence].push_back(ei);
  for (size_t ei = 0; ei < doc.events.size(); ++ei) {
    const Event& e = doc.events[ei];
    // "Egypt said Israel had violated the truce": a conflict act (roots
    // 11-20) reported by an actor of another country is that actor's
    // accusation, and the act itself is alleged.
    bool conflict = e.code.size() >= 2 && (e.code[0] == '2' || (e.code[0] == '1' && e.code[1] >= '1'));
    bool reported_conflict = e.modality == Modality::Reported && conflict;
    if (e.modality != Modality::Alleged && !reported_conflict) continue;
    int32_t vg = verb_group_at(a, e.sentence, e.verb.start);
    if (vg < 0) continue;
    // Only an act whose source is the grammatical subject of its active
    // clause: a place standing in for an agent, or a passive, accuses nobody.
    if (reported_conflict && !subject_is_source(doc, static_cast<uint32_t>(vg), e)) continue;
    int32_t rc = reporting_clause(a, static_cast<uint32_t>(vg));
    if (rc < 0 || a.clauses[rc].subject < 0) continue;
    const auto& rg = a.verb_groups[a.clauses[rc].verb];
    if (modality_of(a, a.clauses[rc].verb) != Modality::Asserted) continue;
    const auto& np = a.noun_phrases[a.clauses[rc].subject];
    for (size_t m = 0; m < doc.actors.size(); ++m) {
      const auto& am = doc.actors[m];
      if (am.code.empty() || am.first_token < np.first || am.last_token > np.last) continue;
      if (am.code == e.source) break;
      // A side's own claim ("the Taliban said they attacked", "the ministry said its jets
      // struck") accuses nobody: the same actor, its country, or two arms of one state.
      if (reported_conflict && am.country == e.source.substr(0, 3) &&
          (am.code.size() == 3 || e.source.size() == 3 || am.code.substr(3, 3) == e.source.substr(3, 3) ||
           (state_arm(am.code) && state_arm(e.source))))
        break;
      auto same = [&](const Event& x) {
        return x.sentence == e.sentence && x.source == am.code && x.target == e.source && x.code.rfind("11", 0) == 0;
      };
      const auto& here = by_sentence[e.sentence];
      if (std::any_of(here.begin(), here.end(), [&](size_t k) { return same(doc.events[k]); }) ||
          std::any_of(added.begin(), added.end(), same))
        break;  // the accusation is already coded (an accusation verb)
      Event acc = e;
      acc.source = am.code;
      acc.source_mention = static_cast<int32_t>(m);
      acc.target = e.source;
      acc.target_mention = e.source_mention;
      acc.code = "112";
      acc.modality = Modality::Asserted;
      acc.verb = {a.tokens[rg.first].span.start, a.tokens[rg.last - 1].span.end};
      acc.pattern = reported_conflict ? "(accusation: a conflict act reported by another actor)"
                                      : "(accusation: a hedged claim reported by its speaker)";
      added.push_back(std::move(acc));
      if (reported_conflict) now_alleged.push_back(ei);
      break;
    }
  }
  for (size_t ei : now_alleged) doc.events[ei].modality = Modality::Alleged;
  for (auto& e : added) doc.events.push_back(std::move(e));
  std::stable_sort(doc.events.begin(), doc.events.end(),
                   [](const Event& x, const Event& y) { return x.span.start < y.span.start; });
}

// The verb's lemma when token j is a gerund: tagged VBG, or an "-ing" word
// tagged as a noun that takes a direct object ("of arming the Taliban", "of
// bombing Georgia": a determiner, a name or a pronoun follows) and is a verb
// in `verbs`, its lemma then the dictionary's word. "" when j is no gerund.
std::string gerund_lemma(const lang::Annotation& a, uint32_t j, uint32_t end, const VerbDictionary& verbs) {
  const auto& g = a.tokens[j];
  if (g.tag == lang::Tag::VBG) return g.lemma;
  if (g.tag != lang::Tag::NN || !g.form.ends_with("ing") || j + 1 >= end) return "";
  const lang::Tag next = a.tokens[j + 1].tag;
  if (next != lang::Tag::DT && next != lang::Tag::NNP && next != lang::Tag::NNPS && next != lang::Tag::PRP &&
      next != lang::Tag::PRPS)
    return "";
  auto words = verbs.word_verbs(base::upper_ascii(g.form));
  return words.empty() ? "" : base::lower_ascii(words.front()->word);
}

// The code of the act a gerund of a charge names: data/events/alleged_acts.txt
// first (the sense an accusation gives the word: "of supporting" = material
// support), else the verb dictionary's default code of the word, when that
// codes an act rather than a statement or an appeal (roots 01, 02); "" if none.
std::string alleged_code(const std::string& lemma, const std::string& form, const VerbDictionary& verbs) {
  static const std::unordered_map<std::string, std::string> acts = [] {
    std::unordered_map<std::string, std::string> out;
    for (const auto& line : base::load_word_list("events/alleged_acts.txt")) {
      std::istringstream in(line);
      std::string lemma, code;
      if (in >> lemma >> code) out.emplace(lemma, code);
    }
    return out;
  }();
  if (auto act = acts.find(lemma); act != acts.end()) return act->second;
  std::string code = verbs.word_code(base::upper_ascii(form));
  if (code.size() < 3 || code.starts_with("01") || code.starts_with("02")) return "";
  return code;
}

// The code of the most specific pattern of the gerund's verb (token `j`) whose words all follow
// it in order within its phrase (up to a punctuation mark, the next gerund or six words):
// "of using force against" takes "* FORCE AGAINST" [175] where "using" alone codes nothing.
// Patterns with words before the verb, synsets or actor slots are left to the coder. "" when
// none matches; "---" when the matching pattern says no event.
std::string gerund_pattern_code(const lang::Annotation& a, uint32_t j, uint32_t end, const VerbDictionary& verbs) {
  uint32_t phrase_end = j + 1;
  while (phrase_end < end && phrase_end < j + 7 && !lang::is_punct(a.tokens[phrase_end].tag) &&
         a.tokens[phrase_end].tag != lang::Tag::VBG)
    ++phrase_end;
  auto matches = [&](const Pattern& p) {
    if (!p.lower.empty() || p.upper.empty()) return false;
    uint32_t q = j + 1;
    for (const auto& el : p.upper) {
      if (el.kind != PatternElem::Word) return false;
      while (q < phrase_end && base::upper_ascii(a.tokens[q].form) != el.text) ++q;
      if (q++ >= phrase_end) return false;
    }
    return true;
  };
  const Pattern* best = nullptr;
  for (const Verb* v : verbs.word_verbs(base::upper_ascii(a.tokens[j].form)))
    for (const auto& p : verbs.blocks()[v->block].patterns)
      if ((!best || p.literals > best->literals) && matches(p)) best = &p;
  return best ? best->code.first : "";
}

// "X accused Y of seizing its ships": harm (roots 17-20) done to what "its"/"their" at token k
// names is done to the accuser, the other party the sentence names (never "its own").
bool accusers_own(const lang::Annotation& a, uint32_t k, uint32_t end, const std::string& code) {
  const std::string w = base::lower_ascii(a.tokens[k].form);
  return harm_code(code) && a.tokens[k].tag == lang::Tag::PRPS && (w == "its" || w == "their") &&
         !(k + 1 < end && base::lower_ascii(a.tokens[k + 1].form) == "own");
}

// The acts the gerunds after token `i` name ("of sabotaging Russian efforts by boycotting a
// Moscow meeting"), each with `source` (mention `source_mention`) as its agent and the actor or
// place the gerund's phrase names as its target (alleged_code): appended to `added` as events
// of `e`'s sentence with `modality`, their pattern `why` and the gerund's lemma.
void gerund_acts(const Document& doc, const VerbDictionary& verbs, const Event& e, uint32_t i,
                 int32_t source_mention, Modality modality, const std::string& why,
                 const std::unordered_map<uint32_t, size_t>& by_first, std::vector<Event>& added) {
  const auto& a = *doc.lang;
  const auto& s = a.sentences[e.sentence];
  const std::string& source = doc.actors[size_t(source_mention)].code;
  for (uint32_t j = i + 1; j < s.last; ++j) {
    // ", after criticising Y": a comma and a preposition of time or means open an adjunct of the
    // sentence's clause; the charge's gerunds end there.
    if (a.tokens[j].tag == lang::Tag::Comma && j + 1 < s.last &&
        coder::is_adjoining_preposition(base::upper_ascii(a.tokens[j + 1].form)))
      break;
    const auto& g = a.tokens[j];
    const std::string lemma = gerund_lemma(a, j, s.last, verbs);
    if (lemma.empty()) continue;
    std::string code = gerund_pattern_code(a, j, s.last, verbs);
    if (code.empty()) code = alleged_code(lemma, g.form, verbs);
    if (code.empty() || code == "---") continue;
    // The gerund's phrase runs to the next verb (another gerund too) or mark ("of using coercion
    // and intimidation against smaller Asian nations").
    for (uint32_t k = j + 1; k < s.last; ++k) {
      if (lang::is_verb(a.tokens[k].tag) || lang::is_punct(a.tokens[k].tag)) break;
      auto t = by_first.find(k);
      std::string target;
      int32_t target_mention = -1;
      if (t != by_first.end()) {
        const auto& tm = doc.actors[t->second];
        target = !tm.code.empty() ? tm.code : (tm.kind == MentionKind::Location ? tm.country : "");
        if (!tm.code.empty()) target_mention = static_cast<int32_t>(t->second);
      } else if (accusers_own(a, k, s.last, code) && e.source != source) {
        target = e.source;
        target_mention = e.source_mention;
      }
      if (target.empty() || target == source) continue;
      Event ev;
      ev.span = e.span;
      ev.sentence = e.sentence;
      ev.source = source;
      ev.source_mention = source_mention;
      ev.target = target;
      ev.target_mention = target_mention;
      ev.code = code;
      ev.verb = g.span;
      ev.pattern = why + lemma;
      ev.modality = modality;
      added.push_back(std::move(ev));
      break;
    }
  }
}

// "a man suspected of stabbing a soldier", "militants accused of attacking the base": an actor
// followed by a participle of suspicion and "of" is the alleged agent of the acts the gerunds
// after it name, though no clause says who suspects it.
void suspected_acts(const Document& doc, const VerbDictionary& verbs,
                    const std::unordered_map<uint32_t, size_t>& by_first, std::vector<Event>& added) {
  static const char* const kSuspected[] = {"suspected", "accused", "charged", "convicted"};
  const auto& a = *doc.lang;
  for (size_t m = 0; m < doc.actors.size(); ++m) {
    const auto& am = doc.actors[m];
    uint32_t k = am.last_token;
    // "a Palestinian man suspected of": the mention may cover only the nationality.
    while (k < a.tokens.size() && k < am.last_token + 2 && lang::is_noun(a.tokens[k].tag)) ++k;
    if (am.code.empty() || k + 2 >= a.tokens.size() || a.tokens[k].tag != lang::Tag::VBN) continue;
    const std::string word = base::lower_ascii(a.tokens[k].form);
    const int32_t si = sentence_of(a, am.first_token, k + 2);
    if (std::none_of(std::begin(kSuspected), std::end(kSuspected), [&](const char* w) { return word == w; }) ||
        base::lower_ascii(a.tokens[k + 1].form) != "of" || si < 0)
      continue;
    Event base;
    base.sentence = static_cast<uint32_t>(si);
    base.span = a.sentences[base.sentence].span;
    const size_t before = added.size();
    gerund_acts(doc, verbs, base, k + 1, static_cast<int32_t>(m), Modality::Alleged,
                "(alleged act) " + word + " of ", by_first, added);
    // The coder may have coded the gerund itself ("held a man suspected of stabbing ..." with
    // no coded verb before it): that event stands.
    auto coded = [&](const Event& x) {
      return std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& y) {
        return y.sentence == x.sentence && y.source == x.source && y.target == x.target && y.code == x.code;
      });
    };
    added.erase(std::remove_if(added.begin() + static_cast<std::ptrdiff_t>(before), added.end(), coded), added.end());
  }
}

// "Kabulov accused the U.S. of sabotaging Russian efforts by boycotting a
// Moscow meeting": the accused actor is the source of the acts the gerunds
// name (alleged_code), each an alleged event towards the actor or place the
// gerund's phrase names.
// "The group claimed responsibility for bombing the embassy": a claim of
// responsibility (015) reports the act it claims, by the claimant; a denial
// of it (016) denies the act (CAMEO codes the claim, the act is the
// claimant's own report of what it did). A plea is a claim or denial of the
// same kind: "pleaded guilty to attacking X" admits the attack.
void add_alleged_acts(Document& doc, const VerbDictionary& verbs) {
  static const char* const kAccuse[] = {"accuse", "charge", "blame", "suspect"};
  const auto& a = *doc.lang;
  std::unordered_map<uint32_t, size_t> by_first;
  for (size_t m = 0; m < doc.actors.size(); ++m) by_first.emplace(doc.actors[m].first_token, m);
  auto low = [&](uint32_t k) { return base::lower_ascii(a.tokens[k].form); };
  std::vector<Event> added;
  for (const auto& e : doc.events) {
    if (e.sentence >= a.sentences.size()) continue;
    int32_t vg = verb_group_at(a, e.sentence, e.verb.start);
    if (vg < 0) continue;
    const auto& s = a.sentences[e.sentence];
    if ((e.code == "015" || e.code == "016") && e.source_mention >= 0 && e.modality != Modality::Negated) {
      for (uint32_t k = a.verb_groups[vg].last; k + 1 < s.last && k < a.verb_groups[vg].last + 4; ++k) {
        const bool claim = low(k) == "responsibility" && low(k + 1) == "for" && low(k - 1) != "no";
        const bool plea = low(k) == "guilty" && low(k + 1) == "to";
        if (!claim && !plea) continue;
        const std::string why = std::string(e.code == "016" ? "(denied act) " : claim ? "(claimed act) " : "(admitted act) ") +
                                (claim ? "responsibility for " : "guilty to ");
        gerund_acts(doc, verbs, e, k + 1, e.source_mention, e.code == "015" ? Modality::Reported : Modality::Denied,
                    why, by_first, added);
        break;
      }
      continue;
    }
    if (e.target.empty() || e.target_mention < 0) continue;
    const std::string& verb = a.tokens[a.verb_groups[vg].head].lemma;
    if (std::none_of(std::begin(kAccuse), std::end(kAccuse), [&](const char* v) { return verb == v; })) continue;
    // The accused: the target's mention right after the verb, before "of"/"for" (the event
    // may point at an earlier mention of the same actor: "China's claims ... accused Beijing of").
    int32_t accused = -1;
    for (uint32_t k = a.verb_groups[vg].last; k < s.last && k < a.verb_groups[vg].last + 6 && accused < 0; ++k)
      if (auto t = by_first.find(k); t != by_first.end() && doc.actors[t->second].code == e.target)
        accused = static_cast<int32_t>(t->second);
    if (accused < 0) accused = e.target_mention;
    uint32_t i = doc.actors[size_t(accused)].last_token;
    if (i >= s.last || (low(i) != "of" && low(i) != "for")) continue;
    gerund_acts(doc, verbs, e, i, accused, Modality::Alleged, "(alleged act) " + verb + " X of ", by_first, added);
  }
  suspected_acts(doc, verbs, by_first, added);
  for (auto& e : added) doc.events.push_back(std::move(e));
}

// Where an event happened, when the sentence says so: a place mention after
// "in", "near", "at", "outside" (...) within the event's sentence, nearest
// after its verb, else nearest before it.
void assign_locations(Document& doc) {
  const auto& a = *doc.lang;
  static const char* const kPreps[] = {"in", "near", "at", "outside", "inside", "around", "across", "into", "from"};
  const SentenceIndex index(a, doc.actors);
  for (auto& e : doc.events) {
    if (e.sentence >= a.sentences.size()) continue;
    const auto& s = a.sentences[e.sentence];
    const ActorMention* best = nullptr;
    bool best_after = false;
    for (int32_t mi : index.mentions[e.sentence]) {
      const auto& m = doc.actors[size_t(mi)];
      if (m.kind != MentionKind::Location || m.first_token <= s.first || m.last_token > s.last) continue;
      std::string prev = a.tokens[m.first_token - 1].form;
      for (auto& c : prev) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      // "in the city of Kunduz", "near the town of X": look past "the city of".
      uint32_t k = m.first_token - 1;
      if (prev == "of" && k >= s.first + 3) {
        std::string p3 = a.tokens[k - 3].form;
        for (auto& c : p3) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        prev = p3;
      }
      bool prep = std::any_of(std::begin(kPreps), std::end(kPreps), [&](const char* p) { return prev == p; });
      if (!prep) continue;
      bool after = m.start >= e.verb.end;
      if (!best || (after && !best_after) ||
          (after == best_after && (after ? m.start < best->start : m.start > best->start))) {
        best = &m;
        best_after = after;
      }
    }
    if (best) e.location = best->name;
  }
}

// "Esper met with several top government officials" (officials of his own
// country by default), "the Governor visited the border": an actor
// cooperating with its own country, where one side is the bare country (a
// place, or a group whose country is only presumed), names no second party.
// A domestic event needs two roles ("police" -> "protesters").
bool self_directed(const Event& e) {
  if (e.target.size() < 3 || e.source.size() < 3) return false;
  if (e.source.compare(0, 3, e.target, 0, 3) != 0) return false;
  auto country = [](const std::string& c) {
    return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  };
  // Only cooperation (roots 04-08: consult, diplomatic and material
  // cooperation, aid, yield) needs a counterpart; statements, appeals and
  // intentions towards one's own country ("promised to democratize
  // Serbia"), investigations, demands and conflict ("Algerians blocked
  // roads") stay domestic events.
  bool cooperation = e.code.size() >= 2 && e.code[0] == '0' && e.code[1] >= '4' && e.code[1] <= '8';
  // Rebels and the opposition are the other party of their own country: "FARC signed a peace
  // deal" (COLREBFRC -> COL), "rebels agreed to a truce" deal with the state they fight.
  auto nonstate = [](const std::string& c) {
    std::string_view role = c.size() >= 6 ? std::string_view(c).substr(3, 3) : std::string_view();
    return role == "REB" || role == "INS" || role == "OPP" || role == "SEP";
  };
  if (nonstate(e.source) || nonstate(e.target)) return false;
  return cooperation && (country(e.source) || country(e.target));
}

// "Carlineo denied it": a person known only by name, coded with no more
// than a country (person_actors.cc), acting on no one is no
// interaction between political actors.
// `index` holds the mentions of each sentence.
bool untargeted_name(const Document& doc, const SentenceIndex& index, const Event& e) {
  if (!e.target.empty() || e.source.size() != 3 || e.sentence >= index.mentions.size()) return false;
  bool person = false;
  for (int32_t mi : index.mentions[e.sentence]) {
    const auto& m = doc.actors[size_t(mi)];
    if (m.code != e.source) continue;
    if (m.kind != MentionKind::Person || m.code != m.country) return false;  // a country (or other actor) of that code
    person = true;
  }
  return person;
}

}  // namespace

void annotate_events(Document& doc, const VerbDictionary* verbs) {
  doc.events.clear();
  doc.timeline.clear();
  if (doc.lang) {
    code_people(doc);
    code_quote_speakers(doc);
    add_group_actors(doc);
    add_definite_actors(doc);
    code_document(doc, verbs ? *verbs : default_verbs());
    direct_pleas_to_court(doc);
    // The same triple twice from one sentence (two patterns, a repeated
    // mention) is one event; two people of one code are two actors.
    const SentenceIndex index(*doc.lang, doc.actors);
    std::vector<Event> kept;
    std::unordered_set<std::string> seen;  // sentence, source, target, code, people
    auto person = [&](int32_t m) {
      return m >= 0 && size_t(m) < doc.actors.size() ? std::to_string(doc.actors[size_t(m)].entity) : std::string("-1");
    };
    for (auto& e : doc.events) {
      std::string key = std::to_string(e.sentence) + '\t' + e.source + '\t' + e.target + '\t' + e.code + '\t' +
                        person(e.source_mention) + '\t' + person(e.target_mention);
      if (!seen.insert(std::move(key)).second || self_directed(e) || untargeted_name(doc, index, e)) continue;
      kept.push_back(std::move(e));
    }
    doc.events = std::move(kept);
    add_nominal_events(doc);
    assign_modality(doc);
    code_intents(doc);
    code_threats(doc, verbs ? *verbs : default_verbs());
    add_alleged_acts(doc, verbs ? *verbs : default_verbs());
    add_accusations(doc);
    assign_event_dates(doc);
    assign_locations(doc);
    const auto& table = CameoTable::builtin();
    for (auto& e : doc.events) {
      e.quad = table.quad(e.code);
      e.goldstein = table.goldstein(e.code).value_or(0.0);
    }
  }
}

}  // namespace dyad::events
