// Builds the contract JSON from processed documents.
#include "pipeline/contract.h"

#include "actors/actors_json.h"
#include "base/json_stream.h"
#include "lang/annotation.h"
#include "events/events_json.h"
#include "quotes/quotes_json.h"
#include "time/timeline_json.h"
#include "time/timex_json.h"

namespace dyad {

namespace {
template <class T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
}  // namespace

nlohmann::json document_json(const Document& d, bool with_text) {
  nlohmann::json j;
  j["id"] = d.id;
  j["path"] = d.path;
  j["title"] = opt(d.meta.title);
  j["authors"] = d.meta.authors;
  j["published"] = opt(d.meta.published);
  j["source"] = opt(d.meta.source);
  j["dateline"] = opt(d.meta.dateline);
  j["word_count"] = d.meta.word_count;
  j["language"] = d.meta.language;
  j["duplicate_of"] = opt(d.duplicate_of);
  j["format"] = d.format;
  j["url"] = opt(d.meta.url);
  j["hash"] = d.hash;
  if (d.meta.stated_word_count) j["stated_word_count"] = *d.meta.stated_word_count;
  nlohmann::json removed = nlohmann::json::array();
  for (const auto& p : d.paras) {
    if (para_kind_kept(p.kind)) continue;
    removed.push_back({{"kind", para_kind_name(p.kind)},
                       {"text", d.para_text(p)},
                       {"start", d.norm_map.to_input(p.span.start)},
                       {"end", d.norm_map.to_input(p.span.end)}});
  }
  j["boilerplate"] = removed;
  if (!d.warnings.empty()) j["warnings"] = d.warnings;
  if (d.merged) {
    j["merged"] = {{"title", opt(d.merged->title)},         {"authors", d.merged->authors},
                   {"published", opt(d.merged->published)}, {"source", opt(d.merged->source)},
                   {"dateline", opt(d.merged->dateline)},   {"url", opt(d.merged->url)}};
  }
  if (with_text) j["text"] = d.text;
  return j;
}

namespace {

// The name finder's names of every document: byte span in its text and type.
void names_json(const std::vector<Document>& docs, const JsonSink& emit) {
  for (const auto& d : docs) {
    auto name = [&](uint32_t b, uint32_t e, const char* type) {
      emit({{"doc", d.id}, {"start", b}, {"end", e}, {"type", type},
            {"text", e <= d.text.size() ? d.text.substr(b, e - b) : std::string()}});
    };
    for (const auto& n : d.names) name(n.start, n.end, n.type);
    if (!d.lang) continue;
    const auto& a = *d.lang;
    for (const auto& n : a.names)
      name(a.tokens[n.first].span.start, a.tokens[n.last - 1].span.end, lang::name_type_name(n.type));
  }
}

}  // namespace

// The members in key order (nlohmann objects are std::maps, and
// write_contract_json prints what dump() prints).
nlohmann::json contract_json(const std::vector<Document>& docs, bool with_text) {
  nlohmann::json out;
  out["documents"] = json_array([&](const JsonSink& emit) {
    for (const auto& d : docs) emit(document_json(d, with_text));
  });
  out["actors"] = actors::actors_json(docs);
  out["quotes"] = quotes::quotes_json(docs);
  out["events"] = events::events_json(docs);
  out["timeline"] = time::timeline_json(docs);
  out["timex"] = time::timex_json(docs);
  out["names"] = json_array([&](const JsonSink& emit) { names_json(docs, emit); });
  return out;
}

void write_contract_json(std::ostream& os, const std::vector<Document>& docs, bool with_text, int indent) {
  JsonObjectWriter w(os, indent);
  w.member("actors", actors::actors_json(docs));  // one entry per actor, not per mention
  w.array_member("documents", [&](const JsonSink& emit) {
    for (const auto& d : docs) emit(document_json(d, with_text));
  });
  w.array_member("events", [&](const JsonSink& emit) { events::events_json(docs, emit); });
  w.array_member("names", [&](const JsonSink& emit) { names_json(docs, emit); });
  w.array_member("quotes", [&](const JsonSink& emit) { quotes::quotes_json(docs, emit); });
  w.array_member("timeline", [&](const JsonSink& emit) { time::timeline_json(docs, emit); });
  w.array_member("timex", [&](const JsonSink& emit) { time::timex_json(docs, emit); });
  w.finish();
}

namespace {
std::string csv(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out += c;
  }
  return out + "\"";
}
std::string csv_opt(const std::optional<std::string>& s) { return s ? csv(std::string_view(*s)) : std::string(); }
}  // namespace

std::string documents_csv(const std::vector<Document>& docs) {
  std::string out = "id,path,title,authors,published,source,dateline,word_count,language,duplicate_of\n";
  for (const auto& d : docs) {
    std::string authors;
    for (const auto& a : d.meta.authors) authors += (authors.empty() ? "" : "; ") + a;
    out += csv(d.id) + "," + csv(d.path) + "," + csv_opt(d.meta.title) + "," + csv(authors) + "," +
           csv_opt(d.meta.published) + "," + csv_opt(d.meta.source) + "," + csv_opt(d.meta.dateline) + "," +
           std::to_string(d.meta.word_count) + "," + csv(d.meta.language) + "," + csv_opt(d.duplicate_of) + "\n";
  }
  return out;
}

}  // namespace dyad
