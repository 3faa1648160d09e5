// People made codable for the event coder (see person_actors.h).
#include "events/person_actors.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "events/coder.h"
#include "events/group_actors.h"
#include "base/text.h"
#include "lang/annotation.h"

namespace dyad::events {

namespace {

// Lower-case role and title words -> agent code (data/actors/roles.txt and
// titles.txt; "-" for titles that say nothing of an office).
const std::unordered_map<std::string, std::string>& role_words() {
  static const std::unordered_map<std::string, std::string> words = [] {
    std::unordered_map<std::string, std::string> out;
    for (const char* file : {"actors/roles.txt", "actors/titles.txt"})
      for (const auto& [word, agent] : read_agent_words(file))
        out.emplace(base::lower_ascii(word), base::upper_ascii(agent));
    return out;
  }();
  return words;
}

// data/actors/chambers.txt: a legislator's title -> the house-style country
// and the countries that have such a chamber.
struct Chamber {
  std::string house_country;
  std::unordered_set<std::string> countries;
};
const std::unordered_map<std::string, Chamber>& chambers() {
  static const std::unordered_map<std::string, Chamber> m = [] {
    std::unordered_map<std::string, Chamber> r;
    for (const auto& line : base::load_word_list("actors/chambers.txt")) {
      auto f = base::bar_fields(line);
      if (f.size() != 3) continue;
      Chamber ch{.house_country = f[1], .countries = {}};
      for (std::string_view c : base::split_spaces(f[2])) ch.countries.emplace(c);
      r.emplace(f[0], std::move(ch));
    }
    return r;
  }();
  return m;
}

// "The late Sen. X was shot down over Hanoi": a legislator's title that opens
// mention `m` names a chamber; when the story's country `home` has none, the
// title is the house style's (a US senator). `home` otherwise.
std::string chamber_country(const lang::Annotation& a, const ActorMention& m, const std::string& home) {
  if (m.first_token >= a.tokens.size()) return home;
  const auto it = chambers().find(a.tokens[m.first_token].form);
  if (it == chambers().end() || it->second.countries.count(home)) return home;
  return it->second.house_country;
}

bool agent_code(const std::string& s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// The agent of a person's role: a code the recogniser kept ("GOV"), the
// longest ending of the role phrase that is a role of its own ("chief
// strategy officer" -> BUS before "officer" -> MIL), else its last word
// ("special envoy" -> GOV); "" when none.
std::string role_agent(const std::string& role) {
  if (agent_code(role)) return role;
  const std::string low = base::lower_ascii(role);
  for (size_t from = 0; from != std::string::npos;) {
    auto it = role_words().find(low.substr(from));
    if (it != role_words().end()) return agent_code(it->second) ? it->second : "";
    size_t sp = low.find(' ', from);
    from = sp == std::string::npos ? sp : sp + 1;
  }
  return "";
}

// "U.S. Defense Secretary Mark Esper": the first token of the personal name
// that ends a coded role phrase (after its last role or title word), or
// m.last_token when the phrase ends with no such name. A phrase that ends on
// its role word takes the proper nouns right after it as the name
// (`covered`: tokens of other mentions).
uint32_t name_start(const lang::Annotation& a, ActorMention& m, const std::vector<char>& covered,
                    uint32_t sentence_end) {
  uint32_t after_role = m.first_token;
  bool role = false;
  for (uint32_t k = m.first_token; k < m.last_token; ++k)
    if (role_words().count(base::lower_ascii(a.tokens[k].form))) after_role = k + 1, role = true;
  if (!role) return m.last_token;
  if (after_role == m.last_token) {
    uint32_t e = m.last_token;
    while (e < sentence_end && !covered[e] && a.tokens[e].tag == lang::Tag::NNP) ++e;
    if (e == m.last_token || e - m.last_token > 3) return m.last_token;
    m.last_token = e;
    m.end = a.tokens[e - 1].span.end;
  }
  for (uint32_t k = after_role; k < m.last_token; ++k)
    if (a.tokens[k].tag != lang::Tag::NNP) return m.last_token;
  return after_role;
}

// Names no title codes act for the document's country (the default;
// DYAD_NAMED_PEOPLE=off leaves them uncoded). Measured on ScrapingHub once
// a named person acting on no one gives no event (stage.cc): recall up on
// both folds, precision up on A and flat on B.
bool named_people_home() {
  static const bool on = [] {
    const char* v = std::getenv("DYAD_NAMED_PEOPLE");
    if (v != nullptr) return std::string(v) == "home";
    return true;
  }();
  return on;
}

// True when a name of the name finder may be a person or organisation acting
// in the text: PER and ORG names, and any name that repeats the last word of
// an earlier person's name ("Patrick Carlineo Jr." ... "Carlineo").
bool actor_name(const lang::Annotation& a, const lang::Name& n, const std::unordered_set<std::string>& surnames) {
  if (n.last == n.first + 1) return surnames.count(a.tokens[n.first].form) > 0;
  return n.type == lang::NameType::Person;
}

// People and organisations known only by name ("Taylor Swift said", "Big
// Machine refused"): the name finder finds them, no dictionary codes them.
// They act for the country the document is about, its role unknown: the bare
// country code (`home`). Uncoded person mentions get the same code.
void code_named_people(Document& doc, const std::string& home) {
  const auto& a = *doc.lang;
  const bool home_people = !home.empty() && named_people_home();
  std::vector<int> title_end(a.tokens.size() + 1, -1);  // token -> coded mention ending right before it
  for (size_t mi = 0; mi < doc.actors.size(); ++mi)
    if (const auto& m = doc.actors[mi]; !m.code.empty() && m.last_token <= a.tokens.size() && m.kind != MentionKind::Person)
      title_end[m.last_token] = int(mi);
  // "Palestinian chief negotiator Saeb Erekat": a name right after a coded
  // title phrase is the person the phrase describes, with its code.
  // "Russia's ambassador to Britain Andrei Kelin": a country after "to" is where the post looks,
  // the phrase before "to" ("Russia's ambassador") is the one that codes the person.
  auto title_before = [&](uint32_t first) -> int {
    if (first >= title_end.size() || title_end[first] < 0) return -1;
    int ti = title_end[first];
    const auto& t = doc.actors[size_t(ti)];
    if (t.kind != MentionKind::Country && t.kind != MentionKind::Location) return ti;
    uint32_t q = t.first_token;
    if (q > 0 && base::lower_ascii(a.tokens[q - 1].form) == "the") --q;
    if (q == 0 || base::lower_ascii(a.tokens[q - 1].form) != "to") return ti;
    return title_end[q - 1];
  };
  auto code_as = [&](ActorMention& m) {
    if (home_people) m.code = m.country = home;
    if (int ti = title_before(m.first_token); ti >= 0) {
      const auto& t = doc.actors[size_t(ti)];
      m.code = t.code;
      m.country = t.country;
    }
  };
  for (auto& m : doc.actors)
    if (m.kind == MentionKind::Person && m.code.empty() && m.country.empty()) code_as(m);
  std::vector<char> covered = tokens_covered(a, doc.actors);
  std::unordered_set<std::string> surnames;
  std::unordered_map<std::string, ActorMention> full_names;  // surname -> the full name's mention
  std::vector<ActorMention> added;
  // A name met once is a passing reference; the story's actors recur.
  std::unordered_map<std::string, int> times;
  for (const auto& n : a.names)
    if (n.last > n.first && n.last <= a.tokens.size()) ++times[a.tokens[n.last - 1].form];
  for (const auto& n : a.names) {
    if (n.last > n.first && n.last <= a.tokens.size() && times[a.tokens[n.last - 1].form] < 2) continue;
    if (n.last <= n.first || n.last > a.tokens.size() || a.tokens[n.last - 1].tag != lang::Tag::NNP) continue;
    bool free = true;
    for (uint32_t k = n.first; k < n.last && free; ++k) free = !covered[k];
    if (!free || !actor_name(a, n, surnames)) continue;
    ActorMention m;
    m.first_token = n.first;
    m.last_token = n.last;
    m.start = a.tokens[n.first].span.start;
    m.end = a.tokens[n.last - 1].span.end;
    m.name = std::string(doc.text.substr(m.start, m.end - m.start));
    if (n.type == lang::NameType::Organisation) {
      m.kind = MentionKind::Other;
      m.kind_label = "organisation";
    } else {
      m.kind = MentionKind::Person;
    }
    code_as(m);
    if (m.code.empty()) continue;
    const std::string surname = a.tokens[n.last - 1].form;
    if (auto it = full_names.find(surname); n.last == n.first + 1 && it != full_names.end()) {
      m.name = it->second.name;  // the same person as the earlier full name
      m.code = it->second.code;
      m.country = it->second.country;
    } else if (n.type == lang::NameType::Person) {
      full_names[surname] = m;
    }
    surnames.insert(surname);
    for (uint32_t k = n.first; k < n.last; ++k) covered[k] = 1;
    added.push_back(std::move(m));
  }
  for (auto& m : added) doc.actors.push_back(std::move(m));
}


}  // namespace

void code_people(Document& doc) {
  if (!doc.lang) return;
  const auto& a = *doc.lang;
  const std::string home = main_country(doc);
  // Titled people of no known country act for the country the text is about,
  // unless their title names a chamber that country lacks (chamber_country).
  std::unordered_map<int, std::string> entity_code;
  for (auto& m : doc.actors) {
    if (m.kind != MentionKind::Person || !m.code.empty() || home.empty()) continue;
    std::string agent = role_agent(m.role);
    if (agent.empty()) continue;
    const std::string country = chamber_country(a, m, home);
    m.country = country;
    m.code = country + agent;
    if (m.entity >= 0) entity_code[m.entity] = m.code;
  }
  for (auto& m : doc.actors)
    if (m.kind == MentionKind::Person && m.code.empty() && m.entity >= 0 && entity_code.count(m.entity)) {
      m.code = entity_code[m.entity];
      m.country = m.code.substr(0, 3);
    }
  // Names inside coded role phrases, and their surnames later on.
  std::vector<char> covered = tokens_covered(a, doc.actors);
  std::unordered_map<std::string, size_t> by_surname;  // surname -> mention index
  std::vector<ActorMention> added;
  for (size_t mi = 0; mi < doc.actors.size(); ++mi) {
    auto& m = doc.actors[mi];
    if (m.kind == MentionKind::Person || m.code.empty() || m.last_token > a.tokens.size()) continue;
    auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), m.first_token,
                               [](uint32_t t, const lang::Sentence& sn) { return t < sn.first; });
    uint32_t send = it == a.sentences.begin() ? uint32_t(a.tokens.size()) : std::prev(it)->last;
    uint32_t old_last = m.last_token;
    uint32_t f = name_start(a, m, covered, send);
    if (f >= m.last_token) continue;
    for (uint32_t k = old_last; k < m.last_token; ++k) covered[k] = 1;
    m.kind = MentionKind::Person;
    m.name = std::string(doc.text.substr(a.tokens[f].span.start, a.tokens[m.last_token - 1].span.end - a.tokens[f].span.start));
    by_surname[a.tokens[m.last_token - 1].form] = mi;
  }
  for (uint32_t t = 0; t < a.tokens.size() && !by_surname.empty(); ++t) {
    if (covered[t] || a.tokens[t].tag != lang::Tag::NNP) continue;
    auto it = by_surname.find(a.tokens[t].form);
    if (it == by_surname.end() || doc.actors[it->second].first_token > t) continue;
    ActorMention m = doc.actors[it->second];
    m.first_token = t;
    m.last_token = t + 1;
    m.start = a.tokens[t].span.start;
    m.end = a.tokens[t].span.end;
    added.push_back(std::move(m));
  }
  for (auto& m : added) doc.actors.push_back(std::move(m));
  code_named_people(doc, home);
}

void code_quote_speakers(Document& doc) {
  for (auto& q : doc.quotes) {
    if (!q.speaker_actor.empty() || q.speaker.empty()) continue;
    // The quotation and its speaker's mention ("“...,” said X") come before `bound`.
    const int64_t bound = std::max<int64_t>(q.end, q.speaker_end);
    const ActorMention* latest = nullptr;
    for (const auto& m : doc.actors)
      if (m.kind == MentionKind::Person && !m.code.empty() && m.name == q.speaker && int64_t(m.start) < bound &&
          (!latest || m.start > latest->start))
        latest = &m;
    if (latest) q.speaker_actor = latest->code;
  }
}

}  // namespace dyad::events
