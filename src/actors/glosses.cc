// Bracketed glosses of a group's name (see glosses.h).
#include "actors/glosses.h"

#include <map>
#include <string>

namespace dyad::actors {

namespace {

bool group_like(const ActorMention& m) { return m.kind == MentionKind::Other && !m.code.empty(); }

bool token_is(const lang::Annotation& a, uint32_t k, lang::Tag t) { return k < a.tokens.size() && a.tokens[k].tag == t; }

}  // namespace

void apply_glosses(const lang::Annotation& a, std::vector<ActorMention>& ms) {
  std::map<std::string, std::pair<std::string, std::string>> to;  // glossed code -> (code, country)
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const ActorMention& named = ms[i];
    const ActorMention& inside = ms[i + 1];
    if (!group_like(named) || !group_like(inside) || named.code == inside.code) continue;
    if (inside.first_token != named.last_token + 1 || !token_is(a, named.last_token, lang::Tag::LRB) ||
        !token_is(a, inside.last_token, lang::Tag::RRB))
      continue;
    to.emplace(named.code, std::pair{inside.code, inside.country});
  }
  if (to.empty()) return;
  for (ActorMention& m : ms)
    if (auto it = to.find(m.code); it != to.end() && group_like(m)) {
      m.code = it->second.first;
      m.country = it->second.second;
    }
}

}  // namespace dyad::actors
