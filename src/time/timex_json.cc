// Builds the contract's `timex` array from Document::timexes.
#include "time/timex_json.h"

namespace dyad::time {

nlohmann::json timex_json(const std::vector<Document>& docs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : docs) {
    if (d.duplicate_of) continue;
    for (const auto& t : d.timexes) {
      if (t.span.end > d.text.size() || t.span.start >= t.span.end) continue;
      out.push_back({{"doc", d.id},
                     {"text", d.text.substr(t.span.start, t.span.size())},
                     {"type", t.type},
                     {"value", t.value},
                     {"start", t.span.start},
                     {"end", t.span.end}});
    }
  }
  return out;
}

}  // namespace dyad::time
