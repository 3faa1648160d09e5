// Pipeline stage for actors, and the contract's "actors" array.
#include "actors/actors_json.h"

#include <map>

#include "actors/agents.h"
#include "actors/dictionary.h"
#include "actors/recognize.h"
#include "lang/annotation.h"

namespace dyad::actors {

void annotate_actors(Document& doc, const Dictionary* d) {
  if (!doc.lang) return;
  const auto& dict = d ? *d : Dictionary::get();
  std::string date = doc.meta.published.value_or("");
  doc.actors = recognize(doc.text, *doc.lang, dict, date);
}

namespace {
nlohmann::json nullable(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json actors_json(const std::vector<Document>& docs) {
  struct Agg {
    std::string name, kind, country;
    int mentions = 0;
  };
  std::map<std::pair<std::string, std::string>, Agg> by;  // (code, person name or "") -> entry
  const auto& dict = Dictionary::get();
  auto group_name = [&](const ActorMention& m) {
    if (m.kind == MentionKind::Country) return dict.country_name(m.code).empty() ? m.name : dict.country_name(m.code);
    return m.name;
  };
  auto add = [&](const ActorMention& m, int count) {
    if (m.kind == MentionKind::Location) return;
    if (m.kind == MentionKind::Person) {
      auto& a = by[{m.code, m.name}];
      a.name = m.name;
      a.kind = "person";
      a.country = m.country;
      a.mentions += count;
      if (m.code.empty()) return;
    }
    if (m.code.empty()) return;
    auto& a = by[{m.code, ""}];
    if (a.name.empty() || a.name == m.code || m.kind == MentionKind::Person) {
      if (m.kind != MentionKind::Person && !m.anonymous && m.name != m.code) {
        a.name = group_name(m);
        a.kind = m.kind_word();
      } else if (a.name.empty()) {
        std::string dem = dict.demonym(m.code.substr(0, 3));
        std::string suffix = m.code.size() > 3 ? m.code.substr(3) : "";
        std::string word = agent_name(suffix);
        bool known = !suffix.empty() && word != suffix;
        a.name = !dem.empty() && known ? dem + " " + word : m.code;
        a.kind = known ? word : "actor";
      }
    }
    if (a.country.empty()) a.country = m.country;
    if (m.kind != MentionKind::Person) a.mentions += count;
  };
  for (const auto& d : docs) {
    int count = d.duplicate_of ? 0 : 1;
    for (const auto& m : d.actors) add(m, count);
    for (const auto& q : d.quotes)
      if (!q.speaker_actor.empty() && !by.count({q.speaker_actor, ""})) {
        ActorMention m;
        m.code = q.speaker_actor;
        m.name = q.speaker_actor;
        m.kind = q.speaker_kind;
        m.kind_label = q.speaker_kind_label;
        m.country = dict.country_name(q.speaker_actor.substr(0, 3)).empty() ? "" : q.speaker_actor.substr(0, 3);
        add(m, 0);
      }
    // Event actors: every code an event uses is listed (an agent combined with
    // a compound actor may give a code no single mention carries).
    for (const auto& e : d.events)
      for (const std::string* code : {&e.source, &e.target}) {
        if (code->empty() || by.count({*code, ""})) continue;
        ActorMention m;
        m.code = *code;
        m.name = *code;
        m.set_kind("actor");
        m.country = dict.country_name(code->substr(0, 3)).empty() ? "" : code->substr(0, 3);
        // A bare country code (a place's country as target or source).
        if (code->size() == 3 && !m.country.empty()) {
          m.kind = MentionKind::Country;
          m.name = dict.country_name(*code);
        }
        add(m, 0);
      }
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [key, a] : by) {
    nlohmann::json j = {{"code", nullable(key.first)}, {"name", a.name}, {"kind", a.kind},
                        {"country", nullable(a.country)}, {"mentions", a.mentions}};
    out.push_back(j);
  }
  return out;
}

}  // namespace dyad::actors
