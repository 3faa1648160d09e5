// `dyad export --db FILE --what events|dyads|network --format csv|jsonl|graphml
// [-o FILE]`: events with Phoenix/ICEWS-style columns, dyad series per period
// and the network of a window (GraphML for Gephi). CSV follows RFC 4180.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "events/plover.h"
#include "model/model.h"
#include "store/queries.h"

namespace dyad::cli {

namespace {

struct ExportArgs {
  std::string db = "dyad.sqlite", what, format = "csv", out, from, to, granularity = "month";
  bool rollup = false;
  int min_events = 1;
};

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

void export_events(const store::Queries& q, const ExportArgs& a, std::ostream& os) {
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

void export_dyads(const store::Queries& q, const ExportArgs& a, model::Granularity g, std::ostream& os) {
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

void export_network(const store::Queries& q, const ExportArgs& a, std::ostream& os) {
  auto rows = q.dyad_counts("", "", {a.from, a.to}, false);
  if (a.rollup) rows = model::rollup_rows(rows);
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

void register_export(CLI::App& app) {
  auto a = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand(
      "export", "Export events, dyad series or the network from a store (CSV, JSON Lines, GraphML).");
  cmd->add_option("--db", a->db, "SQLite database file")->default_val("dyad.sqlite");
  cmd->add_option("--what", a->what, "events | dyads | network")
      ->required()
      ->check(CLI::IsMember({"events", "dyads", "network"}));
  cmd->add_option("--format", a->format, "csv | jsonl | graphml (network only)")
      ->default_val("csv")
      ->check(CLI::IsMember({"csv", "jsonl", "graphml"}));
  cmd->add_option("-o,--output", a->out, "Output file (default: standard output)");
  cmd->add_option("--from", a->from, "First date YYYY[-MM[-DD]]");
  cmd->add_option("--to", a->to, "Last date YYYY[-MM[-DD]] (inclusive)");
  cmd->add_option("--granularity", a->granularity, "Dyad series periods: day | week | month")
      ->default_val("month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_flag("--rollup", a->rollup, "Roll actor codes up to their country/organisation (RUSGOV -> RUS)");
  cmd->add_option("--min-events", a->min_events, "Network: smallest edge kept")->default_val(1);
  cmd->callback([a] {
    if (a->format == "graphml" && a->what != "network") {
      std::cerr << "dyad: --format graphml is for --what network\n";
      set_exit_code(2);
      return;
    }
    try {
      if (std::filesystem::exists(a->db)) {
        try {
          store::Store migrate(a->db);  // an older schema gains the layer tables
        } catch (const store::StoreError&) {
        }
      }
      store::Store db(a->db, true);
      store::Queries q(db);
      std::ofstream file;
      if (!a->out.empty()) {
        file.open(a->out, std::ios::binary);
        if (!file) {
          std::cerr << "dyad: cannot write " << a->out << "\n";
          set_exit_code(2);
          return;
        }
      }
      std::ostream& os = a->out.empty() ? std::cout : file;
      if (a->what == "events") export_events(q, *a, os);
      else if (a->what == "dyads") export_dyads(q, *a, *model::parse_granularity(a->granularity), os);
      else export_network(q, *a, os);
      os.flush();
      set_exit_code(0);
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
    }
  });
}

}  // namespace dyad::cli
