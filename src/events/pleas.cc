// Pleas are addressed to the court (see pleas.h).
#include "events/pleas.h"

#include <string>
#include <unordered_set>

#include "base/text.h"
#include "events/coder.h"
#include "events/modality.h"
#include "lang/annotation.h"

namespace dyad::events {

namespace {

bool judicial(const std::string& code) { return code.size() >= 6 && code.compare(3, 3, "JUD") == 0; }

bool plea(const Document& doc, const Event& e) {
  static const std::unordered_set<std::string> verbs = base::load_word_set("events/court_verbs.txt");
  if (e.code != "015" && e.code != "016") return false;
  const int32_t vg = verb_group_at(*doc.lang, e.sentence, e.verb.start);
  return vg >= 0 && verbs.count(doc.lang->tokens[doc.lang->verb_groups[size_t(vg)].head].lemma) > 0;
}

// The country of the event's source: its mention's country, else the source
// code when that is a bare country ("USA" for a pronoun); "" for a group of
// no country.
std::string source_country(const Document& doc, const Event& e) {
  if (e.source_mention >= 0) return doc.actors[size_t(e.source_mention)].country;
  return e.source.size() == 3 ? e.source : std::string();
}

// The court of `e`'s sentence: a judiciary mention (its index), else -1 and
// `country` set to the country of the first place named after the verb.
int32_t court_in_sentence(const Document& doc, const SentenceIndex& index, const Event& e, std::string& country) {
  country.clear();
  for (int32_t mi : index.mentions[e.sentence]) {
    const auto& m = doc.actors[size_t(mi)];
    if (judicial(m.code)) return mi;
    if (country.empty() && m.kind == MentionKind::Location && m.code.empty() && !m.country.empty() &&
        m.start >= e.verb.end)
      country = m.country;
  }
  return -1;
}

}  // namespace

void direct_pleas_to_court(Document& doc) {
  if (!doc.lang) return;
  const SentenceIndex index(*doc.lang, doc.actors);
  for (auto& e : doc.events) {
    if (e.sentence >= doc.lang->sentences.size() || !plea(doc, e)) continue;
    std::string country;
    const int32_t court = court_in_sentence(doc, index, e, country);
    if (court >= 0) {
      e.target = doc.actors[size_t(court)].code;
      e.target_mention = court;
      continue;
    }
    if (country.empty()) country = source_country(doc, e);
    e.target = country.empty() ? std::string() : country + "JUD";
    e.target_mention = -1;
  }
}

}  // namespace dyad::events
