// Normalisation: each kind of extraction and export damage, on fixtures
// written here, and the seeds (read at run time) rejoined correctly.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "ingest/normalize.h"
#include "pipeline/pipeline.h"

using dyad::Document;
using dyad::document_from_text;

namespace {

std::string norm(const std::string& text) {
  Document d = document_from_text(text, "t.txt");
  dyad::ingest::normalize(d);
  return d.norm;
}

// A hard-wrapped article in the style of a PDF extraction (~90 characters a line).
const char* kWrapped =
    "Envoys Meet in Geneva Over\n"
    "Border Dispute\n"
    "\n"
    "GENEVA - Diplomats from the two neighbouring states met on Tuesday for a third round of talks on\n"
    "the disputed border, officials said, as the United Nations pressed both sides to agree on a cease-\n"
    "fire before the winter. The talks were hosted by Switzerland, which has offered to act as a neutral\n"
    "mediator in the conflict since the spring.\n"
    "\n"
    "The negotiations follow months of shelling along the frontier, where the European Union-\n"
    "led monitoring mission has counted more than two hundred violations of the previous truce. The\n"
    "mission said its observers would return to the area next week.\n"
    " Both delegations described the talks as constructive, but neither side offered a timetable for\n"
    "a withdrawal of heavy weapons from the line of contact that divides the two armies in the north.\n"
    "The foreign ministers of both countries are expected to meet in the spring, a spokesman said.\n";

}  // namespace

TEST(Normalize, RejoinsWrappedLinesIntoParagraphs) {
  std::string n = norm(kWrapped);
  EXPECT_NE(n.find("met on Tuesday for a third round of talks on the disputed border"), std::string::npos) << n;
  EXPECT_NE(n.find("Envoys Meet in Geneva Over Border Dispute\n"), std::string::npos) << n;
}

TEST(Normalize, JoinsWordsSplitByLineEndHyphenButKeepsCompounds) {
  std::string n = norm(kWrapped);
  EXPECT_NE(n.find("agree on a ceasefire before"), std::string::npos) << n;
  EXPECT_NE(n.find("European Union-led monitoring"), std::string::npos) << n;
}

TEST(Normalize, SplitsAParagraphGluedAtAPageBreak) {
  std::string n = norm(kWrapped);
  // "...next week." ends a paragraph; the page-start line begins a new one.
  EXPECT_NE(n.find("return to the area next week.\nBoth delegations"), std::string::npos) << n;
}

TEST(Normalize, UnwrapsArchiveQuotesAndEscapes) {
  std::string n = norm(
      "\"GENEVA -- The minister said talks would resume.\n\\\"We are ready,\\\" she told reporters.\n"
      "Word count: 12\"");
  EXPECT_EQ(n.substr(0, 9), "GENEVA --");
  EXPECT_NE(n.find("\"We are ready,\" she told"), std::string::npos) << n;
  EXPECT_EQ(n.back(), '2');
}

TEST(Normalize, RemovesStrayTagsAndDecodesEntities) {
  std::string n = norm("They reached a <u>historic agreement</u> on Tuesday &amp; said so&#8217;s fine.");
  EXPECT_EQ(n, "They reached a historic agreement on Tuesday & said so\u2019s fine.");
}

TEST(Normalize, KeepsLiteralAngleBracketsThatAreNotTags) {
  EXPECT_EQ(norm("Growth was <3 percent and x<y."), "Growth was <3 percent and x<y.");
}

TEST(Normalize, KeepsCurlyAndStraightQuotesApart) {
  std::string n = norm("\u201CYes,\u201D he said. \"No,\" she said.");
  EXPECT_NE(n.find("\u201CYes,\u201D"), std::string::npos);
  EXPECT_NE(n.find("\"No,\""), std::string::npos);
}

TEST(Normalize, ComposesToNfc) {
  std::string decomposed = "Cafe\xCC\x81 talks";  // e + combining acute
  EXPECT_EQ(norm(decomposed), "Caf\xC3\xA9 talks");
}

TEST(Normalize, LeavesParagraphPerLineTextAlone) {
  std::string t =
      "Short line one.\nAnother short line that is a separate paragraph.\nThird.\nFourth line here.\n";
  EXPECT_EQ(norm(t), "Short line one.\nAnother short line that is a separate paragraph.\nThird.\nFourth line here.");
}

TEST(Normalize, MapPointsBackAtTheRawBytes) {
  Document d = document_from_text(kWrapped, "t.txt");
  dyad::ingest::normalize(d);
  size_t at = d.norm.find("ceasefire");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(d.raw.substr(d.norm_map.to_input(at), 5), "cease");
  size_t led = d.norm.find("led monitoring");
  EXPECT_EQ(d.raw.substr(d.norm_map.to_input(led), 14), "led monitoring");
}

TEST(Normalize, SeedPdfExtractionRejoined) {
  if (!dyad::testing::shared_available()) GTEST_SKIP() << "../shared not present";
  Document d = dyad::testing::process_text(
      dyad::testing::read_file(dyad::testing::shared_path("seeds/000_a7306cbcec5a86f4.txt")), "000.txt");
  // Hyphen at a line end inside a compound is kept, and no line-wrap newline survives mid-sentence.
  EXPECT_NE(d.norm.find("American-led coalition"), std::string::npos);
  EXPECT_EQ(d.norm.find("the\nset"), std::string::npos);
  // The page break that glued two paragraphs is split again.
  EXPECT_NE(d.norm.find("last fall.\nThe top American general"), std::string::npos);
}

TEST(Normalize, RejoinsASentenceCutByABlankLine) {
  std::string n = norm(
      "The main point of the agreement, the withdrawal of the troops within fourteen months, won't\n\n"
      "be achieved this year, officials say.\n\nA new paragraph starts here.\n\nmenu\n\nsearch");
  EXPECT_NE(n.find("months, won't be achieved this year"), std::string::npos) << n;
  EXPECT_NE(n.find("officials say.\n\nA new paragraph"), std::string::npos) << n;
  EXPECT_NE(n.find("menu\n\nsearch"), std::string::npos) << n;
}

TEST(Normalize, RejoinsAShortWrappedStoryThatGoesOnInLowerCase) {
  // Too few lines to measure a wrap width: a line of prose that stops without closing its
  // sentence and goes on in lower case is one sentence; a heading before a capitalised line and
  // short lines of a menu stay apart.
  std::string n = norm(
      "Harbour Workers Return\n"
      "The port authority in Valparaiso said on Friday it expected the dock crews\n"
      "to return to work on Monday after a two-week stoppage over pay.\n\n"
      "home\nabout us");
  EXPECT_NE(n.find("expected the dock crews to return"), std::string::npos) << n;
  EXPECT_NE(n.find("Harbour Workers Return\nThe port authority"), std::string::npos) << n;
  EXPECT_NE(n.find("home\nabout us"), std::string::npos) << n;
}
