// Builds the contract's `timex` array from Document::timexes.
#include "time/timex_json.h"

namespace dyad::time {

nlohmann::json timex_json(const std::vector<Document>& docs) {
  return json_array([&docs](const JsonSink& emit) { timex_json(docs, emit); });
}

void timex_json(const std::vector<Document>& docs, const JsonSink& emit) {
  for (const auto& d : docs) {
    if (d.duplicate_of) continue;
    for (const auto& t : d.timexes) {
      if (t.span.end > d.text.size() || t.span.start >= t.span.end) continue;
      emit({{"doc", d.id},
            {"text", d.text.substr(t.span.start, t.span.size())},
            {"type", to_string(t.type)},
            {"value", t.value},
            {"start", t.span.start},
            {"end", t.span.end}});
    }
  }
}

}  // namespace dyad::time
