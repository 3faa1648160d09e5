// `dyad export`: events as RFC 4180 CSV with Phoenix/ICEWS-style columns (text
// with commas, quotes and line breaks survives), JSON Lines, dyad series per
// period, the network as GraphML; bad options and databases fail clearly.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "events/cameo_table.h"
#include "fixtures.h"
#include "store/store.h"

using dyad::Document;
using dyad::testing::add_event;
using dyad::testing::add_mention;
using dyad::testing::run_dyad;

namespace {


std::string build_db() {
  std::string path = dyad::testing::test_store("export");
  dyad::store::Store db(path);
  Document a = dyad::testing::process_text(
      "Envoys Meet in Tashkent\n\nTASHKENT - Uzbekistan's foreign minister met Tajik officials, "
      "calling the talks \"frank, useful\" and long overdue.\n\nTajik border guards later detained two Uzbek "
      "traders.\n",
      "tashkent.txt");
  a.id = "tashkent";
  a.meta.published = "2013-06-03";
  // Only the layers the test sets by hand (the pipeline's own are dropped).
  a.actors.clear();
  a.quotes.clear();
  a.events.clear();
  a.timexes.clear();
  a.timeline.clear();
  add_event(a, "Uzbekistan's foreign minister met Tajik officials, calling the talks \"frank, useful\"", "UZBGOV",
        "TJKGOV", "036");
  add_event(a, "Tajik border guards later detained two Uzbek traders", "TJKMIL", "UZBBUS", "173");
  db.put(a, "");
  return path;
}

// Parses RFC 4180 CSV (quoted fields with "" escapes and line breaks).
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field), field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field), field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST(Export, EventsAsCsv) {
  std::string db = build_db();
  auto r = run_dyad("export --db " + db + " --what events --format csv");
  ASSERT_EQ(r.rc, 0) << r.err;
  auto rows = parse_csv(r.out);
  ASSERT_EQ(rows.size(), 3u) << r.out;
  std::vector<std::string> header = {"id", "date", "source", "source_name", "target", "target_name", "code",
                                     "root", "quad_class", "goldstein", "doc", "sentence", "modality", "text",
                                     "plover_type", "plover_mode"};
  EXPECT_EQ(rows[0], header);
  for (const auto& row : rows) EXPECT_EQ(row.size(), header.size());
  EXPECT_EQ(rows[1][1], "2013-06-03");
  EXPECT_EQ(rows[1][2], "UZBGOV");
  EXPECT_EQ(rows[1][6], "036");
  EXPECT_EQ(rows[1][7], "03");
  EXPECT_EQ(rows[1][8], "1");
  EXPECT_EQ(rows[1][14], "AGREE");  // CAMEO 036 (intent to meet) is PLOVER AGREE, mode meet
  EXPECT_EQ(rows[1][15], "meet");
  EXPECT_EQ(rows[1][10], "tashkent");
  EXPECT_NE(rows[1][13].find("\"frank, useful\""), std::string::npos);  // commas and quotes survive
  EXPECT_NE(r.out.find("\"\"frank, useful\"\"\""), std::string::npos);  // quoted as RFC 4180 says
  EXPECT_EQ(rows[2][8], "4");
  EXPECT_EQ(rows[2][9], "-5");
}

TEST(Export, EventsAsJsonLinesToAFile) {
  std::string db = build_db();
  std::string out = dyad::testing::temp_dir("export") + "/events.jsonl";
  auto r = run_dyad("export --db " + db + " --what events --format jsonl -o " + out);
  ASSERT_EQ(r.rc, 0) << r.err;
  std::istringstream in(dyad::testing::read_file(out));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_TRUE(j["goldstein"].is_number());
    EXPECT_TRUE(j["quad_class"].is_number());
    EXPECT_EQ(j["doc"], "tashkent");
    ++n;
  }
  EXPECT_EQ(n, 2);
}

TEST(Export, DyadSeriesRolledUp) {
  std::string db = build_db();
  auto r = run_dyad("export --db " + db + " --what dyads --format csv --rollup --granularity month");
  ASSERT_EQ(r.rc, 0) << r.err;
  auto rows = parse_csv(r.out);
  ASSERT_EQ(rows.size(), 3u) << r.out;
  EXPECT_EQ(rows[0][0], "source");
  EXPECT_EQ(rows[1][0], "TJK");
  EXPECT_EQ(rows[1][1], "UZB");
  EXPECT_EQ(rows[1][2], "2013-06");
  EXPECT_EQ(rows[1][7], "1");  // material_conflict
  EXPECT_EQ(rows[2][0], "UZB");
  EXPECT_EQ(rows[2][4], "1");  // verbal_cooperation
}

TEST(Export, NetworkAsGraphml) {
  std::string db = build_db();
  auto r = run_dyad("export --db " + db + " --what network --format graphml");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("<graphml"), std::string::npos);
  EXPECT_NE(r.out.find("<node id=\"UZBGOV\">"), std::string::npos);
  EXPECT_NE(r.out.find("source=\"TJKMIL\" target=\"UZBBUS\""), std::string::npos);
  EXPECT_NE(r.out.find("</graphml>"), std::string::npos);
  auto csv = parse_csv(run_dyad("export --db " + db + " --what network --format csv").out);
  EXPECT_EQ(csv.size(), 3u);
}

TEST(Export, BadOptionsAndDatabases) {
  std::string db = build_db();
  EXPECT_NE(run_dyad("export --db " + db + " --what everything").rc, 0);
  EXPECT_EQ(run_dyad("export --db " + db + " --what events --format graphml").rc, 2);
  auto r = run_dyad("export --db /nonexistent/dir/x.sqlite --what events");
  EXPECT_EQ(r.rc, 3);
  EXPECT_NE(r.err.find("x.sqlite"), std::string::npos);
}
