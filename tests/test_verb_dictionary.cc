// Tests of the verb dictionary readers: the PETRARCH1 validation format and
// PETRARCH2's CAMEO.2.0.txt format, inflections, synsets, patterns, codes.
#include <gtest/gtest.h>

#include <sstream>

#include "events/verb_dictionary.h"
#include "events/verb_reader.h"
#include "fixtures.h"

using namespace dyad::events;

namespace {

VerbDictionary read(const std::string& text, std::vector<std::string>* errs = nullptr) {
  VerbDictionary d;
  std::istringstream in(text);
  std::vector<std::string> e;
  read_verbs(in, "fixture", d, errs ? *errs : e);
  return d;
}

const char* kPetr1 =
    "<!-- a comment -->\n"
    "&TIES_KIND\n"
    "+TRADE\n"
    "+FISHING RIGHTS\n"
    "\n"
    "--- SEVER  [161]  ---\n"
    "SEVER   # comment\n"
    "CUT {CUTS CUTTING}\n"
    "WIRE_+TAP [1711]\n"
    "- * &TIES_KIND TIES [162]\n"
    "- * DIPLOMATIC_RELATIONS [163:164]\n"
    "- $ NOT * ^ WITH +  [124]\n"
    "- IN_* [031]\n"
    "\n"
    "--- VISIT  [042:043] ---\n"
    "VISIT\n";

}  // namespace

TEST(VerbDictionary, ReadsPetrarch1Blocks) {
  std::vector<std::string> errs;
  VerbDictionary d = read(kPetr1, &errs);
  EXPECT_TRUE(errs.empty()) << errs[0];
  ASSERT_EQ(d.blocks().size(), 2u);
  EXPECT_EQ(d.blocks()[0].code.first, "161");
  EXPECT_EQ(d.blocks()[0].patterns.size(), 4u);
  EXPECT_EQ(d.blocks()[1].code.first, "042");
  EXPECT_EQ(d.blocks()[1].code.second, "043");
  // Regular and irregular forms.
  ASSERT_NE(d.forms("SEVERED"), nullptr);
  ASSERT_NE(d.forms("SEVERING"), nullptr);
  ASSERT_NE(d.forms("CUTS"), nullptr);
  ASSERT_NE(d.forms("VISITS"), nullptr);
  EXPECT_EQ(d.forms("SEVERX"), nullptr);
  // Multi-word verb: TAP with WIRE before it, its own code.
  const auto* tap = d.forms("TAPPED");
  ASSERT_NE(tap, nullptr);
  ASSERT_EQ((*tap)[0].before.size(), 1u);
  EXPECT_EQ((*tap)[0].before[0], "WIRE");
  EXPECT_EQ(d.verbs()[(*tap)[0].verb].code.first, "1711");
  // Synset.
  const auto* ss = d.synset("TIES_KIND");
  ASSERT_NE(ss, nullptr);
  EXPECT_EQ(ss->size(), 2u);
  EXPECT_EQ((*ss)[1].size(), 2u);
}

TEST(VerbDictionary, ParsesPatternMarkersAndAdjacency) {
  Pattern p;
  ASSERT_TRUE(parse_pattern("$ NOT * ^ WITH +", p));
  ASSERT_EQ(p.lower.size(), 2u);
  EXPECT_EQ(p.lower[0].kind, PatternElem::Word);  // nearest the verb first
  EXPECT_EQ(p.lower[0].text, "NOT");
  EXPECT_EQ(p.lower[1].kind, PatternElem::Source);
  ASSERT_EQ(p.upper.size(), 3u);
  EXPECT_EQ(p.upper[0].kind, PatternElem::SkipNP);
  EXPECT_EQ(p.upper[2].kind, PatternElem::Target);
  EXPECT_FALSE(p.upper[1].adj);

  ASSERT_TRUE(parse_pattern("SO IN_AND_*_OUT_AGAIN NOW", p));
  EXPECT_TRUE(p.lower_adj);
  EXPECT_TRUE(p.upper_adj);
  EXPECT_TRUE(p.lower[1].adj);   // IN_AND
  EXPECT_FALSE(p.lower[2].adj);  // SO IN
  EXPECT_TRUE(p.upper[1].adj);   // OUT_AGAIN
  EXPECT_FALSE(p.upper[2].adj);  // AGAIN NOW

  EXPECT_FALSE(parse_pattern("NO VERB HERE", p));
}

TEST(VerbDictionary, ReadsCameo2Format) {
  const char* text =
      "# CAMEO verbs\n"
      "---  FREEZE   [---]  ---\n"
      "FREEZE {FREEZES FREEZING FROZE FROZEN}   # oy\n"
      "+STIR_UP {+STIRS_UP +STIRRING_UP +STIRRED_UP }\n"
      "DISBAND [160] \n"
      "- * RELATIONS                                         [160:160]     # FREEZE\n"
      "- * {BANK ACCOUNT}                                    [163]         # FREEZE\n"
      "- * (INTO COMPUTER)                                   [176]\n";
  std::vector<std::string> errs;
  VerbDictionary d = read(text, &errs);
  EXPECT_TRUE(errs.empty());
  ASSERT_EQ(d.blocks().size(), 1u);
  EXPECT_EQ(d.blocks()[0].code.first, "---");
  ASSERT_NE(d.forms("FROZE"), nullptr);
  const auto* stirred = d.forms("STIRRED");
  ASSERT_NE(stirred, nullptr);
  ASSERT_EQ((*stirred)[0].after.size(), 1u);
  EXPECT_EQ((*stirred)[0].after[0], "UP");
  const auto& pats = d.blocks()[0].patterns;
  ASSERT_EQ(pats.size(), 3u);
  EXPECT_EQ(pats[0].code.second, "160");
  ASSERT_EQ(pats[1].upper.size(), 2u);
  EXPECT_TRUE(pats[1].upper[1].adj);  // {BANK ACCOUNT}: adjacent words
  EXPECT_EQ(pats[2].upper[0].text, "INTO");
}

TEST(VerbDictionary, RegularForms) {
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  auto f = regular_forms("STOP");
  EXPECT_TRUE(has(f, "STOPPED"));
  EXPECT_TRUE(has(f, "STOPS"));
  f = regular_forms("RESTORE");
  EXPECT_TRUE(has(f, "RESTORED"));
  EXPECT_TRUE(has(f, "RESTORING"));
  f = regular_forms("DENY");
  EXPECT_TRUE(has(f, "DENIES"));
  EXPECT_TRUE(has(f, "DENIED"));
  f = regular_forms("REACH");
  EXPECT_TRUE(has(f, "REACHES"));
}

TEST(VerbDictionary, LoadsTheSuiteFilesAndBuiltin) {
  if (!dyad::testing::shared_available()) GTEST_SKIP();
  VerbDictionary d;
  std::vector<std::string> errs;
  ASSERT_TRUE(d.load_file(dyad::testing::shared_path("suites/petrarch2/PETR.Validate.verbs.txt"), errs));
  EXPECT_GT(d.verbs().size(), 100u);
  EXPECT_GT(d.pattern_count(), 300u);
  VerbDictionary c;
  ASSERT_TRUE(c.load_file(dyad::testing::shared_path("suites/petrarch2/CAMEO.2.0.txt"), errs));
  EXPECT_GT(c.verbs().size(), 1000u);
  EXPECT_GT(c.pattern_count(), 4500u);
  EXPECT_FALSE(d.load_file("/nonexistent/verbs.txt", errs));
  VerbDictionary b = VerbDictionary::builtin();  // never crashes, may be empty
  (void)b;
}

// A block header made of dashes only names no verb: it is reported, and the
// lines under it belong to no block (they are reported too, not added to the
// block before it).
TEST(VerbDictionary, HeaderOfDashesOnlyIsAnError) {
  std::vector<std::string> errs;
  VerbDictionary d = read("--- VISIT [042] ---\nVISIT\n---\nTOUR\n----------\n", &errs);
  ASSERT_EQ(errs.size(), 3u);
  EXPECT_NE(errs[0].find("fixture:3: block header without a verb"), std::string::npos) << errs[0];
  EXPECT_NE(errs[1].find("fixture:4: line outside a verb block"), std::string::npos) << errs[1];
  EXPECT_NE(errs[2].find("fixture:5: block header without a verb"), std::string::npos) << errs[2];
}
