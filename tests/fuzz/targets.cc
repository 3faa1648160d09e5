// Fuzz targets (see targets.h): each reader and `analyze` run on arbitrary
// bytes, then the invariants every output must keep are checked.
#include "fuzz/targets.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>
#include <string_view>

#include "actors/dictionary.h"
#include "actors/petrarch_dict.h"
#include "doc/hash.h"
#include "petrarch/unit_records.h"
#include "events/verb_reader.h"
#include "ingest/assemble.h"
#include "ingest/boilerplate.h"
#include "ingest/metadata.h"
#include "ingest/normalize.h"
#include "ingest/page_chrome.h"
#include "ingest/paragraphs.h"
#include "ingest/read.h"
#include "ingest/repeats.h"
#include "lang/annotation.h"
#include "lang/conllu.h"
#include "lang/resources.h"
#include "lang/train_syntax.h"
#include "pipeline/contract.h"
#include "pipeline/pipeline.h"
#include "sim/scenario.h"

namespace dyad::fuzz {

std::string utf8_problem(std::string_view s, const char* what) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return std::string(what) + ": invalid UTF-8 at byte " + std::to_string(i);
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
        return std::string(what) + ": invalid UTF-8 at byte " + std::to_string(i);
    i += len;
  }
  return "";
}

std::string span_problem(uint32_t start, uint32_t end, size_t size, const char* what) {
  if (start > end || end > size) return std::string(what) + ": span [" + std::to_string(start) + ", " +
                                        std::to_string(end) + ") outside the text of " + std::to_string(size);
  return "";
}

namespace {

std::string_view bytes_of(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Every offset of `map` (sampled) lands inside `input_size` bytes.
std::string map_problem(const OffsetMap& map, size_t output_size, size_t input_size, const char* what) {
  size_t step = output_size / 64 + 1;
  for (size_t i = 0; i <= output_size; i += step)
    if (map.to_input(i) > input_size) return std::string(what) + ": offset " + std::to_string(i) + " maps past the input";
  if (map.to_input(output_size) > input_size) return std::string(what) + ": the end maps past the input";
  for (const auto& s : map.segments())
    if (s.in + s.in_len > input_size || s.out + s.out_len > output_size)
      return std::string(what) + ": a segment reaches past its text";
  return "";
}

// The ingest stages after reading, then what their layers must satisfy.
std::string clean_and_check(Document& d) {
  if (auto p = utf8_problem(d.norm, "norm"); !p.empty()) return p;
  if (auto p = map_problem(d.norm_map, d.norm.size(), d.raw.size(), "norm_map"); !p.empty()) return p;
  ingest::normalize(d);
  ingest::split_paragraphs(d);
  ingest::mark_page_chrome(d);
  ingest::mark_boilerplate(d);
  ingest::mark_repeats(d);
  ingest::assemble(d);
  ingest::extract_metadata(d);
  if (auto p = utf8_problem(d.norm, "normalised text"); !p.empty()) return p;
  if (auto p = utf8_problem(d.text, "clean text"); !p.empty()) return p;
  if (auto p = map_problem(d.norm_map, d.norm.size(), d.raw.size(), "normalised map"); !p.empty()) return p;
  if (auto p = map_problem(d.text_map, d.text.size(), d.raw.size(), "clean text map"); !p.empty()) return p;
  for (const auto& para : d.paras)
    if (auto p = span_problem(para.span.start, para.span.end, d.norm.size(), "paragraph"); !p.empty()) return p;
  for (const auto& s : d.text_paras)
    if (auto p = span_problem(s.start, s.end, d.text.size(), "clean paragraph"); !p.empty()) return p;
  try {
    (void)document_json(d, true).dump();
  } catch (const std::exception& e) {
    return std::string("document JSON: ") + e.what();
  }
  return "";
}

Document raw_document(const uint8_t* data, size_t size, const char* format) {
  Document d;
  d.path = "fuzz";
  d.id = "fuzz";
  d.format = format;
  d.raw.assign(bytes_of(data, size));
  d.hash = content_hash(d.raw);
  return d;
}

}  // namespace

std::string fuzz_text(const uint8_t* data, size_t size) {
  Document d = raw_document(data, size, "text");
  std::string err;
  if (!ingest::decode_text(d, err)) return err.empty() ? "decode failed without a reason" : "";
  return clean_and_check(d);
}

std::string fuzz_html(const uint8_t* data, size_t size) {
  Document d = raw_document(data, size, "html");
  std::string err;
  if (!ingest::read_html(d, err)) return err.empty() ? "HTML failed without a reason" : "";
  return clean_and_check(d);
}

std::string fuzz_pdf(const uint8_t* data, size_t size) {
  Document d = raw_document(data, size, "pdf");
  std::string err;
  if (!ingest::read_pdf(d, err)) return err.empty() ? "PDF failed without a reason" : "";
  return clean_and_check(d);
}

std::string fuzz_jsonl(const uint8_t* data, size_t size) {
  std::vector<Document> docs;
  std::vector<ingest::ReadError> errors;
  ingest::read_jsonl("fuzz.jsonl", bytes_of(data, size), docs, errors);
  for (const auto& e : errors)
    if (e.message.empty() || e.message.find('\n') != std::string::npos) return "JSON Lines: error not one line";
  for (auto& d : docs)
    if (auto p = clean_and_check(d); !p.empty()) return p;
  return "";
}

std::string fuzz_records(const uint8_t* data, size_t size) {
  size_t skipped = 0;
  events::UnitFile f = events::parse_unit_records(std::string(bytes_of(data, size)), &skipped);
  for (const auto& r : f.records)
    if (r.text.size() > size || r.parse.size() > size) return "records: a field longer than the file";
  return "";
}

std::string fuzz_verbs(const uint8_t* data, size_t size) {
  std::istringstream in{std::string(bytes_of(data, size))};
  events::VerbDictionary dict;
  std::vector<std::string> errors;
  events::read_verbs(in, "fuzz.verbs", dict, errors);
  return "";
}

std::string fuzz_actor_dict(const uint8_t* data, size_t size) {
  // The first byte chooses the file kind: actors or agents.
  if (size == 0) return "";
  std::istringstream in{std::string(bytes_of(data + 1, size - 1))};
  actors::Dictionary dict;
  actors::PetrarchStats st;
  if (data[0] & 1) actors::read_petrarch_agents(in, "fuzz.agents", dict, st);
  else actors::read_petrarch_actors(in, "fuzz.actors", dict, st);
  dict.compile();
  return "";
}

std::string fuzz_analyze(const uint8_t* data, size_t size) {
  std::vector<Document> docs;
  docs.push_back(document_from_text(std::string(bytes_of(data, size)), "fuzz.txt"));
  Document& d = docs[0];
  process_document(d);
  const size_t n = d.text.size();
  if (auto p = utf8_problem(d.text, "clean text"); !p.empty()) return p;
  for (const auto& m : d.actors)
    if (auto p = span_problem(m.start, m.end, n, "actor mention"); !p.empty()) return p;
  for (const auto& q : d.quotes)
    if (auto p = span_problem(q.start, q.end, n, "quote"); !p.empty()) return p;
  for (const auto& e : d.events)
    if (auto p = span_problem(e.span.start, e.span.end, n, "event"); !p.empty()) return p;
  for (const auto& t : d.timexes)
    if (auto p = span_problem(t.span.start, t.span.end, n, "time expression"); !p.empty()) return p;
  for (const auto& t : d.timeline)
    if (auto p = span_problem(t.span.start, t.span.end, n, "timeline entry"); !p.empty()) return p;
  if (d.lang)
    for (const auto& t : d.lang->tokens)
      if (auto p = span_problem(t.span.start, t.span.end, n, "token"); !p.empty()) return p;
  try {
    // The streamed contract prints what the tree prints, compact and pretty.
    nlohmann::json tree = contract_json(docs, true);
    for (int indent : {-1, 2}) {
      std::ostringstream streamed;
      write_contract_json(streamed, docs, true, indent);
      if (streamed.str() != tree.dump(indent)) return "streamed contract JSON differs from the tree's dump";
    }
  } catch (const std::exception& e) {
    return std::string("contract JSON: ") + e.what();
  }
  return "";
}

std::string fuzz_conllu(const uint8_t* data, size_t size) {
  std::istringstream in{std::string(bytes_of(data, size))};
  std::vector<lang::ConlluSentence> sents;
  std::string error;
  if (!lang::read_conllu(in, sents, error)) return error.rfind("line ", 0) == 0 ? "" : "CoNLL-U: error without a line";
  for (const auto& s : sents)
    for (const auto& w : s.words)
      if (w.head > static_cast<int>(s.words.size())) return "CoNLL-U: a HEAD past its sentence";
  // Written back, the file reads as the same sentences.
  std::ostringstream out;
  for (const auto& s : sents) lang::write_conllu(out, s);
  std::istringstream again(out.str());
  std::vector<lang::ConlluSentence> back;
  if (!lang::read_conllu(again, back, error)) return "CoNLL-U: written file does not read back: " + error;
  if (back.size() != sents.size()) return "CoNLL-U: written file reads back with another sentence count";
  // The gold words tagged, parsed and scored (dyad annotate --conllu, dyad train's dev scoring).
  const lang::Resources& res = lang::Resources::get();
  if (!res.syntax.empty()) {
    lang::SyntaxScores sc = lang::score_syntax(res.syntax, sents);
    if (!(sc.uas >= 0 && sc.uas <= 1) && sc.words > 0) return "CoNLL-U: UAS outside [0, 1]";
  }
  return "";
}

namespace {

// Scenario text through `parse`: a ScenarioError naming the file, or a
// scenario whose numbers keep KTAB's ranges and whose sizes agree.
template <typename Parse>
std::string scenario_problem(const uint8_t* data, size_t size, const char* path, Parse parse) {
  sim::Scenario sc;
  try {
    sc = parse(std::string(bytes_of(data, size)), path);
  } catch (const sim::ScenarioError& e) {
    if (e.file() != path) return std::string("scenario: error without the file: ") + e.what();
    return "";
  } catch (const std::exception& e) {
    return std::string("scenario: not a ScenarioError: ") + e.what();
  }
  const size_t n = sc.num_actors(), d = sc.num_dims();
  if (n < 3 || d < 1) return "scenario: too few actors or dimensions accepted";
  if (sc.accommodation.size() != n * n) return "scenario: accommodation matrix of the wrong size";
  for (const auto& a : sc.actors) {
    if (a.position.size() != d || a.salience.size() != d) return "scenario: an actor without a value per dimension";
    if (!std::isfinite(a.capability) || a.capability < 0) return "scenario: capability not a finite number >= 0";
    for (size_t k = 0; k < d; ++k)
      if (!(a.position[k] >= 0 && a.position[k] <= 1 && a.salience[k] >= 0 && a.salience[k] <= 1))
        return "scenario: position or salience outside 0..1";
  }
  for (double x : sc.accommodation)
    if (!std::isfinite(x)) return "scenario: accommodation not finite";
  return "";
}

}  // namespace

std::string fuzz_sim_csv(const uint8_t* data, size_t size) {
  return scenario_problem(data, size, "fuzz.csv", sim::parse_scenario_csv);
}

std::string fuzz_sim_xml(const uint8_t* data, size_t size) {
  return scenario_problem(data, size, "fuzz.xml", sim::parse_scenario_xml);
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"text", fuzz_text},       {"html", fuzz_html},     {"pdf", fuzz_pdf},
      {"jsonl", fuzz_jsonl},     {"records", fuzz_records}, {"verbs", fuzz_verbs},
      {"actor_dict", fuzz_actor_dict}, {"analyze", fuzz_analyze}, {"conllu", fuzz_conllu},
      {"sim_csv", fuzz_sim_csv},       {"sim_xml", fuzz_sim_xml},
  };
  return all;
}

}  // namespace dyad::fuzz
