// People made codable for the event coder (see person_actors.h).
#include "events/person_actors.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

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

bool agent_code(const std::string& s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// The agent of a person's role: a code the recogniser kept ("GOV"), or the
// last word of a role phrase ("special envoy" -> GOV); "" when none.
std::string role_agent(const std::string& role) {
  if (agent_code(role)) return role;
  size_t sp = role.rfind(' ');
  std::string last = base::lower_ascii(sp == std::string::npos ? role : role.substr(sp + 1));
  auto it = role_words().find(last);
  return it != role_words().end() && agent_code(it->second) ? it->second : "";
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

}  // namespace

void code_people(Document& doc) {
  if (!doc.lang) return;
  const auto& a = *doc.lang;
  const std::string home = main_country(doc);
  // Titled people of no known country act for the country the text is about.
  std::unordered_map<int, std::string> entity_code;
  for (auto& m : doc.actors) {
    if (m.kind != MentionKind::Person || !m.code.empty() || home.empty()) continue;
    std::string agent = role_agent(m.role);
    if (agent.empty()) continue;
    m.country = home;
    m.code = home + agent;
    if (m.entity >= 0) entity_code[m.entity] = m.code;
  }
  for (auto& m : doc.actors)
    if (m.kind == MentionKind::Person && m.code.empty() && m.entity >= 0 && entity_code.count(m.entity)) {
      m.code = entity_code[m.entity];
      m.country = home;
    }
  // Names inside coded role phrases, and their surnames later on.
  std::vector<char> covered(a.tokens.size(), 0);
  for (const auto& m : doc.actors)
    for (uint32_t k = m.first_token; k < m.last_token && k < covered.size(); ++k) covered[k] = 1;
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
  if (by_surname.empty()) return;
  for (uint32_t t = 0; t < a.tokens.size(); ++t) {
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
}

}  // namespace dyad::events
