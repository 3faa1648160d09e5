// Events named by a noun (see nominal_events.h). Three shapes:
//   the source before the noun:  "Russia's sanctions on Ukraine", "the
//                                Taliban's January visit to Moscow"
//   the source as its agent:     "the occupation by Russia of Crimea"
//   both parties after between:  "the phone call between the two presidents"
//                                (nouns of meeting: their preposition is "with")
// The target is the mention within a few words after the preposition (a place
// counts as its country). A protest (14...) named with no protester is by the
// people of the target's country.
#include "events/nominal_events.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/text.h"
#include "lang/annotation.h"

namespace dyad::events {

namespace {

struct Entry {
  std::string prep, code;
};

// Noun lemma -> its prepositions and codes (data/events/nominal.txt).
const std::unordered_multimap<std::string, Entry>& nominal_nouns() {
  static const std::unordered_multimap<std::string, Entry> nouns = [] {
    std::unordered_multimap<std::string, Entry> out;
    for (const auto& line : base::load_word_list("events/nominal.txt")) {
      std::istringstream in(line);
      std::string noun, prep, code;
      if (in >> noun >> prep >> code) out.emplace(noun, Entry{prep, code});
    }
    return out;
  }();
  return nouns;
}

}  // namespace

bool names_an_act(const std::string& lemma) { return nominal_nouns().count(lemma) > 0; }

namespace {

// The mentions of a document by first and last token, and their codes.
struct MentionIndex {
  const Document& doc;
  std::unordered_map<uint32_t, size_t> by_first, by_last;
  explicit MentionIndex(const Document& d) : doc(d) {
    for (size_t m = 0; m < d.actors.size(); ++m) {
      by_first.emplace(d.actors[m].first_token, m);
      by_last[d.actors[m].last_token] = m;
    }
  }
  // A mention's code; a place stands for its country.
  std::string code(size_t m) const {
    const auto& am = doc.actors[m];
    return !am.code.empty() ? am.code : (am.kind == MentionKind::Location ? am.country : std::string());
  }
};

constexpr int32_t kNone = -1;

std::string lower(const lang::Annotation& a, uint32_t k) { return base::lower_ascii(a.tokens[k].form); }

// The mention ending just before the noun at i, past up to four modifiers
// ("January", "July 25", "phone") and a possessive "'s"; kNone when none.
int32_t source_before(const lang::Annotation& a, const MentionIndex& mx, uint32_t first, uint32_t i) {
  uint32_t k = i;
  const uint32_t reach = 4;
  while (k > first && k + reach > i) {
    lang::Tag t = a.tokens[k - 1].tag;
    bool modifier = t == lang::Tag::JJ || t == lang::Tag::CD || t == lang::Tag::NN ||
                    (t == lang::Tag::NNP && !mx.by_last.count(k));
    if (!modifier) break;
    --k;
  }
  if (k > first && a.tokens[k - 1].tag == lang::Tag::POS) --k;
  auto it = mx.by_last.find(k);
  return it == mx.by_last.end() ? kNone : int32_t(it->second);
}

// The first coded mention from token j on, within four words and before any
// verb or punctuation; kNone when none.
int32_t mention_from(const lang::Annotation& a, const MentionIndex& mx, uint32_t j, uint32_t last) {
  for (uint32_t k = j; k < last && k < j + 4; ++k) {
    auto t = mx.by_first.find(k);
    if (t != mx.by_first.end() && !mx.code(t->second).empty()) return int32_t(t->second);
    if (lang::is_verb(a.tokens[k].tag) || lang::is_punct(a.tokens[k].tag)) break;
  }
  return kNone;
}

// "the occupation by Russia of Crimea": the coded mention right after "by"
// (articles and adjectives between) at token j; `after` is set to the token
// following it. kNone when none.
int32_t agent_after(const lang::Annotation& a, const MentionIndex& mx, uint32_t j, uint32_t last, uint32_t& after) {
  if (j >= last || lower(a, j) != "by") return kNone;
  uint32_t k = j + 1;
  while (k < last && (a.tokens[k].tag == lang::Tag::DT || lang::is_adj(a.tokens[k].tag))) ++k;
  auto t = mx.by_first.find(k);
  if (t == mx.by_first.end() || mx.code(t->second).empty()) return kNone;
  after = mx.doc.actors[t->second].last_token;
  return int32_t(t->second);
}

// One nominal event found in a sentence: mention indices (source kNone for
// the crowd of a protest) and the entry.
struct Found {
  int32_t source = kNone, target = kNone;
  const Entry* entry = nullptr;
};

// The nominal event of the noun at token i of sentence [first, last), if any.
Found find_nominal(const lang::Annotation& a, const MentionIndex& mx, uint32_t first, uint32_t last, uint32_t i) {
  Found f;
  auto range = nominal_nouns().equal_range(a.tokens[i].lemma);
  if (range.first == range.second) return f;
  const std::string prep = lower(a, i + 1);
  uint32_t after = 0;
  int32_t agent = agent_after(a, mx, i + 1, last, after);
  for (auto it = range.first; it != range.second; ++it) {
    const Entry& e = it->second;
    if (e.prep == prep) {  // "Russia's sanctions on Ukraine"
      f = {source_before(a, mx, first, i), mention_from(a, mx, i + 2, last), &e};
    } else if (agent != kNone && after + 1 < last && lower(a, after) == e.prep) {  // "occupation by Russia of Crimea"
      f = {agent, mention_from(a, mx, after + 1, last), &e};
    } else if (e.prep == "with" && prep == "between") {  // "the call between A and B"
      int32_t one = mention_from(a, mx, i + 2, last);
      if (one == kNone) continue;
      uint32_t k = mx.doc.actors[size_t(one)].last_token;
      if (k >= last || lower(a, k) != "and") continue;
      f = {one, mention_from(a, mx, k + 1, last), &e};
    } else {
      continue;
    }
    if (f.target != kNone) return f;
  }
  return Found{};
}

// A protest named with no protester is by the people of its target's
// country: that crowd's mention at the noun (token i), or false.
bool crowd_of(const Document& doc, const lang::Token& noun, uint32_t i, const ActorMention& target, ActorMention& out) {
  if (target.country.empty()) return false;
  out = ActorMention{};
  out.first_token = i;
  out.last_token = i + 1;
  out.start = noun.span.start;
  out.end = noun.span.end;
  out.code = target.country + "CVL";
  out.country = target.country;
  out.kind = MentionKind::Group;
  out.name = "protesters (" + target.country + ")";
  (void)doc;
  return true;
}

// "X claimed responsibility for the rocket attack on Y": the act a claim of responsibility
// (015, or its denial 016) names by a noun is the claimant's. The claim event of sentence
// events `events` whose "responsibility for" stands before the noun at token i (articles,
// adjectives, dates and noun modifiers between); -1 when none.
int32_t claim_before(const Document& doc, const std::vector<size_t>& events, uint32_t first, uint32_t i) {
  const auto& a = *doc.lang;
  uint32_t k = i;
  while (k > first && i - k < 5) {
    const lang::Tag t = a.tokens[k - 1].tag;
    if (t != lang::Tag::DT && t != lang::Tag::JJ && t != lang::Tag::CD && t != lang::Tag::POS && !lang::is_noun(t))
      break;
    --k;
  }
  if (k < first + 2 || lower(a, k - 1) != "for" || lower(a, k - 2) != "responsibility") return -1;
  const size_t resp = a.tokens[k - 2].span.start;
  for (size_t ei : events) {
    const Event& e = doc.events[ei];
    if ((e.code == "015" || e.code == "016") && e.source_mention >= 0 && e.modality != Modality::Negated &&
        e.verb.end <= resp && resp - e.verb.end < 40)
      return static_cast<int32_t>(ei);
  }
  return -1;
}

}  // namespace

void add_nominal_events(Document& doc) {
  const auto& a = *doc.lang;
  const MentionIndex mx(doc);
  std::vector<Event> added;
  std::vector<ActorMention> crowds;  // protesters named only by their protest
  std::vector<std::vector<size_t>> by_sentence(a.sentences.size());  // coded events of each sentence
  for (size_t ei = 0; ei < doc.events.size(); ++ei)
    if (doc.events[ei].sentence < by_sentence.size()) by_sentence[doc.events[ei].sentence].push_back(ei);
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const auto& s = a.sentences[si];
    for (uint32_t i = s.first; i + 1 < s.last; ++i) {
      const auto& tk = a.tokens[i];
      if (!lang::is_noun(tk.tag)) continue;
      Found f = find_nominal(a, mx, s.first, s.last, i);
      if (!f.entry) continue;
      const std::string target = mx.code(size_t(f.target));
      std::string source;
      int32_t source_mention = f.source;
      Modality modality = Modality::Asserted;
      const int32_t claim = f.source == kNone ? claim_before(doc, by_sentence[si], s.first, i) : -1;
      if (f.source != kNone) {
        source = doc.actors[size_t(f.source)].code;
      } else if (claim >= 0) {
        const Event& c = doc.events[size_t(claim)];
        source = c.source;
        source_mention = c.source_mention;
        modality = c.code == "015" ? Modality::Reported : Modality::Denied;
      } else if (f.entry->code.rfind("14", 0) == 0) {
        ActorMention cm;
        if (!crowd_of(doc, tk, i, doc.actors[size_t(f.target)], cm)) continue;
        source = cm.code;
        source_mention = int32_t(doc.actors.size() + crowds.size());
        crowds.push_back(std::move(cm));
      }
      const bool crowd = f.source == kNone && claim < 0;
      auto drop = [&] {
        if (crowd && !source.empty()) crowds.pop_back();
      };
      if (source.empty() || target == source || target == source.substr(0, 3)) {
        drop();
        continue;
      }
      const std::string root = f.entry->code.substr(0, 2);
      bool known = std::any_of(by_sentence[si].begin(), by_sentence[si].end(), [&](size_t k) {
        const Event& e = doc.events[k];
        return e.source == source && e.target == target && e.code.substr(0, 2) == root;
      });
      if (known) {
        drop();
        continue;
      }
      Event e;
      e.span = s.span;
      e.sentence = si;
      e.source = source;
      e.source_mention = source_mention;
      e.target = target;
      e.target_mention = doc.actors[size_t(f.target)].code.empty() ? -1 : f.target;
      e.code = f.entry->code;
      e.verb = tk.span;
      const char* why = claim < 0 ? "(noun) " : modality == Modality::Reported ? "(claimed act) " : "(denied act) ";
      e.pattern = why + tk.lemma + " " + f.entry->prep;
      e.modality = modality;
      added.push_back(std::move(e));
    }
  }
  for (auto& m : crowds) doc.actors.push_back(std::move(m));
  for (auto& e : added) doc.events.push_back(std::move(e));
}

}  // namespace dyad::events
