// The event coder's object pronouns (see coder_phases.h): "threatened to use
// live ammunition on them", "accused him of lying", "invaded the country": a
// verb whose reach names no target but holds an object pronoun or "the
// country" takes the actor it refers to (documents only).
#include <algorithm>

#include "events/coder_phases.h"

namespace dyad::events::coder {

using lang::Tag;

namespace {

// A mention fits "him"/"her" (one person, or one office holder) or "them"
// (anyone else: groups, organisations, countries' people).
bool fits(const Ctx& c, const ActorMention& m, bool person) {
  Tag head = c.a.tokens[m.last_token - 1].tag;
  bool one_person = m.kind == MentionKind::Person || (!m.role.empty() && head == Tag::NN);
  return person ? one_person : !one_person;
}

// The code of the last mention of this sentence before the verb that `takes`,
// else of the sentence before; "" when none.
template <class Takes>
std::string last_before(const Ctx& c, const Site& v, Takes takes) {
  auto in = [&](uint32_t k, uint32_t before) {
    std::string found;
    uint32_t at = 0;
    for (int32_t mi : c.mentions_in(k)) {
      const auto& m = c.mentions[size_t(mi)];
      if (m.code.empty() || m.last_token > before || m.last_token < at || !takes(m)) continue;
      found = m.code;
      at = m.last_token;
    }
    return found;
  };
  std::string found = in(c.si, v.vfirst);
  if (found.empty() && c.si > 0) found = in(c.si - 1, c.sb);
  return found;
}

// "the country", "the nation" (not "the country's leaders"): a definite
// description of a country named before.
bool the_country(const Ctx& c, uint32_t k, uint32_t end) {
  if (c.up(k) != "THE" || k + 1 >= end) return false;
  const std::string& n = c.up(k + 1);
  if (n != "COUNTRY" && n != "NATION") return false;
  return k + 2 >= c.se || (c.up(k + 2) != "'S" && c.up(k + 2) != "'" && c.a.tokens[k + 2].tag != Tag::NN &&
                           c.a.tokens[k + 2].tag != Tag::NNS);
}

}  // namespace

void pronoun_object(const Ctx& c, const CoderOptions& opt, Site& v) {
  v.pronoun_target.clear();
  if (!opt.documents() || v.tgt >= 0 || !v.place_target.empty() || (v.src < 0 && v.pronoun_source.empty())) return;
  const lang::Annotation& a = c.a;
  for (uint32_t k = v.vlast; k < v.scope_end && k < v.vlast + 8; ++k) {
    if (c.unit_start[k - c.sb] >= 0) return;  // an actor comes first
    // A name, or another clause's verb ("demanding the FBI summon him"),
    // ends the verb's own phrase; an infinitive ("to use force on them") does not.
    if (a.tokens[k].tag == Tag::NNP || a.tokens[k].tag == Tag::NNPS) return;
    if (k > v.vlast && lang::is_verb(a.tokens[k].tag) && c.up(k - 1) != "TO") return;
    bool country = the_country(c, k, v.scope_end);
    const std::string& w = c.up(k);
    bool pronoun = a.tokens[k].tag == Tag::PRP && (w == "THEM" || w == "HIM" || w == "HER");
    if (!country && !pronoun) continue;
    std::vector<std::string> source = c.codes_of(v.src);
    if (!v.pronoun_source.empty()) source.push_back(v.pronoun_source);
    if (country) {  // never the source's own country ("Moscow ... the country")
      v.pronoun_target = last_before(c, v, [&](const ActorMention& m) {
        return m.code.size() == 3 && m.kind == MentionKind::Country &&
               std::none_of(source.begin(), source.end(), [&](const std::string& s) { return s.starts_with(m.code); });
      });
    } else {  // one that fits the pronoun, not the source's
      bool person = w != "THEM";
      v.pronoun_target = last_before(c, v, [&](const ActorMention& m) {
        return fits(c, m, person) && std::find(source.begin(), source.end(), m.code) == source.end();
      });
    }
    return;
  }
}

}  // namespace dyad::events::coder
