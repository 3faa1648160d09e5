// The contract's "quotes" array (see quotes_json.h).
#include "quotes/quotes_json.h"

namespace dyad::quotes {

namespace {
nlohmann::json nullable(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json quotes_json(const std::vector<Document>& docs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : docs)
    for (const auto& q : d.quotes)
      out.push_back({{"doc", d.id},
                     {"text", q.text},
                     {"speaker", nullable(q.speaker)},
                     {"speaker_actor", nullable(q.speaker_actor)},
                     {"kind", quote_kind_word(q.type)},
                     {"type", quote_type_name(q.type)},
                     {"attribution", q.attribution},
                     {"speaker_start", q.speaker_start < 0 ? nlohmann::json(nullptr) : nlohmann::json(q.speaker_start)},
                     {"speaker_end", q.speaker_end < 0 ? nlohmann::json(nullptr) : nlohmann::json(q.speaker_end)},
                     {"verb", nullable(q.verb)},
                     {"start", q.start},
                     {"end", q.end}});
  return out;
}

}  // namespace dyad::quotes
