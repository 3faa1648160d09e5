// The contract's "quotes" array (see quotes_json.h).
#include "quotes/quotes_json.h"

namespace dyad::quotes {

namespace {
nlohmann::json nullable(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json quotes_json(const std::vector<Document>& docs) {
  return json_array([&docs](const JsonSink& emit) { quotes_json(docs, emit); });
}

void quotes_json(const std::vector<Document>& docs, const JsonSink& emit) {
  for (const auto& d : docs)
    for (const auto& q : d.quotes)
      emit({{"doc", d.id},
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
}

}  // namespace dyad::quotes
