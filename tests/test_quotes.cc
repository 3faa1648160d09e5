// Quotation finding and speaker attribution on news-style fixtures, and the
// seeds scored end to end through `dyad analyze` (skipped without ../shared).
#include <gtest/gtest.h>

#include "actors/actors_json.h"
#include "fixtures.h"
#include "pipeline/pipeline.h"

using namespace dyad;

namespace {
std::vector<actors::Quote> quotes_of(const std::string& text) {
  return dyad::testing::process_text(text).quotes;
}
std::vector<actors::Quote> direct(const std::vector<actors::Quote>& qs) {
  std::vector<actors::Quote> out;
  for (const auto& q : qs)
    if (q.kind != "indirect") out.push_back(q);
  return out;
}
}  // namespace

TEST(Quotes, QuoteBeforeAttributionWithApposition) {
  auto qs = direct(quotes_of(
      "The talks collapsed on Monday.\n\n\u201cWe will not take part in these empty talks,\u201d Sergei V. Lavrov, "
      "Russia's foreign minister, said on Tuesday.\n"));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Sergey Lavrov");
  EXPECT_EQ(qs[0].speaker_actor, "RUSGOV");
  EXPECT_EQ(qs[0].kind, "direct");
}

TEST(Quotes, SplitAndContinuedAndPronoun) {
  auto qs = direct(quotes_of(
      "\u201cWe have waited long enough,\u201d said Ilya Baranov, an adviser to Russia's drug agency. \u201cNow "
      "the time has come to act on our own.\u201d\n\nThe agency declined to comment.\n\n\u201cNobody listens to "
      "us anymore in this region,\u201d he said.\n"));
  ASSERT_EQ(qs.size(), 3u);
  for (const auto& q : qs) EXPECT_EQ(q.speaker, "Ilya Baranov");
  EXPECT_EQ(qs[0].attribution, "explicit");
  EXPECT_EQ(qs[1].attribution, "continued");
  EXPECT_EQ(qs[2].attribution, "pronoun");
  EXPECT_EQ(qs[0].speaker_actor, "RUSGOV");
}

TEST(Quotes, AnonymousSpeakerAndLostOpeningMark) {
  auto qs = direct(quotes_of(
      "Kabul has been quiet.\n\n We have tried to talk to them for years,\u201d said a senior Afghan official, "
      "who spoke on condition of anonymity.\n"));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text.rfind("We have tried", 0), 0u);
  EXPECT_EQ(qs[0].speaker_actor, "AFGGOV");
}

TEST(Quotes, ScareQuotesAreNotSpeech) {
  auto qs = direct(quotes_of(
      "The veterans call themselves the \u201cAfgantsy\u201d and remember the \u201cmother of all bombs\u201d "
      "dropped in the east.\n"));
  EXPECT_TRUE(qs.empty());
}

TEST(Quotes, PartialQuoteWithSpeechVerb) {
  auto qs = direct(quotes_of("President Ashraf Ghani warned that a quick exit would lead to \u201cchaos\u201d in the region.\n"));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "partial");
  EXPECT_EQ(qs[0].speaker, "Ashraf Ghani");
}

TEST(Quotes, ReportedSpeechIsIndirect) {
  auto qs = quotes_of("Russia said it supports the demand for foreign troops to leave.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "indirect");
  EXPECT_EQ(qs[0].speaker_actor, "RUS");
}

TEST(Quotes, SeedsMeetTargets) {
  if (!dyad::testing::shared_available()) GTEST_SKIP() << "no ../shared";
  std::string cmd = "python3 " + dyad::testing::test_dir() + "/../eval/quotes_eval.py --dyad " + dyad::testing::dyad_binary() +
                    " --shared " + dyad::testing::shared_path("") +
                    " --min-recall 0.95 --min-precision 0.95 --min-speaker 0.9 --min-code 0.9 > /dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
}
