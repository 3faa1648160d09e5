// The event coder's last phases (see coder_phases.h): the source -> target
// code pairs, a reported obligation reframed as the speaker's demand, and
// the events themselves.
#include "events/coder_phases.h"

#include <algorithm>
#include <unordered_set>

#include "base/text.h"
#include "events/nominal_events.h"

#include "lang/resources.h"

namespace dyad::events::coder {

using lang::Tag;

bool force_root(const std::string& code) {
  return code.size() >= 2 && ((code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0'));
}

namespace {

// "Johnson and Corbyn attacked each other's policies", "met with one another":
// a reciprocal pronoun right after the verb (past a preposition) makes the
// joined subjects each other's targets, whatever the act.
bool reciprocal_object(const Ctx& c, uint32_t vlast, uint32_t scope_end) {
  for (uint32_t k = vlast; k + 1 < scope_end && k < vlast + 3; ++k) {
    const std::string& w = c.up(k);
    const std::string& n = c.up(k + 1);
    if ((w == "EACH" && n == "OTHER") || (w == "ONE" && n == "ANOTHER")) return true;
    if (c.a.tokens[k].tag != Tag::IN && c.a.tokens[k].tag != Tag::TO) return false;
  }
  return false;
}

// "Russia and Ukraine clashed", "India and Pakistan exchanged prisoners": a
// reciprocal or exchange verb (data/events/) acts between its joined subjects.
bool symmetric_verb(const Ctx& c, const Site& v) {
  static const std::unordered_set<std::string> exchange = base::load_word_set("events/exchange_verbs.txt");
  const std::string& lemma = c.a.tokens[v.i].lemma;
  return reciprocal_verb(lemma) || exchange.count(lemma) > 0;
}

// A weapon or projectile (data/events/weapons.txt): "fired a missile" is done with it.
bool weapon_noun(const std::string& lemma) {
  static const std::unordered_set<std::string> weapons = base::load_word_set("events/weapons.txt");
  return weapons.count(lemma) > 0;
}

// "Kurt Volker and Tim Morrison testified": people joined in one unit who
// share a code are still two actors, each with an event of their own. The
// mentions of `code` in unit `u`, one for each person; {-1} (no mention fixed
// here) when the unit holds fewer than two people of that code.
std::vector<int32_t> people_of(const Ctx& c, int u, const std::string& code) {
  std::vector<int32_t> out;
  std::vector<int> seen;
  if (u >= 0)
    for (int32_t m : c.units[size_t(u)].mentions) {
      const ActorMention& am = c.mentions[size_t(m)];
      if (am.code != code || am.kind != MentionKind::Person || am.entity < 0) continue;
      if (std::find(seen.begin(), seen.end(), am.entity) != seen.end()) continue;
      seen.push_back(am.entity);
      out.push_back(m);
    }
  if (out.size() < 2) out.assign(1, -1);
  return out;
}

// "X's leader agreed to restore relations between X and Y": the source's own bare country
// beside another target is no counterpart of it.
bool own_beside_other(const std::string& x, const std::string& y, const std::vector<std::string>& targets) {
  return targets.size() >= 2 && y.size() == 3 && x.size() > 3 && x.compare(0, 3, y) == 0;
}

}  // namespace

void actor_pairs(const Ctx& c, const CoderOptions& opt, Site& v) {
  const lang::Annotation& a = c.a;
  const auto& mentions = c.mentions;
  const lang::Sentence& s = c.a.sentences[c.si];
  const uint32_t vfirst = v.vfirst;
  const uint32_t vlast = v.vlast;
  const State& best_st = v.st;
  CodePair& code = v.code;
  uint32_t& scope_end = v.scope_end;
  std::string& pronoun_source = v.pronoun_source;
  std::string& place_source = v.place_source;
  int& src = v.src;
  int& tgt = v.tgt;
  std::string& place_target = v.place_target;
  auto& pairs = v.pairs;
  bool& forward_only = v.forward_only;
  const std::string& c1 = v.code.first;
  pairs.clear();
  if (best_st.comp >= 0) {
    auto cs = c.codes_of(best_st.comp);
    for (const auto& x : cs)
      for (const auto& y : cs)
        if (x != y) pairs.push_back({x, y});
  } else {
    auto ss = c.codes_of(src), ts = c.codes_of(tgt);
    if (ss.empty() && !place_source.empty()) ss.push_back(place_source);
    const bool by_pronoun = ss.empty() && src < 0 && !v.agent_unnamed && !pronoun_source.empty();
    if (by_pronoun) ss.push_back(pronoun_source);
    if (ss.empty() && src < 0 && !v.agent_unnamed && !v.speaker_source.empty()) ss.push_back(v.speaker_source);
    if (ts.empty() && !place_target.empty()) ts.push_back(place_target);
    if (ts.empty() && !v.pronoun_target.empty()) ts.push_back(v.pronoun_target);
    // "A roadside bombing near Samarra killed one U.S. soldier": violence
    // with no actor behind it is coded to the country it happens in.
    if (ss.empty() && opt.documents() && !ts.empty() && !v.mishap_subject && c1.size() >= 2 &&
        ((c1[0] == '1' && c1[1] == '8') || (c1[0] == '1' && c1[1] == '9') || (c1[0] == '2' && c1[1] == '0')))
      for (int32_t mi : c.sentence_mentions())
        if (const auto& m = mentions[size_t(mi)]; m.kind == MentionKind::Location && m.code.empty() && !m.country.empty() && m.first_token >= s.first &&
            m.last_token <= vfirst) {
          ss.push_back(m.country);
          break;
        }
    // Two different mentions of one code ("ethnic Albanians demonstrated in
    // Serbia" coded SRB twice) make a domestic event in documents.
    // Only for demands and conflict (roots 10-20), as below. A pronoun
    // subject stands for an actor of the previous sentence, another mention
    // than the object ("She accused Big Machine", both USA).
    bool domestic = opt.documents() && (src >= 0 || by_pronoun) && tgt >= 0 && src != tgt && ss.size() == 1 &&
                    ts.size() == 1 && c1.size() >= 2 && (c1[0] == '2' || c1[0] == '1');
    for (const auto& x : ss)
      for (const auto& y : ts)
        if ((x != y || domestic) && !own_beside_other(x, y, ts)) pairs.push_back({x, y});
  }
  forward_only = false;
  if (pairs.empty() && opt.documents() && best_st.comp < 0 && tgt < 0 && src >= 0) {
    auto ss = c.codes_of(src);
    const std::string& root = code.first;
    bool mutual = ss.size() >= 2 && ((root.size() >= 2 && root[0] == '0' && root[1] >= '3' && root[1] <= '6') ||
                                     reciprocal_object(c, vlast, scope_end) || symmetric_verb(c, v));
    // An object that names no actor ("Young Algerians blocked roads",
    // "arresting political opponents"): a domestic event, whose target is
    // the source's own country. A country cooperating with itself is no
    // event, though: "Spain signed an agreement", "Venezuela urged both
    // sides" name no counterpart (null target) unless the act is a demand or
    // conflict (roots 10-20: "Algerians blocked roads").
    bool conflictual = root.size() >= 2 && (root[0] == '2' || (root[0] == '1' && root[1] >= '0'));
    bool object = false;
    uint32_t head = vlast;  // the object's last noun
    for (uint32_t k = vlast; k < scope_end && k < vlast + 4 && !object; ++k) {
      if (lang::is_noun(a.tokens[k].tag)) {
        object = true;
        for (head = k; head + 1 < scope_end && lang::is_noun(a.tokens[head + 1].tag);) ++head;
      } else if (!(a.tokens[k].tag == Tag::DT || lang::is_adj(a.tokens[k].tag) || a.tokens[k].tag == Tag::CD ||
                 a.tokens[k].tag == Tag::PRPS || a.tokens[k].tag == Tag::RP))
        break;
    }
    // A public statement (root 01: "had no comment", "voiced optimism") is about its object, not
    // done to anyone: no domestic target; nor is a proposition ("disputed the claim", "voiced
    // the fear") a party.
    const bool statement = root.size() >= 2 && root[0] == '0' && root[1] == '1';
    const bool proposition =
        object && lang::Resources::get().content_nouns.count(base::lower_ascii(a.tokens[head].lemma)) > 0;
    // Nor does a country disapprove of, reject or threaten itself (roots 11-13); and an act
    // named without its doer ("Russian officials condemned the attack") is no country's.
    const bool verbal = root.size() >= 2 && root[0] == '1' && root[1] >= '1' && root[1] <= '3';
    const bool act = object && names_an_act(base::lower_ascii(a.tokens[head].lemma));
    forward_only = !mutual;
    for (const auto& x : ss) {
      if (!mutual) {
        std::string home;  // a weapon's target is only a place it reaches
        if (object && !weapon_noun(base::lower_ascii(a.tokens[head].lemma)))
          for (int32_t m : c.units[size_t(src)].mentions)
            if (mentions[size_t(m)].code == x) { home = mentions[size_t(m)].country; break; }
        // "opened an embassy in Tehran": a place of another country within
        // the verb's reach is the target rather than the source's own.
        if (object)
          for (int32_t mi : c.sentence_mentions())
            if (const auto& m = mentions[size_t(mi)]; m.kind == MentionKind::Location && m.code.empty() && !m.country.empty() && m.country != home &&
                m.first_token >= vlast && m.last_token <= scope_end) {
              home = m.country;
              break;
            }
        if ((home == x && (!conflictual || verbal)) || statement || proposition || (verbal && act)) home.clear();
        pairs.push_back({x, home});
        continue;
      }
      for (const auto& y : ss)
        if (x != y) pairs.push_back({x, y});
    }
  }
  // "Morrison took over", "moving into the race", "an opening to attack":
  // force (roots 18-20: assault, fight, mass violence) names its victim or
  // its place; with neither the verb is used figuratively (documents).
  if (opt.documents() && force_root(c1))
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(), [](const auto& p) { return p.second.empty(); }),
                pairs.end());
}

void reported_demand(const Ctx& c, Site& v) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = c.a.sentences[c.si];
  const uint32_t vfirst = v.vfirst;
  const Pattern*& best = v.best;
  CodePair& code = v.code;
  int& src = v.src;
  auto& pairs = v.pairs;
  // "Mubarak said the US must be ready to mediate": what an actor must do,
  // reported by a speaker, is the speaker's demand (100) on that actor, not
  // a done act.
  if (!pairs.empty() && src >= 0) {
    uint32_t k = vfirst;
    while (k > s.first && (lang::is_adv(a.tokens[k - 1].tag) || is_be(c.up(k - 1)) || c.up(k - 1) == "BE")) --k;
    if (k > s.first && c.up(k - 1) == "MUST") {
      int speaker = -1;
      const auto& sv = lang::Resources::get().speech_verbs;
      for (uint32_t q = c.units[size_t(src)].first; q-- > s.first;) {
        if (!lang::is_verb(a.tokens[q].tag) || !sv.count(a.tokens[q].lemma)) continue;
        for (size_t u = 0; u < c.units.size(); ++u)
          if (c.units[u].last <= q) speaker = int(u);
        break;
      }
      if (speaker >= 0 && speaker != src) {
        pairs.clear();
        for (const auto& x : c.codes_of(speaker))
          for (const auto& y : c.codes_of(src))
            if (x != y) pairs.push_back({x, y});
        code = CodePair{"100", "---"};
        best = nullptr;
      }
    }
  }
}

namespace {

// The second code of a two-way pattern ("exchanged prisoners" [0841:0841]) is
// the target's act back on the source. Only a party to the exchange does it:
// the target named after "with" ("swapped prisoners with Ukraine") or joined
// to the source (no target unit), not the country of what was exchanged
// ("swapped two Western hostages"). Unit records (PETRARCH's) keep its
// convention: the second code is the target's, whatever the target.
bool target_answers(const Ctx& c, const Site& v) {
  if (!c.documents || v.tgt < 0) return true;
  uint32_t k = c.units[size_t(v.tgt)].first;  // past "his", "the", "two" before the party
  while (k > c.sb && (c.a.tokens[k - 1].tag == Tag::DT || c.a.tokens[k - 1].tag == Tag::PRPS ||
                      c.a.tokens[k - 1].tag == Tag::CD))
    --k;
  return k > c.sb && c.up(k - 1) == "WITH";
}

}  // namespace

void emit_events(const Ctx& c, const Site& v, size_t first_event, std::vector<Event>& out) {
  const lang::Annotation& a = c.a;
  const lang::Sentence& s = c.a.sentences[c.si];
  const uint32_t si = c.si;
  const uint32_t vfirst = v.vfirst;
  const uint32_t vlast = v.vlast;
  const Pattern* best = v.best;
  const CodePair& code = v.code;
  const VerbBlock* block = v.block;
  const auto& pairs = v.pairs;
  const bool& forward_only = v.forward_only;
  const int directions = forward_only || !target_answers(c, v) ? 1 : 2;
  for (const auto& [x, y] : pairs) {
    for (int dir = 0; dir < directions; ++dir) {
      const std::string& cd = dir == 0 ? code.first : code.second;
      // Only CAMEO codes (digits, a dictionary's letter variant "174K"); placeholders
      // ("---", "+++", "025?") code nothing.
      if (!cameo_code(cd)) continue;
      const int su = v.st.comp >= 0 ? -1 : dir == 0 ? v.src : v.tgt;
      const int tu = v.st.comp >= 0 ? -1 : dir == 0 ? v.tgt : v.src;
      const std::string& sc = dir == 0 ? x : y;
      const std::string& tc = dir == 0 ? y : x;
      for (int32_t sm : people_of(c, su, sc))
        for (int32_t tm : people_of(c, tu, tc)) {
          Event e;
          e.span = s.span;
          e.sentence = si;
          e.source = sc;
          e.target = tc;
          e.source_mention = sm;
          e.target_mention = tm;
          e.code = cd;
          e.verb = {a.tokens[vfirst].span.start, a.tokens[vlast - 1].span.end};
          e.pattern = best ? best->text : block->name;
          bool dup = false;
          for (size_t k = first_event; k < out.size() && !dup; ++k)
            dup = out[k].source == e.source && out[k].target == e.target && out[k].code == e.code &&
                  out[k].source_mention == sm && out[k].target_mention == tm;
          if (!dup) out.push_back(std::move(e));
        }
    }
  }
}

}  // namespace dyad::events::coder
