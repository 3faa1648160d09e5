// The export layer (src/export/export.h): CSV fields quoted per RFC 4180,
// JSON Lines with typed numbers, GraphML with node and edge attributes.
#include "export/export.h"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "events/plover.h"
#include "model/model.h"

namespace dyad::exporter {

namespace {

// One RFC 4180 field: quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void csv_row(std::ostream& os, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) os << (i ? "," : "") << csv_field(fields[i]);
  os << "\r\n";
}

std::string xml(const std::string& v) {
  std::string out;
  for (char c : v) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

void write_rows(std::ostream& os, const std::string& format, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& numeric) {
  if (format == "csv") {
    csv_row(os, header);
    for (const auto& r : rows) csv_row(os, r);
    return;
  }
  for (const auto& r : rows) {
    nlohmann::json j = nlohmann::json::object();
    for (size_t i = 0; i < header.size(); ++i) {
      if (numeric[i] && !r[i].empty()) j[header[i]] = nlohmann::json::parse(r[i], nullptr, false);
      else j[header[i]] = r[i];
    }
    os << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

void export_events(const store::Queries& q, const Options& a, std::ostream& os) {
  std::vector<std::string> header = {"id", "date", "source", "source_name", "target", "target_name", "code",
                                     "root", "quad_class", "goldstein", "doc", "sentence", "modality", "text",
                                     "plover_type", "plover_mode"};
  std::vector<bool> numeric = {true, false, false, false, false, false, false, false, true, true, false, true,
                               false, false, false, false};
  if (a.format == "csv") csv_row(os, header);
  q.each_event({a.from, a.to}, [&](const store::EventRow& e) {
    std::vector<std::string> r = {std::to_string(e.id), e.date, e.source, e.source_name, e.target, e.target_name,
                                  e.code, e.root, std::to_string(e.quad), num(e.goldstein), e.doc,
                                  std::to_string(e.sentence), e.modality, e.text};
    events::PloverType pl = events::PloverTable::builtin().lookup(e.code);
    r.push_back(pl.type);
    r.push_back(pl.mode);
    if (a.format == "csv") csv_row(os, r);
    else write_rows(os, a.format, header, {r}, numeric);
  });
}

void export_dyads(const store::Queries& q, const Options& a, model::Granularity g, std::ostream& os) {
  auto rows = q.dyad_counts("", "", {a.from, a.to}, false);
  if (a.rollup) rows = model::rollup_rows(rows);
  std::map<std::pair<std::string, std::string>, std::vector<model::DyadCount>> by;
  for (auto& r : rows) by[{r.source, r.target}].push_back(std::move(r));
  std::vector<std::string> header = {"source", "target", "period", "neutral", "verbal_cooperation",
                                     "material_cooperation", "verbal_conflict", "material_conflict", "events",
                                     "mean_goldstein"};
  std::vector<bool> numeric = {false, false, false, true, true, true, true, true, true, true};
  std::vector<std::vector<std::string>> out;
  for (const auto& [pair, list] : by)
    for (const auto& s : model::dyad_series(list, g)) {
      std::vector<std::string> r = {pair.first, pair.second, s.period};
      for (auto v : s.quad) r.push_back(std::to_string(v));
      r.push_back(std::to_string(s.events));
      r.push_back(num(s.mean_goldstein));
      out.push_back(std::move(r));
    }
  write_rows(os, a.format, header, out, numeric);
}

void export_network(const store::Queries& q, const Options& a, std::ostream& os) {
  // The network the terminal draws: every counted event of the window (with
  // no window, undated events too).
  auto rows = q.pair_totals({a.from, a.to}, a.rollup);
  auto net = model::build_network(rows, {}, a.min_events);
  if (a.format == "graphml") {
    os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
          "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
          "  <key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>\n"
          "  <key id=\"centrality\" for=\"node\" attr.name=\"centrality\" attr.type=\"double\"/>\n"
          "  <key id=\"hedging\" for=\"node\" attr.name=\"hedging\" attr.type=\"double\"/>\n"
          "  <key id=\"nevents\" for=\"node\" attr.name=\"events\" attr.type=\"long\"/>\n"
          "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"long\"/>\n"
          "  <key id=\"cooperation\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"long\"/>\n"
          "  <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" attr.type=\"long\"/>\n"
          "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
          "  <key id=\"sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\"/>\n"
          "  <graph id=\"dyad\" edgedefault=\"directed\">\n";
    for (const auto& n : net.nodes)
      os << "    <node id=\"" << xml(n.id) << "\"><data key=\"name\">" << xml(q.actor_name(n.id))
         << "</data><data key=\"degree\">" << n.degree << "</data><data key=\"centrality\">" << n.centrality
         << "</data><data key=\"hedging\">" << n.hedging << "</data><data key=\"nevents\">" << n.events
         << "</data></node>\n";
    size_t i = 0;
    for (const auto& e : net.edges)
      os << "    <edge id=\"e" << i++ << "\" source=\"" << xml(e.source) << "\" target=\"" << xml(e.target)
         << "\"><data key=\"events\">" << e.events << "</data><data key=\"cooperation\">" << e.cooperation
         << "</data><data key=\"conflict\">" << e.conflict << "</data><data key=\"weight\">" << e.weight
         << "</data><data key=\"sign\">" << e.sign << "</data></edge>\n";
    os << "  </graph>\n</graphml>\n";
    return;
  }
  std::vector<std::string> header = {"source", "target", "events", "cooperation", "conflict", "weight", "sign"};
  std::vector<bool> numeric = {false, false, true, true, true, true, true};
  std::vector<std::vector<std::string>> out;
  for (const auto& e : net.edges)
    out.push_back({e.source, e.target, std::to_string(e.events), std::to_string(e.cooperation),
                   std::to_string(e.conflict), num(e.weight), std::to_string(e.sign)});
  write_rows(os, a.format, header, out, numeric);
}

}  // namespace

std::string check(const Options& o) {
  if (o.what != "events" && o.what != "dyads" && o.what != "network") return "what must be events, dyads or network";
  if (o.format != "csv" && o.format != "jsonl" && o.format != "graphml") return "format must be csv, jsonl or graphml";
  if (o.format == "graphml" && o.what != "network") return "format graphml is for the network";
  if (!model::parse_granularity(o.granularity)) return "granularity must be day, week or month";
  return "";
}

void write(const store::Queries& q, const Options& o, std::ostream& os) {
  if (o.what == "events") export_events(q, o, os);
  else if (o.what == "dyads") export_dyads(q, o, *model::parse_granularity(o.granularity), os);
  else export_network(q, o, os);
}

std::string file_name(const Options& o) {
  return "dyad-" + o.what + (o.format == "csv" ? ".csv" : o.format == "jsonl" ? ".jsonl" : ".graphml");
}

std::string mime_type(const Options& o) {
  if (o.format == "csv") return "text/csv; charset=utf-8";
  if (o.format == "jsonl") return "application/x-ndjson; charset=utf-8";
  return "application/graphml+xml; charset=utf-8";
}

}  // namespace dyad::exporter
