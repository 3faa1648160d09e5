// Builds the contract's `timeline` array from Document::timeline (plus each
// entry's kind: "chronology" or "event").
#include "time/timeline_json.h"

namespace dyad::time {

nlohmann::json timeline_json(const std::vector<Document>& docs) {
  return json_array([&docs](const JsonSink& emit) { timeline_json(docs, emit); });
}

void timeline_json(const std::vector<Document>& docs, const JsonSink& emit) {
  for (const auto& d : docs) {
    if (d.duplicate_of) continue;
    for (const auto& t : d.timeline) {
      if (t.span.end > d.text.size() || t.span.start >= t.span.end || t.date.empty()) continue;
      emit({{"date", t.date},
            {"end_date", t.end_date ? nlohmann::json(*t.end_date) : nlohmann::json(nullptr)},
            {"text", t.text},
            {"doc", d.id},
            {"start", t.span.start},
            {"end", t.span.end},
            {"kind", to_string(t.kind)}});
    }
  }
}

}  // namespace dyad::time
