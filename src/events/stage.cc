// The events stage (see stage.h).
#include "events/stage.h"

#include <algorithm>
#include <cctype>

#include "lang/annotation.h"

#include "events/cameo_table.h"
#include "events/coder.h"
#include "events/event_dates.h"
#include "events/events_json.h"
#include "events/modality.h"
#include "events/verb_dictionary.h"
#include "time/timeline.h"

namespace dyad::events {

const VerbDictionary& default_verbs() {
  static const VerbDictionary v = VerbDictionary::builtin();
  return v;
}

std::shared_ptr<const VerbDictionary> build_verbs(const std::vector<std::string>& files, bool use_default,
                                                  std::vector<std::string>& warnings, bool& ok) {
  auto out = std::make_shared<VerbDictionary>(use_default ? VerbDictionary::builtin() : VerbDictionary());
  ok = files.empty() || out->load_files(files, warnings);
  return out;
}

namespace {

// "U.S. generals say Russia may be supplying weapons to the Taliban": the
// hedged claim is alleged, and making it is an accusation (CAMEO 112) by the
// speaker against the alleged actor, asserted. Claims reported under an
// accusation verb are left alone: the dictionary codes that verb itself.
void add_accusations(Document& doc) {
  const auto& a = *doc.lang;
  std::vector<Event> added;
  for (const auto& e : doc.events) {
    if (e.modality != "alleged") continue;
    int32_t vg = verb_group_at(a, e.sentence, e.verb.start);
    if (vg < 0) continue;
    int32_t rc = reporting_clause(a, static_cast<uint32_t>(vg));
    if (rc < 0 || a.clauses[rc].subject < 0) continue;
    const auto& rg = a.verb_groups[a.clauses[rc].verb];
    if (modality_of(a, a.clauses[rc].verb) != "asserted") continue;
    const auto& np = a.noun_phrases[a.clauses[rc].subject];
    for (size_t m = 0; m < doc.actors.size(); ++m) {
      const auto& am = doc.actors[m];
      if (am.code.empty() || am.first_token < np.first || am.last_token > np.last) continue;
      if (am.code == e.source) break;
      Event acc = e;
      acc.source = am.code;
      acc.source_mention = static_cast<int32_t>(m);
      acc.target = e.source;
      acc.target_mention = e.source_mention;
      acc.code = "112";
      acc.modality = "asserted";
      acc.verb = {a.tokens[rg.first].span.start, a.tokens[rg.last - 1].span.end};
      acc.pattern = "(accusation: a hedged claim reported by its speaker)";
      added.push_back(std::move(acc));
      break;
    }
  }
  for (auto& e : added) doc.events.push_back(std::move(e));
  std::stable_sort(doc.events.begin(), doc.events.end(),
                   [](const Event& x, const Event& y) { return x.span.start < y.span.start; });
}

// Where an event happened, when the sentence says so: a place mention after
// "in", "near", "at", "outside" (...) within the event's sentence, nearest
// after its verb, else nearest before it.
void assign_locations(Document& doc) {
  const auto& a = *doc.lang;
  static const char* const kPreps[] = {"in", "near", "at", "outside", "inside", "around", "across", "into", "from"};
  for (auto& e : doc.events) {
    if (e.sentence >= a.sentences.size()) continue;
    const auto& s = a.sentences[e.sentence];
    const actors::ActorMention* best = nullptr;
    bool best_after = false;
    for (const auto& m : doc.actors) {
      if (m.kind != "location" || m.first_token <= s.first || m.last_token > s.last) continue;
      std::string prev = a.tokens[m.first_token - 1].form;
      for (auto& c : prev) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      // "in the city of Kunduz", "near the town of X": look past "the city of".
      uint32_t k = m.first_token - 1;
      if (prev == "of" && k >= s.first + 3) {
        std::string p3 = a.tokens[k - 3].form;
        for (auto& c : p3) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        prev = p3;
      }
      bool prep = std::any_of(std::begin(kPreps), std::end(kPreps), [&](const char* p) { return prev == p; });
      if (!prep) continue;
      bool after = m.start >= e.verb.end;
      if (!best || (after && !best_after) ||
          (after == best_after && (after ? m.start < best->start : m.start > best->start))) {
        best = &m;
        best_after = after;
      }
    }
    if (best) e.location = best->name;
  }
}

}  // namespace

void annotate_events(Document& doc, const VerbDictionary* verbs) {
  doc.events.clear();
  doc.timeline.clear();
  if (doc.lang) {
    code_document(doc, verbs ? *verbs : default_verbs());
    // The same triple twice from one sentence (two patterns, a repeated
    // mention) is one event.
    std::vector<Event> kept;
    for (auto& e : doc.events) {
      bool dup = std::any_of(kept.begin(), kept.end(), [&](const Event& k) {
        return k.sentence == e.sentence && k.source == e.source && k.target == e.target && k.code == e.code;
      });
      if (!dup) kept.push_back(std::move(e));
    }
    doc.events = std::move(kept);
    assign_modality(doc);
    add_accusations(doc);
    assign_event_dates(doc);
    assign_locations(doc);
    const auto& table = CameoTable::builtin();
    for (auto& e : doc.events) {
      e.quad = quad_name(e.code);
      e.goldstein = table.goldstein(e.code).value_or(0.0);
    }
  }
  time::build_timeline(doc);
}

}  // namespace dyad::events
