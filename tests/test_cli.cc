// The dyad command end to end: analyze prints the contract, ingest is
// idempotent, search finds, exit codes mean what the README says.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fixtures.h"

namespace {

using Result = dyad::testing::CliRun;

Result run(const std::string& args) { return dyad::testing::run_dyad(args); }

std::string corpus() {
  std::string dir = dyad::testing::temp_dir("cli");
  std::ofstream(dir + "/talks.txt")
      << "Envoys Resume Border Talks\n\nBy Jane Doe\n\nGENEVA - Envoys of the two states resumed talks on "
         "the disputed border on Monday, a spokesman said, after a pause of three months.\n";
  std::ofstream(dir + "/grain.txt")
      << "Grain Corridor Reopens\n\nANKARA - The grain corridor through the strait reopened on Friday "
         "after ministers agreed on inspections, officials said.\n";
  return dir;
}

}  // namespace

TEST(Cli, AnalyzePrintsTheContract) {
  Result r = run("analyze " + corpus() + " --json --with-text --quiet");
  ASSERT_EQ(r.rc, 0);
  auto j = nlohmann::json::parse(r.out);
  for (const char* k : {"documents", "actors", "quotes", "events", "timeline", "timex"})
    EXPECT_TRUE(j.contains(k) && j[k].is_array()) << k;
  ASSERT_EQ(j["documents"].size(), 2u);
  for (const auto& d : j["documents"]) {
    for (const char* k : {"id", "path", "title", "authors", "published", "source", "dateline", "word_count",
                          "language", "duplicate_of", "text"})
      EXPECT_TRUE(d.contains(k)) << k;
    EXPECT_GT(d["word_count"].get<int>(), 10);
  }
}

TEST(Cli, IngestTwiceChangesNothingAndSearchFinds) {
  std::string dir = corpus();
  std::string db = dyad::testing::temp_dir("clidb") + "/t.sqlite";
  EXPECT_EQ(run("ingest " + dir + " --db " + db + " --quiet").rc, 0);
  EXPECT_EQ(run("ingest " + dir + " --db " + db + " --quiet").rc, 0);
  Result s = run("search --db " + db + " corridor --format json");
  ASSERT_EQ(s.rc, 0);
  auto hits = nlohmann::json::parse(s.out);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["id"], "grain");
  Result all = run("search --db " + db + " \"talks OR corridor\" --format csv");
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 3) << all.out;  // header + 2 rows
}

TEST(Cli, ExitCodes) {
  EXPECT_EQ(run("analyze /nonexistent/path --json").rc, 1);
  EXPECT_EQ(run("analyze --no-such-flag").rc, 2);
  EXPECT_EQ(run("").rc, 2);
  std::string db = dyad::testing::temp_dir("clidb") + "/none.sqlite";
  EXPECT_EQ(run("search --db " + db + " anything").rc, 3);  // no such database
  EXPECT_EQ(run("search --db " + db + "x anything").rc, 3);
  EXPECT_EQ(run("--help").rc, 0);
}

TEST(Cli, AnalyzeCsvHasAHeaderAndOneRowPerDocument) {
  Result r = run("analyze " + corpus() + " --csv --quiet");
  ASSERT_EQ(r.rc, 0);
  EXPECT_EQ(r.out.rfind("id,path,title,authors,published", 0), 0u) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
  EXPECT_EQ(run("analyze " + corpus() + " --csv --json").rc, 2);
}

TEST(Cli, IngestRecognisesACopyOfAStoredArticle) {
  std::string a = dyad::testing::temp_dir("cli-dup-a"), b = dyad::testing::temp_dir("cli-dup-b");
  std::string body =
      "Envoys of the two states resumed talks on the disputed border on Monday, a spokesman said, after a "
      "pause of three months in which shelling continued along the frontier. The United Nations welcomed "
      "the meeting and urged both governments to agree on a ceasefire before the winter sets in, when "
      "supply lines to the mountain posts are cut. Diplomats said the next round would be held in Vienna.";
  std::ofstream(a + "/first.txt") << "Envoys Resume Border Talks\n\nBy Jane Doe\n\n" << body << "\n";
  std::ofstream(b + "/copy.txt") << "\"GENEVA -- " << body << "\nWord count: 70\nCopyright Example News 2024\"";
  std::string db = dyad::testing::temp_dir("clidb") + "/d.sqlite";
  ASSERT_EQ(run("ingest " + a + " --db " + db + " --quiet").rc, 0);
  ASSERT_EQ(run("ingest " + b + " --db " + db + " --quiet").rc, 0);
  // The copy is stored, linked to the first, and search lists the article once.
  Result s = run("search --db " + db + " Vienna --format json");
  auto hits = nlohmann::json::parse(s.out);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["id"], "first");
}
