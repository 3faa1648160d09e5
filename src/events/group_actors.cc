// Group actors and "both countries" (see group_actors.h).
#include "events/group_actors.h"

#include <map>
#include <unordered_map>

#include <algorithm>

#include "actors/dictionary.h"
#include "base/text.h"
#include "events/coder.h"
#include "lang/annotation.h"

namespace dyad::events {

namespace {

// Lower-case word -> agent code, read from a data file of agent words.
std::unordered_map<std::string, std::string> word_table(const std::string& rel) {
  std::unordered_map<std::string, std::string> out;
  for (auto& [word, agent] : read_agent_words(rel)) out.emplace(std::move(word), agent);
  return out;
}

// Groups of people named without a country (data/events/group_roles.txt).
const std::unordered_map<std::string, std::string>& group_words() {
  static const auto words = word_table("events/group_roles.txt");
  return words;
}

// People who form a group only where a place follows them: "rebels in Yemen", "troops in
// Mali" (data/events/placed_roles.txt).
const std::unordered_map<std::string, std::string>& placed_words() {
  static const auto words = word_table("events/placed_roles.txt");
  return words;
}

// One or a few private people named by where they come from ("a Texas man", "two Ohio
// teenagers"): civilians of that place's country (data/events/person_nouns.txt).
const std::unordered_map<std::string, std::string>& person_nouns() {
  static const auto words = word_table("events/person_nouns.txt");
  return words;
}

// A mention that names a place: a country, its capital or a city. People,
// governments and organisations say who else is involved, not where.
bool names_place(const ActorMention& m) {
  return !m.country.empty() && (m.kind == MentionKind::Country || m.kind == MentionKind::Location);
}

// Tokens after a group's noun that its own phrase may reach ("doctors from two
// American aid groups").
constexpr uint32_t kNearPhrase = 5;

// The country of the place named nearest before token i in its sentence
// ("in Hong Kong, police ... students" -> HKG), else the nearest after it
// ("police ... in Kampala"), else "". A country's adjective before a noun
// further on says whose that noun is, not where the group is ("officials ...
// toured a fort built by American engineers"). With `any_actor`, any mention
// with a country counts. Places after the noun count only before token `reach`.
std::string nearest_country(const Document& doc, std::span<const int32_t> in_sentence, uint32_t i, bool any_actor,
                            uint32_t reach) {
  const auto& a = *doc.lang;
  const ActorMention* before = nullptr;
  const ActorMention* after = nullptr;
  for (int32_t mi : in_sentence) {
    const auto& m = doc.actors[size_t(mi)];
    if (m.country.empty() || m.kind == MentionKind::Group || (!any_actor && !names_place(m))) continue;
    bool attributive = !any_actor && m.last_token < a.tokens.size() && lang::is_adj(a.tokens[m.last_token - 1].tag) &&
                       lang::is_noun(a.tokens[m.last_token].tag);
    if (attributive && m.first_token > i + kNearPhrase) continue;
    if (m.last_token <= i && (!before || m.last_token > before->last_token)) before = &m;
    if (m.first_token > i && m.first_token < reach && (!after || m.first_token < after->first_token)) after = &m;
  }
  return before ? before->country : after ? after->country : "";
}

// The mention of a place or country named right before token i ("a Texas man", "a Syrian
// man"), else -1.
int32_t place_right_before(const Document& doc, std::span<const int32_t> in_sentence, uint32_t i) {
  for (int32_t mi : in_sentence)
    if (const auto& m = doc.actors[size_t(mi)]; m.last_token == i && names_place(m)) return mi;
  return -1;
}

// The mention of group `role` (agent `agent`) of country `here` over tokens [i, i + len).
ActorMention group_mention(const lang::Annotation& a, uint32_t i, uint32_t len, const std::string& here,
                           const std::string& role, const std::string& agent) {
  ActorMention m;
  m.first_token = i;
  m.last_token = i + len;
  m.start = a.tokens[i].span.start;
  m.end = a.tokens[i + len - 1].span.end;
  m.code = here + agent;
  m.country = here;
  m.kind = MentionKind::Group;
  m.role = role;
  m.name = role + " (" + here + ")";
  return m;
}

// "a Texas man", "a Syrian woman": a person noun at token i right after a place or a country's
// adjective names civilians of its country. A place stays a place beside its people (the person
// is appended to `added`); a country's adjective becomes part of their name ("a Syrian man":
// SYRCVL, not Syria and a man), its mention rewritten. Whether token i was such a person.
bool person_from_place(Document& doc, std::span<const int32_t> in_sentence, uint32_t i,
                       std::vector<ActorMention>& added) {
  const auto& a = *doc.lang;
  const int32_t from = place_right_before(doc, in_sentence, i);
  if (from < 0) return false;
  auto p = person_nouns().find(base::lower_ascii(a.tokens[i].form));
  if (p == person_nouns().end()) return false;
  auto& place = doc.actors[size_t(from)];
  auto m = group_mention(a, i, 1, place.country, p->first, p->second);
  if (place.kind != MentionKind::Country) {
    added.push_back(std::move(m));
    return true;
  }
  m.first_token = place.first_token;
  m.start = place.start;
  place = std::move(m);
  return true;
}

// How far after a group's noun at token i a place may say where the group is. A group named
// after a verb (an object: "urged lawmakers to ...") ends its reach at the next verb, whose
// clause's places are that act's setting ("not to forget the war in Ukraine"); a group named
// before any verb is the subject, and the places of its act are its own ("police ... fired
// at protesters in Kampala"): the sentence's end.
uint32_t place_reach(const lang::Annotation& a, const lang::Sentence& s, uint32_t i) {
  auto verb = [&](uint32_t k) { return lang::is_verb(a.tokens[k].tag) || a.tokens[k].tag == lang::Tag::MD; };
  bool object = false;
  for (uint32_t k = s.first; k < i && !object; ++k) object = verb(k);
  if (!object) return s.last;
  for (uint32_t k = i + 1; k < s.last; ++k)
    if (verb(k)) return k;
  return s.last;
}

// "rebels in eastern Congo": the country of the place named within three words after
// the "in" at token `in`, else "".
std::string placed_country(const Document& doc, std::span<const int32_t> in_sentence, uint32_t in) {
  for (int32_t mi : in_sentence) {
    const auto& m = doc.actors[size_t(mi)];
    if (names_place(m) && m.first_token > in && m.first_token <= in + 3) return m.country;
  }
  return "";
}

// The country of the dateline's place ("HANOI, Vietnam" -> VNM,
// "WASHINGTON" -> USA): the last dictionary place, capital or country in
// it, its words read in title case as the dictionary writes them; else "".
std::string dateline_country(const Document& doc) {
  if (!doc.meta.dateline || doc.meta.dateline->empty()) return "";
  std::string line = *doc.meta.dateline;
  std::replace(line.begin(), line.end(), ',', ' ');
  std::vector<std::string> words;
  for (std::string_view w : base::split_spaces(line)) words.push_back(w.front() + base::lower_ascii(w.substr(1)));
  std::vector<std::string_view> toks(words.begin(), words.end());
  const auto& dict = actors::Dictionary::get();
  std::string found;
  for (size_t i = 0; i < toks.size(); ++i) {
    actors::Match m = dict.longest(toks, i);
    for (uint32_t e : m.entries) {
      const auto& entry = dict.entries()[e];
      bool place = entry.type == actors::EntryType::Country || entry.type == actors::EntryType::Capital ||
                   entry.type == actors::EntryType::Place || entry.type == actors::EntryType::Seat;
      std::string c = entry.type == actors::EntryType::Country && entry.country.empty() ? entry.code : entry.country;
      if (place && !c.empty()) found = c;
    }
    if (m.length > 1) i += m.length - 1;
  }
  return found;
}

// "both countries", "the two sides", "both sides", "the two countries" at token i: its length, else 0.
uint32_t pair_phrase(const lang::Annotation& a, uint32_t i, uint32_t end) {
  auto lw = [&](uint32_t k) { return base::lower_ascii(a.tokens[k].form); };
  uint32_t k = i;
  if (lw(k) == "both") ++k;
  else if (lw(k) == "the" && k + 1 < end && lw(k + 1) == "two") k += 2;
  else return 0;
  if (k >= end) return 0;
  std::string n = lw(k);
  if (n == "countries" || n == "sides" || n == "nations" || n == "governments") return k + 1 - i;
  return 0;
}

// "X and Y urged both sides to ...": a pair phrase that is the object of a clause whose subject
// names both countries is not those countries (an object does not refer back to its own clause's
// subject); the sides are others the text has not named.
bool object_of_its_pair(const Document& doc, const SentenceIndex& index, size_t si, uint32_t i,
                        const std::vector<std::string>& pair) {
  const lang::Annotation& a = *doc.lang;
  for (uint32_t ci : index.clauses[si]) {
    const lang::Clause& cl = a.clauses[ci];
    if (cl.object < 0 || cl.subject < 0) continue;
    const lang::NounPhrase& obj = a.noun_phrases[size_t(cl.object)];
    const lang::NounPhrase& subj = a.noun_phrases[size_t(cl.subject)];
    if (i < obj.first || i >= obj.last) continue;
    // The subject with its conjuncts: from its first token to the verb ("X and Y urged").
    const uint32_t subj_end = std::max(subj.last, a.verb_groups[cl.verb].first);
    size_t named = 0;
    for (const auto& code : pair)
      for (int32_t mi : index.mentions[si])
        if (const auto& m = doc.actors[size_t(mi)]; m.code == code && m.first_token >= subj.first && m.last_token <= subj_end) {
          ++named;
          break;
        }
    if (named == pair.size()) return true;
  }
  return false;
}

}  // namespace

std::string main_country(const Document& doc) {
  std::map<std::string, int> n;
  for (const auto& m : doc.actors)
    if (!m.country.empty()) ++n[m.country];
  // A tie goes to the dateline's country (where the story is told from).
  const std::string dateline = dateline_country(doc);
  std::string best;
  int most = 0;
  for (const auto& [c, k] : n)
    if (k > most || (k == most && c == dateline)) most = k, best = c;
  return best;
}

void add_group_actors(Document& doc) {
  if (!doc.lang) return;
  const auto& a = *doc.lang;
  const auto& words = group_words();
  std::vector<char> covered = tokens_covered(a, doc.actors);
  const std::string doc_country = main_country(doc);
  const std::string place_country = dateline_country(doc);
  const SentenceIndex index(a, doc.actors);  // the mentions of each sentence
  std::vector<ActorMention> added;
  std::vector<std::string> last_two;  // the two countries last named (codes of country-level mentions)
  size_t next_mention = 0;
  std::vector<size_t> order(doc.actors.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return doc.actors[x].first_token < doc.actors[y].first_token; });
  for (const auto& s : a.sentences) {
    for (uint32_t i = s.first; i < s.last; ++i) {
      // The countries named so far (in text order), for "both countries".
      while (next_mention < order.size() && doc.actors[order[next_mention]].first_token < i) {
        const auto& m = doc.actors[order[next_mention++]];
        if (m.code.size() != 3 || m.country != m.code) continue;
        if (!last_two.empty() && last_two.back() == m.code) continue;
        last_two.push_back(m.code);
        if (last_two.size() > 2) last_two.erase(last_two.begin());
      }
      if (covered[i]) continue;
      if (uint32_t len = pair_phrase(a, i, s.last); len > 0) {
        const size_t si = size_t(&s - a.sentences.data());
        if (last_two.size() == 2 && last_two[0] != last_two[1] && !object_of_its_pair(doc, index, si, i, last_two)) {
          for (const auto& code : last_two) {
            ActorMention m;
            m.first_token = i;
            m.last_token = i + len;
            m.start = a.tokens[i].span.start;
            m.end = a.tokens[i + len - 1].span.end;
            m.code = code;
            m.country = code;
            m.kind = MentionKind::Country;
            m.name = code;
            added.push_back(std::move(m));
          }
        }
        i += len - 1;
        continue;
      }
      if (!lang::is_noun(a.tokens[i].tag)) continue;
      const auto in_sentence = index.mentions[size_t(&s - a.sentences.data())];
      if (person_from_place(doc, in_sentence, i, added)) continue;
      // Where they act: a place the sentence names within the group's reach, the dateline's
      // place, the nearest actor's country, a place named further on in the sentence, the
      // country the text is most about.
      const uint32_t reach = place_reach(a, s, i);
      std::string here = nearest_country(doc, in_sentence, i, false, reach);
      if (here.empty()) here = place_country;
      if (here.empty()) here = nearest_country(doc, in_sentence, i, true, reach);
      if (here.empty()) here = nearest_country(doc, in_sentence, i, false, s.last);
      if (here.empty()) here = doc_country;
      if (here.empty()) continue;
      // Two-word role first ("riot police").
      std::string w = base::lower_ascii(a.tokens[i].form);
      uint32_t len = 1;
      auto it = words.end();
      if (i + 1 < s.last && !covered[i + 1]) {
        it = words.find(w + " " + base::lower_ascii(a.tokens[i + 1].form));
        if (it != words.end()) len = 2;
      }
      if (it == words.end()) it = words.find(w);
      // "Turkey said civilians in Syria ...": a place right after "in" says where the group is,
      // before any place named earlier in the sentence.
      if (it != words.end() && i + len + 1 < s.last && base::lower_ascii(a.tokens[i + len].form) == "in")
        if (std::string placed = placed_country(doc, in_sentence, i + len); !placed.empty()) here = placed;
      if (it == words.end()) {
        // "troops in Mali": only the place after the word says whose they are.
        it = placed_words().find(w);
        if (it == placed_words().end() || i + 1 >= s.last || base::lower_ascii(a.tokens[i + 1].form) != "in") continue;
        here = placed_country(doc, in_sentence, i + 1);
        if (here.empty()) continue;
      }
      // "police brutality", "student union": a modifier of another noun is no actor.
      if (i + len < s.last && lang::is_noun(a.tokens[i + len].tag)) continue;
      added.push_back(group_mention(a, i, len, here, it->first, it->second));
      i += len - 1;
    }
  }
  for (auto& m : added) doc.actors.push_back(std::move(m));
}

std::vector<std::pair<std::string, std::string>> read_agent_words(const std::string& rel) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& line : base::load_word_list(rel)) {
    std::string agent;
    for (auto& field : base::bar_fields(line)) {
      if (field.empty()) continue;
      if (agent.empty()) agent = field;
      else out.emplace_back(std::move(field), agent);
    }
  }
  return out;
}

}  // namespace dyad::events
