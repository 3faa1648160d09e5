// Threats: acts governed by "threaten" recoded as CAMEO threats (see threats.h).
#include "events/threats.h"

#include "events/cameo_table.h"

#include <sstream>
#include <unordered_map>

#include "base/text.h"
#include "events/modality.h"

namespace dyad::events {

namespace {

const std::unordered_map<std::string, std::string>& threat_table() {
  static const auto table = [] {
    std::unordered_map<std::string, std::string> t;
    for (const auto& line : base::load_word_list("events/threats.txt")) {
      std::istringstream in(line);
      std::string act, threat;
      if (in >> act >> threat) t[act] = threat;
    }
    return t;
  }();
  return table;
}

bool threatens(const lang::Annotation& a, int32_t vg) {
  return vg >= 0 && a.tokens[a.verb_groups[static_cast<size_t>(vg)].head].lemma == "threaten";
}

// The default code of the verb of group `vg` in `verbs` ("" when it has none).
std::string act_code(const lang::Annotation& a, uint32_t vg, const VerbDictionary& verbs) {
  return verbs.word_code(base::upper_ascii(a.tokens[a.verb_groups[vg].head].form));
}

// The infinitive that the "threaten" group `vg` governs ("to kill"), -1 when none.
int32_t threatened_act(const lang::Annotation& a, uint32_t vg) {
  uint32_t next = vg + 1;
  if (next >= a.verb_groups.size() || a.verb_groups[next].finite) return -1;
  return governing_group(a, next) == static_cast<int32_t>(vg) ? static_cast<int32_t>(next) : -1;
}

}  // namespace

std::string threat_code(const std::string& code) {
  const std::string* threat = by_code_prefix(threat_table(), code);
  return threat ? *threat : "130";
}

void code_threats(Document& doc, const VerbDictionary& verbs) {
  if (!doc.lang) return;
  const auto& a = *doc.lang;
  for (auto& e : doc.events) {
    int32_t vg = verb_group_at(a, e.sentence, e.verb.start);
    if (vg < 0) continue;
    if (e.code == "130" && threatens(a, vg)) {
      // "threatened to kill the envoys": the threat of the act the infinitive names.
      int32_t act = threatened_act(a, static_cast<uint32_t>(vg));
      std::string code = act >= 0 ? act_code(a, static_cast<uint32_t>(act), verbs) : "";
      if (!code.empty() && code.rfind("13", 0) != 0) e.code = threat_code(code);
      continue;
    }
    if (e.code.rfind("13", 0) == 0 || a.verb_groups[static_cast<size_t>(vg)].finite) continue;
    int32_t gov = governing_group(a, static_cast<uint32_t>(vg));
    if (!threatens(a, gov)) continue;
    e.code = threat_code(e.code);
    e.modality = modality_of(a, static_cast<uint32_t>(gov));
  }
}

}  // namespace dyad::events
