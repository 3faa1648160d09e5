// `dyad search --db FILE QUERY`: full-text search over stored documents,
// printed as text with highlighted snippets, JSON or CSV.
#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "store/store.h"

namespace dyad::cli {

namespace {
struct SearchArgs {
  std::string db = "dyad.sqlite";
  std::string query;
  int limit = 20;
  std::string format = "text";
};

std::string csv_field(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}
}  // namespace

void register_search(CLI::App& app) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Full-text search over stored documents (SQLite FTS5 syntax: words, \"exact phrases\", "
      "AND/OR/NOT, prefix*, title:word). Duplicates are not listed twice.");
  cmd->add_option("query", args->query, "What to search for")->required();
  cmd->add_option("--db", args->db, "Store made by `dyad ingest`: SQLite file or postgresql:// URL")->default_val("dyad.sqlite");
  cmd->add_option("-n,--limit", args->limit, "Most results to print")->default_val(20);
  cmd->add_option("--format", args->format, "text, json or csv")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->default_val("text");
  cmd->callback([args] {
    bool tty = isatty(1);
    std::string open = args->format == "text" ? (tty ? "\033[1;33m" : "[") : "<b>";
    std::string close = args->format == "text" ? (tty ? "\033[0m" : "]") : "</b>";
    std::vector<store::SearchHit> hits;
    try {
      store::Store db(args->db, /*read_only=*/true);
      hits = db.search(args->query, args->limit, open, close);
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
      return;
    }
    if (args->format == "json") {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& h : hits)
        out.push_back({{"id", h.id}, {"title", h.title}, {"published", h.published},
                       {"source", h.source}, {"snippet", h.snippet}, {"score", h.score}});
      std::cout << out.dump(2) << "\n";
    } else if (args->format == "csv") {
      std::cout << "id,title,published,source,score,snippet\n";
      for (const auto& h : hits)
        std::cout << csv_field(h.id) << "," << csv_field(h.title) << "," << csv_field(h.published) << ","
                  << csv_field(h.source) << "," << h.score << "," << csv_field(h.snippet) << "\n";
    } else {
      for (const auto& h : hits) {
        std::cout << h.id << "  " << (h.title.empty() ? "(untitled)" : h.title);
        if (!h.published.empty()) std::cout << "  " << h.published;
        if (!h.source.empty()) std::cout << "  " << h.source;
        std::cout << "\n    " << h.snippet << "\n";
      }
      if (hits.empty()) std::cerr << "dyad: no document matches \"" << args->query << "\"\n";
    }
    set_exit_code(hits.empty() ? 1 : 0);
  });
}

}  // namespace dyad::cli
