// Modality of coded events (see modality.h). Rules, first match wins:
//  1. the verb group is negated ("did not attend")               -> negated
//     (unless a refusal verb governs it: "refused to join" is negated too,
//     and so is an act not done so far: "has yet to ratify");
//     an infinitive under a negated verb ("do not want to send")   -> negated
//     a verb under a wish ("would like to see X agree"), or a future under
//     a fear ("fear that X will impose")                          -> hypothetical
//  2. a reporting clause above it is a denial ("denies supplying")  -> denied
//  3. a reporting clause above it is an accusation ("accused ... of") or the
//     claim is hedged inside a report ("say Russia may be supplying") -> alleged
//  4. its clause is a condition ("if", "unless", or inverted: "Had X attacked Y, ..."),
//     it carries a hedging modal outside any report ("could", "may"), or it is
//     asked about ("Did X attack Y?")                               -> hypothetical
//  5. a modal of the future ("will", "would"), the future tense, or an
//     infinitive governed by a plan verb ("plans to host", "about to") -> planned
//  6. an evidential adverb in its verb group names the claim as someone
//     else's: "allegedly", "purportedly" -> alleged; "reportedly",
//     "apparently" -> reported (evidentials mark where a claim comes from,
//     not how likely it is, so they are no hedges)
//  7. it is reported under a speech verb ("officials said ...", "..., officials said") -> reported
//  8. otherwise                                                   -> asserted
#include "events/modality.h"

#include <algorithm>

#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"

namespace dyad::events {

namespace {

struct Words {
  std::unordered_map<std::string, std::unordered_set<std::string>> by_class;
  bool has(const char* cls, const std::string& lemma) const {
    auto it = by_class.find(cls);
    return it != by_class.end() && it->second.count(lemma) > 0;
  }
};

const Words& words() {
  static const Words w = [] {
    Words out;
    for (const auto& line : base::load_word_list("events/modality.txt")) {
      size_t sp = line.find(' ');
      if (sp == std::string::npos) continue;
      out.by_class[line.substr(0, sp)].insert(line.substr(sp + 1));
    }
    return out;
  }();
  return w;
}

// The clause whose verb is verb group `vg` (-1 if none).
int32_t clause_of(const lang::Annotation& a, uint32_t vg) {
  for (size_t i = 0; i < a.clauses.size(); ++i)
    if (a.clauses[i].verb == vg) return static_cast<int32_t>(i);
  return -1;
}

// Lemmas of the reporting clauses above clause `c`, nearest first.
std::vector<std::string> reporting_chain(const lang::Annotation& a, int32_t c) {
  std::vector<std::string> out;
  for (int guard = 0; c >= 0 && guard < 8; ++guard) {
    int32_t up = a.clauses[c].embedded_under;
    if (up < 0 || up == c) break;
    out.push_back(a.tokens[a.verb_groups[a.clauses[up].verb].head].lemma);
    c = up;
  }
  return out;
}

// "Troops shelled the town, the ministry said (on Monday).": the sentence ends in a reporting
// clause after a comma (say, add, tell; its subject before or after the verb, no other verb after
// the comma), which reports what comes before it. Returns that verb's lemma, or "".
std::string trailing_report(const lang::Annotation& a, uint32_t vg) {
  const auto& g = a.verb_groups[vg];
  const auto& s = a.sentences[g.sentence];
  uint32_t comma = s.last;
  for (uint32_t k = s.last; k-- > g.last;)
    if (a.tokens[k].tag == lang::Tag::Comma) {
      comma = k;
      break;
    }
  if (comma == s.last) return "";
  int32_t report = -1;
  for (size_t i = vg + 1; i < a.verb_groups.size() && a.verb_groups[i].sentence == g.sentence; ++i) {
    if (a.verb_groups[i].first < comma) continue;
    if (report >= 0) return "";
    report = static_cast<int32_t>(i);
  }
  if (report < 0) return "";
  const auto& r = a.verb_groups[static_cast<size_t>(report)];
  const std::string& lemma = a.tokens[r.head].lemma;
  bool says = lemma == "say" || lemma == "add" || lemma == "tell";
  return says && r.finite && !r.negated ? lemma : "";
}

// The subordinator opening the clause of verb group `g` ("if", "unless"), lower case, or "".
std::string subordinator(const lang::Annotation& a, const lang::VerbGroup& g) {
  const auto& s = a.sentences[g.sentence];
  for (uint32_t k = g.first; k-- > s.first;) {
    const auto& t = a.tokens[k];
    if (lang::is_verb(t.tag) || t.tag == lang::Tag::Comma || t.tag == lang::Tag::Colon) break;
    if (t.tag == lang::Tag::IN || t.tag == lang::Tag::WRB) return base::lower_ascii(t.form);
  }
  return "";
}

// For an infinitive ("to host"): the word before "to" and the verb group before it.
void governors(const lang::Annotation& a, uint32_t vg, std::string& word, std::string& verb) {
  const auto& g = a.verb_groups[vg];
  const auto& s = a.sentences[g.sentence];
  uint32_t k = g.first;
  // The word's lemma, but "going" as written: "is going to" is the future, "went to" is not.
  auto word_at = [&](uint32_t t) {
    const std::string form = base::lower_ascii(a.tokens[t].form);
    return form == "going" || a.tokens[t].lemma.empty() ? form : base::lower_ascii(a.tokens[t].lemma);
  };
  if (k > s.first && base::lower_ascii(a.tokens[k].form) == "to") {
    word = word_at(k - 1);
  } else if (k > s.first && base::lower_ascii(a.tokens[k - 1].form) == "to" && k - 1 > s.first) {
    word = word_at(k - 2);
  }
  if (vg > 0 && a.verb_groups[vg - 1].sentence == g.sentence) verb = a.tokens[a.verb_groups[vg - 1].head].lemma;
}

// An evidential adverb inside verb group `g` or just before it ("he
// reportedly made"): Alleged for "allegedly", Reported for "reportedly",
// Asserted when there is none.
Modality evidential_of(const lang::Annotation& a, const lang::VerbGroup& g, const Words& w) {
  uint32_t from = g.first > 0 && a.tokens[g.first - 1].tag == lang::Tag::RB ? g.first - 1 : g.first;
  for (uint32_t k = from; k < g.last; ++k) {
    const std::string word = base::lower_ascii(a.tokens[k].form);
    if (w.has("evidential-allege", word)) return Modality::Alleged;
    if (w.has("evidential-report", word)) return Modality::Reported;
  }
  return Modality::Asserted;
}

}  // namespace

// The verb group that governs group `vg`: the previous group of the
// sentence when nothing but words of a noun phrase, "to" or "that" stand
// between ("does not want to send", "would like to see Iran agree", "fears
// that X will"); -1 when a clause break (punctuation, a conjunction) does.
int32_t governing_group(const lang::Annotation& a, uint32_t vg) {
  if (vg == 0) return -1;
  const auto& g = a.verb_groups[vg];
  const auto& p = a.verb_groups[vg - 1];
  if (p.sentence != g.sentence) return -1;
  for (uint32_t k = p.last; k < g.first; ++k) {
    const auto& t = a.tokens[k];
    if (base::lower_ascii(t.form) == "that") continue;
    if (lang::is_punct(t.tag) || t.tag == lang::Tag::CC || t.tag == lang::Tag::WDT || t.tag == lang::Tag::WRB ||
        t.tag == lang::Tag::WP)
      return -1;
    if (t.tag == lang::Tag::IN && base::lower_ascii(t.form) != "that") return -1;
  }
  return static_cast<int32_t>(vg - 1);
}

int32_t verb_group_at(const lang::Annotation& a, uint32_t sentence, uint32_t pos) {
  // Verb groups are in text order: the sentence's groups by binary search.
  auto lo = std::lower_bound(a.verb_groups.begin(), a.verb_groups.end(), sentence,
                             [](const lang::VerbGroup& g, uint32_t s) { return g.sentence < s; });
  size_t first = size_t(lo - a.verb_groups.begin());
  for (size_t i = first; i < a.verb_groups.size() && a.verb_groups[i].sentence == sentence; ++i) {
    const auto& g = a.verb_groups[i];
    if (a.tokens[g.first].span.start <= pos && pos < a.tokens[g.last - 1].span.end) return static_cast<int32_t>(i);
  }
  // Not inside a group (a noun-headed event, "the attack on ..."): the nearest group before it.
  int32_t best = -1;
  for (size_t i = first; i < a.verb_groups.size() && a.verb_groups[i].sentence == sentence; ++i) {
    const auto& g = a.verb_groups[i];
    if (a.tokens[g.first].span.start <= pos) best = static_cast<int32_t>(i);
  }
  return best;
}

// "ended the talks without offering concessions", "but not by offering concessions": a gerund
// after "without", or after a preposition that "not" negates, names an act that did not happen.
bool negated_gerund(const lang::Annotation& a, const lang::VerbGroup& g) {
  if (g.finite || a.tokens[g.head].tag != lang::Tag::VBG) return false;
  const uint32_t first = a.sentences[g.sentence].first;
  if (g.first <= first) return false;
  const lang::Token& p = a.tokens[g.first - 1];
  if (base::lower_ascii(p.form) == "without") return true;
  return p.tag == lang::Tag::IN && g.first >= first + 2 && base::lower_ascii(a.tokens[g.first - 2].form) == "not";
}

// Subject-auxiliary inversion at the sentence's start: it opens with one of `openers` (lower
// case) and the subject right after (a noun, determiner, pronoun, adjective or number).
bool inverted_opening(const lang::Annotation& a, const lang::Sentence& s, const std::unordered_set<std::string>& openers) {
  if (s.last < s.first + 2 || !openers.count(base::lower_ascii(a.tokens[s.first].form))) return false;
  const lang::Tag next = a.tokens[s.first + 1].tag;
  return lang::is_noun(next) || next == lang::Tag::DT || next == lang::Tag::PRP || next == lang::Tag::PRPS ||
         lang::is_adj(next) || next == lang::Tag::CD;
}

// "Should X agree, ...", "Had X attacked Y, ...", "Were X to invade Y, ...": a sentence that
// opens with "should", "had" or "were" before its subject and is no question states a
// condition up to its first comma (the inverted conditional); a verb there is hypothetical.
bool inverted_condition(const lang::Annotation& a, const lang::VerbGroup& g) {
  static const std::unordered_set<std::string> openers = {"should", "had", "were"};
  const lang::Sentence& s = a.sentences[g.sentence];
  if (s.last < s.first + 4 || a.tokens[s.last - 1].form == "?" || !inverted_opening(a, s, openers)) return false;
  for (uint32_t k = s.first + 2; k < s.last; ++k)
    if (a.tokens[k].tag == lang::Tag::Comma) return g.first < k;
  return false;
}

// "Did the police arrest him?", "Has Iran agreed to the deal?": a question that opens with an
// auxiliary or modal before its subject asks whether the act happened and states nothing; a verb
// up to its first comma is hypothetical. (A question with a wh-word, "Why did X expel Y?", takes
// the act as given.)
bool yes_no_question(const lang::Annotation& a, const lang::VerbGroup& g) {
  static const std::unordered_set<std::string> openers = {"do", "does", "did", "is", "are", "was", "were",
                                                         "has", "have", "had", "can", "could", "will",
                                                         "would", "should", "may", "might", "must", "shall"};
  const lang::Sentence& s = a.sentences[g.sentence];
  if (s.last < s.first + 3 || a.tokens[s.last - 1].form != "?" || !inverted_opening(a, s, openers)) return false;
  for (uint32_t k = s.first + 2; k < g.first; ++k)
    if (a.tokens[k].tag == lang::Tag::Comma) return false;
  return true;
}

Modality modality_of(const lang::Annotation& a, uint32_t vg) {
  const Words& w = words();
  const auto& g = a.verb_groups[vg];
  int32_t c = clause_of(a, vg);
  std::string gword, gverb;
  if (g.infinitive || !g.finite) governors(a, vg, gword, gverb);
  // A non-finite verb reports through the verb that governs it: "denies
  // supplying", "accused the U.S. of sabotaging".
  std::vector<std::string> chain;
  if (!g.finite && vg > 0 && a.verb_groups[vg - 1].sentence == g.sentence) {
    if (w.has("deny", gverb) || w.has("allege", gverb) || w.has("report", gverb)) chain.push_back(gverb);
    int32_t up = clause_of(a, vg - 1);
    for (const auto& l : reporting_chain(a, up)) chain.push_back(l);
  } else {
    chain = reporting_chain(a, c);
  }
  if (chain.empty())
    if (std::string r = trailing_report(a, vg); !r.empty()) chain.push_back(r);
  std::string modal = g.modal >= 0 ? base::lower_ascii(a.tokens[g.modal].form) : "";
  bool hedged = (!modal.empty() && w.has("hedge", modal));
  for (uint32_t k = g.first; k < g.last && !hedged; ++k) hedged = w.has("hedge", base::lower_ascii(a.tokens[k].form));
  const Modality evidential = evidential_of(a, g, w);

  if (g.negated || (!gverb.empty() && w.has("refuse", gverb) && !g.finite) || negated_gerund(a, g) ||
      (!g.finite && w.has("unfulfilled", gword)))
    return Modality::Negated;
  // Up the chain of governing verbs: a negated governor negates an infinitive
  // ("do not want to send troops"); a wish ("would like to see X agree") or a
  // fear of what will be ("fears that X will impose") is no act.
  {
    uint32_t cur = vg;
    bool nonfinite = !g.finite;
    for (int hop = 0; hop < 3; ++hop) {
      int32_t gov = governing_group(a, cur);
      if (gov < 0) break;
      const auto& G = a.verb_groups[static_cast<size_t>(gov)];
      const std::string& gl = a.tokens[G.head].lemma;
      if (nonfinite && G.negated) return Modality::Negated;
      if (w.has("wish", gl)) return Modality::Hypothetical;
      if (w.has("fear", gl) && (g.modal >= 0 || g.tense == lang::Tense::Future)) return Modality::Hypothetical;
      if (G.finite) break;
      cur = static_cast<uint32_t>(gov);
    }
  }
  for (const auto& l : chain) {
    if (w.has("deny", l)) return Modality::Denied;
    if (w.has("allege", l)) return Modality::Alleged;
    if (w.has("report", l)) break;  // the nearest report decides
  }
  if (hedged && !chain.empty()) return Modality::Alleged;
  if (w.has("condition", subordinator(a, g)) || hedged || inverted_condition(a, g) || yes_no_question(a, g))
    return Modality::Hypothetical;
  bool planned = (!modal.empty() && w.has("plan-modal", modal)) || g.tense == lang::Tense::Future;
  if (!g.finite && (w.has("plan", gword) || (!gverb.empty() && w.has("plan", gverb)))) planned = true;
  if (planned) return Modality::Planned;
  if (evidential != Modality::Asserted) return evidential;
  if (!chain.empty()) return Modality::Reported;
  return Modality::Asserted;
}

int32_t reporting_clause(const lang::Annotation& a, uint32_t vg) {
  const auto& g = a.verb_groups[vg];
  int32_t c = clause_of(a, vg);
  if (!g.finite && vg > 0 && a.verb_groups[vg - 1].sentence == g.sentence) {
    int32_t up = clause_of(a, vg - 1);
    if (up >= 0 && a.clauses[up].speech) return up;
    c = up;
  }
  return c >= 0 ? a.clauses[c].embedded_under : -1;
}

std::string infinitive_governor(const lang::Annotation& a, uint32_t vg) {
  const auto& g = a.verb_groups[vg];
  if (g.finite) return "";
  std::string word, verb;
  governors(a, vg, word, verb);
  return word;
}

namespace {

// "made no apology", "offered no concessions": an act named by the object of its verb, and
// that object denied by "no", did not happen. A pattern that itself reads "no" ("had no
// comment", "made no concession") names the refusal as its act and is left alone.
bool denied_object(const lang::Annotation& a, const lang::VerbGroup& g, const std::string& pattern) {
  uint32_t k = g.last;
  const uint32_t end = a.sentences[g.sentence].last;
  while (k < end && lang::is_adv(a.tokens[k].tag)) ++k;
  if (k >= end || base::lower_ascii(a.tokens[k].form) != "no") return false;
  std::string words = pattern;  // "* NO_COMMENT": words joined by "_" or apart
  std::replace(words.begin(), words.end(), '_', ' ');
  const auto split = base::split_spaces(words);
  return std::find(split.begin(), split.end(), "NO") == split.end();
}

}  // namespace

void assign_modality(Document& doc) {
  if (!doc.lang) return;
  const auto& a = *doc.lang;
  for (auto& e : doc.events) {
    int32_t vg = verb_group_at(a, e.sentence, e.verb.start);
    if (vg < 0) continue;
    const auto& g = a.verb_groups[size_t(vg)];
    // A noun-headed event takes the modality of the verb before it, unless its finder gave it
    // one ("claimed responsibility for the attack on X": the attack is the claimant's report).
    const bool noun = e.verb.start >= a.tokens[g.last - 1].span.end;
    if (!noun || e.modality == Modality::Asserted) e.modality = modality_of(a, static_cast<uint32_t>(vg));
    if (!noun && denied_object(a, g, e.pattern)) e.modality = Modality::Negated;
  }
}

}  // namespace dyad::events
