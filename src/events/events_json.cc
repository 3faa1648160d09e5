// The `events` array of the contract JSON (see events_json.h).
#include "events/events_json.h"

#include "events/cameo_table.h"
#include "events/plover.h"
#include "events/event_dates.h"

namespace dyad::events {

namespace {
nlohmann::json nullable(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json plover_json(const std::string& code) {
  PloverType p = PloverTable::builtin().lookup(code);
  if (p.type.empty()) return nullptr;
  return {{"type", p.type}, {"mode", nullable(p.mode)}};
}

nlohmann::json events_json(const std::vector<Document>& docs) {
  return json_array([&docs](const JsonSink& emit) { events_json(docs, emit); });
}

void events_json(const std::vector<Document>& docs, const JsonSink& emit) {
  for (const auto& d : docs) {
    if (d.duplicate_of) continue;
    for (const auto& e : d.events) {
      auto name_of = [&](int32_t m) {
        return m >= 0 && static_cast<size_t>(m) < d.actors.size() ? nullable(d.actors[m].name) : nlohmann::json(nullptr);
      };
      // The subject's and object's mention bytes (clean text), null when none.
      auto at = [&](int32_t m, bool end) {
        if (m < 0 || static_cast<size_t>(m) >= d.actors.size()) return nlohmann::json(nullptr);
        return nlohmann::json(end ? d.actors[m].end : d.actors[m].start);
      };
      const CameoCode* c = CameoTable::builtin().resolve(e.code);
      emit({{"doc", d.id},
                     {"source", e.source},
                     {"source_name", name_of(e.source_mention)},
                     {"target", nullable(e.target)},
                     {"target_name", name_of(e.target_mention)},
                     {"code", e.code},
                     {"root", e.code.substr(0, 2)},
                     {"event_name", c ? nlohmann::json(c->name) : nlohmann::json(nullptr)},
                     {"plover", plover_json(e.code)},
                     {"quad", e.quad ? to_string(*e.quad) : ""},
                     {"quad_class", e.quad ? static_cast<int>(*e.quad) : -1},
                     {"goldstein", e.goldstein},
                     {"date", e.date ? nlohmann::json(*e.date) : nlohmann::json(nullptr)},
                     {"date_kind", date_kind_name(e.date_kind)},
                     {"modality", to_string(e.modality)},
                     {"location", nullable(e.location)},
                     {"text", d.text.substr(e.span.start, e.span.end - e.span.start)},
                     {"start", e.span.start},
                     {"end", e.span.end},
                     {"verb_start", e.verb.start},
                     {"verb_end", e.verb.end},
                     {"source_start", at(e.source_mention, false)},
                     {"source_end", at(e.source_mention, true)},
                     {"target_start", at(e.target_mention, false)},
                     {"target_end", at(e.target_mention, true)},
                     {"pattern", nullable(e.pattern)}});
    }
  }
}

}  // namespace dyad::events
