// Intentions (see intents.h): the governing word and the code table come from
// data/events/intents.txt.
#include "events/intents.h"

#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"
#include "events/cameo_table.h"
#include "events/modality.h"

namespace dyad::events {

namespace {

struct IntentTable {
  std::unordered_set<std::string> words;
  std::unordered_map<std::string, std::string> codes;  // act code prefix -> intent code
};

const IntentTable& table() {
  static const IntentTable t = [] {
    IntentTable out;
    for (const auto& line : base::load_word_list("events/intents.txt")) {
      std::istringstream in(line);
      std::string a, b;
      if (!(in >> a >> b)) continue;
      if (a == "word") out.words.insert(b);
      else out.codes[a] = b;
    }
    return out;
  }();
  return t;
}

}  // namespace

std::string intent_code(const std::string& code) {
  const std::string* intent = by_code_prefix(table().codes, code);
  return intent ? *intent : code;
}

void code_intents(Document& doc) {
  if (!doc.lang) return;
  const auto& a = *doc.lang;
  for (auto& e : doc.events) {
    if (e.modality == Modality::Negated || e.code.size() < 3 || e.code.starts_with("03")) continue;
    int32_t vg = verb_group_at(a, e.sentence, e.verb.start);
    if (vg < 0 || !table().words.count(infinitive_governor(a, static_cast<uint32_t>(vg)))) continue;
    e.code = intent_code(e.code);
    // The intent is expressed by its governor: "sought to talk" asserts the seeking, "said it
    // is ready to talk" reports the readiness.
    const int32_t gov = governing_group(a, static_cast<uint32_t>(vg));
    e.modality = gov >= 0 ? modality_of(a, static_cast<uint32_t>(gov)) : Modality::Asserted;
  }
}

}  // namespace dyad::events
