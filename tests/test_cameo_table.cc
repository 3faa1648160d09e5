// CAMEO code table: the shipped data/cameo/codes.tsv is complete and
// consistent (every root, quad classes per root, weights in range, parents
// present), lookups fall back to parents, and bad files are handled.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "events/cameo_table.h"
#include "fixtures.h"

using dyad::events::CameoTable;
using dyad::events::Quad;
using dyad::events::valid_cameo_code;

TEST(CameoTable, BuiltinIsCompleteAndConsistent) {
  const CameoTable& t = CameoTable::builtin();
  EXPECT_EQ(t.bad_lines(), 0u);
  EXPECT_GE(t.size(), 300u);
  std::set<std::string> roots;
  for (const auto& c : t.codes()) {
    EXPECT_TRUE(valid_cameo_code(c.code)) << c.code;
    EXPECT_GE(c.goldstein, -10.0);
    EXPECT_LE(c.goldstein, 10.0);
    EXPECT_FALSE(c.name.empty());
    roots.insert(c.root());
    // Every sub-code has its parent in the table, with the same quad class.
    if (c.code.size() > 2) {
      const auto* parent = t.find(std::string_view(c.code).substr(0, c.code.size() - 1));
      ASSERT_NE(parent, nullptr) << c.code;
      EXPECT_EQ(parent->quad, c.quad) << c.code;
    }
  }
  EXPECT_EQ(roots.size(), 20u);
}

TEST(CameoTable, KnownFacts) {
  const CameoTable& t = CameoTable::builtin();
  ASSERT_NE(t.find("163"), nullptr);
  EXPECT_DOUBLE_EQ(t.find("163")->goldstein, -6.5);  // impose embargo / sanctions (Phoenix weight)
  EXPECT_EQ(t.find("163")->quad, Quad::VerbalConflict);
  EXPECT_EQ(t.find("042")->quad, Quad::VerbalCooperation);  // make a visit
  EXPECT_EQ(t.find("0233")->quad, Quad::Neutral);  // appeals (root 02) are neutral in Phoenix
  EXPECT_EQ(t.find("070")->quad, Quad::MaterialCooperation);
  EXPECT_EQ(t.find("190")->quad, Quad::MaterialConflict);
  EXPECT_DOUBLE_EQ(t.find("20")->goldstein, -10.0);
  EXPECT_EQ(t.find("01")->quad, Quad::Neutral);
  EXPECT_NE(t.find("04")->name.find("onsult"), std::string::npos);
  EXPECT_EQ(t.find("010")->name, "Make statement");  // "not specified below" dropped
  // Codes without a Phoenix weight inherit their parent's.
  EXPECT_DOUBLE_EQ(t.find("1661")->goldstein, t.find("166")->goldstein);
}

TEST(CameoTable, ResolveFallsBackToParents) {
  const CameoTable& t = CameoTable::builtin();
  ASSERT_NE(t.resolve("1712"), nullptr);  // not a CAMEO code: falls back to 171 or 17
  EXPECT_EQ(t.resolve("1712")->code.substr(0, 2), "17");
  EXPECT_EQ(t.resolve("0231")->code, "0231");
  EXPECT_EQ(t.resolve("21"), nullptr);
  EXPECT_EQ(t.resolve("abc"), nullptr);
  EXPECT_EQ(t.resolve(""), nullptr);
  EXPECT_FALSE(t.goldstein("99").has_value());
  EXPECT_EQ(t.quad("1823").value(), Quad::MaterialConflict);
}

TEST(CameoTable, BadAndMissingFiles) {
  EXPECT_EQ(CameoTable::load_file("/nonexistent/codes.tsv").size(), 0u);
  std::string dir = dyad::testing::temp_dir("cameo");
  std::string path = dir + "/t.tsv";
  {
    std::ofstream f(path);
    f << "# comment\n"
         "01\t0.0\t0\tMake public statement\n"
         "010\t0.0\t0\tMake statement\r\n"
         "011\tx\t0\tBad weight\n"
         "012\t-0.4\t7\tBad quad\n"
         "99\t1.0\t1\tBad root\n"
         "013\t0.4\t0\n"
         "010\t5.0\t0\tDuplicate\n"
         "\n";
  }
  CameoTable t = CameoTable::load_file(path);
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.bad_lines(), 5u);
  EXPECT_EQ(t.find("010")->name, "Make statement");
  EXPECT_DOUBLE_EQ(t.goldstein("0105").value(), 0.0);
}
