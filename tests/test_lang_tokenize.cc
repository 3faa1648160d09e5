// Tests for PTB tokenisation (forms, byte spans, clitics, quotes) and
// sentence splitting on news prose (abbreviations, initials, quotations).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/annotate.h"
#include "lang/resources.h"
#include "lang/sentences.h"
#include "lang/tokenize.h"

using namespace dyad::lang;

namespace {

std::vector<std::string> forms(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text, Resources::get())) out.push_back(t.form);
  return out;
}

std::vector<std::string> sentences(const std::string& text) {
  const auto& res = Resources::get();
  auto toks = tokenize(text, res);
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text, toks, res)) out.push_back(text.substr(s.span.start, s.span.size()));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(LangTokenize, ClitisAndPossessives) {
  EXPECT_EQ(forms("They don't know."), (V{"They", "do", "n't", "know", "."}));
  EXPECT_EQ(forms("He can't and won't go"), (V{"He", "ca", "n't", "and", "wo", "n't", "go"}));
  EXPECT_EQ(forms("Kabul's mayor said they'll stay"), (V{"Kabul", "'s", "mayor", "said", "they", "'ll", "stay"}));
  EXPECT_EQ(forms("the rebels' demands"), (V{"the", "rebels", "'", "demands"}));
  // Curly apostrophes are clitics too; the form is normalised.
  EXPECT_EQ(forms("Afghanistan\u2019s army isn\u2019t ready"),
            (V{"Afghanistan", "'s", "army", "is", "n't", "ready"}));
}

TEST(LangTokenize, QuotesBracketsDashes) {
  EXPECT_EQ(forms("\"We will win,\" he said."), (V{"``", "We", "will", "win", ",", "''", "he", "said", "."}));
  EXPECT_EQ(forms("\u201cNo,\u201d she said"), (V{"``", "No", ",", "''", "she", "said"}));
  EXPECT_EQ(forms("the army (ANA) attacked"), (V{"the", "army", "-LRB-", "ANA", "-RRB-", "attacked"}));
  EXPECT_EQ(forms("talks\u2014which failed\u2014ended"), (V{"talks", "--", "which", "failed", "--", "ended"}));
  EXPECT_EQ(forms("a well-known, U.S.-backed leader"), (V{"a", "well-known", ",", "U.S.-backed", "leader"}));
  EXPECT_EQ(forms("$5 million, or 12%"), (V{"$", "5", "million", ",", "or", "12", "%"}));
  EXPECT_EQ(forms("1,000 troops at 10:30 a.m. today"), (V{"1,000", "troops", "at", "10:30", "a.m.", "today"}));
  EXPECT_EQ(forms("He left..."), (V{"He", "left", "..."}));
}

TEST(LangTokenize, SpansPointIntoText) {
  std::string text = "Gen. John F. Campbell\u2019s aides didn\u2019t say \u201cno.\u201d";
  auto toks = tokenize(text, Resources::get());
  ASSERT_FALSE(toks.empty());
  uint32_t prev = 0;
  for (const auto& t : toks) {
    EXPECT_LE(prev, t.span.start);
    EXPECT_LT(t.span.start, t.span.end);
    EXPECT_LE(t.span.end, text.size());
    prev = t.span.end;
  }
  EXPECT_EQ(toks[0].form, "Gen.");
  EXPECT_EQ(text.substr(toks[3].span.start, toks[3].span.size()), "Campbell");
  EXPECT_EQ(text.substr(toks[4].span.start, toks[4].span.size()), "\u2019s");
  EXPECT_EQ(toks[4].form, "'s");
}

TEST(LangTokenize, UrlsAndOddInputStayWhole) {
  EXPECT_EQ(forms("see https://example.org/a.b?c=1, then"), (V{"see", "https://example.org/a.b?c=1", ",", "then"}));
  EXPECT_TRUE(forms("").empty());
  EXPECT_TRUE(forms(" \n\t ").empty());
  // Invalid UTF-8 and lone punctuation never crash and keep every byte inside spans.
  std::string bad = "\xff\xfe \" ' -- ( ) \xe2\x80";
  auto toks = tokenize(bad, Resources::get());
  for (const auto& t : toks) EXPECT_LE(t.span.end, bad.size());
}

// Forms and the text each token covers, as "form=text".
V forms_and_text(const std::string& text) {
  V out;
  for (const auto& t : tokenize(text, Resources::get()))
    out.push_back(t.form + "=" + text.substr(t.span.start, t.span.size()));
  return out;
}

// A row of four or more identical marks is a rule, a divider or damage, not
// that many punctuation tokens: it is one token with the form its first mark
// takes in that place, covering the whole row. Three stay as they were.
TEST(LangTokenize, RunsOfOneMarkAreOneToken) {
  EXPECT_EQ(forms_and_text("Results ------ below"), (V{"Results=Results", "--=------", "below=below"}));
  EXPECT_EQ(forms_and_text("He waited......"), (V{"He=He", "waited=waited", "...=......"}));
  EXPECT_EQ(forms_and_text("Wait!!!! Now"), (V{"Wait=Wait", "!=!!!!", "Now=Now"}));
  EXPECT_EQ(forms_and_text("(((( note ))))"), (V{"-LRB-=((((", "note=note", "-RRB-=))))"}));
  EXPECT_EQ(forms_and_text("a ———— b"), (V{"a=a", "--=————", "b=b"}));
  // Inside a word the row is cut out whole: "before-----after".
  EXPECT_EQ(forms_and_text("before-----after"), (V{"before=before", "--=-----", "after=after"}));
  // A damaged row of straight quotes or apostrophes with nothing else.
  EXPECT_EQ(forms_and_text("\"\"\"\"\"\""), (V{"``=\"\"\"\"\"\""}));
  EXPECT_EQ(forms_and_text("''''''"), (V{"`=''''''"}));
  // Fewer than four: one token a mark (or pair), as before.
  EXPECT_EQ(forms("Wait!!! Now"), (V{"Wait", "!", "!", "!", "Now"}));
  EXPECT_EQ(forms("a --- b"), (V{"a", "--", "-", "b"}));
  EXPECT_EQ(forms("He left..."), (V{"He", "left", "..."}));
  // A megabyte of one mark is one token.
  EXPECT_EQ(tokenize(std::string(1 << 20, '"'), Resources::get()).size(), 1u);
  EXPECT_EQ(tokenize(std::string(1 << 19, '(') + std::string(1 << 19, ')'), Resources::get()).size(), 2u);
}

// An opening quotation mark closed by a row of marks at the end of a word:
// the row closes it as one closing mark would.
TEST(LangTokenize, RunOfQuotesClosesAnOpenQuotation) {
  EXPECT_EQ(forms("\"No way\"\"\"\" he said"), (V{"``", "No", "way", "''", "he", "said"}));
}

TEST(LangSentences, AbbreviationsAndInitialsDoNotBreak) {
  auto s = sentences(
      "Gen. John F. Campbell met Mr. Karzai in the U.S. capital on Sept. 5. The talks ended. "
      "Andrew E. Kramer reported from St. Petersburg.");
  ASSERT_EQ(s.size(), 3u) << (s.empty() ? "" : s[0]);
  EXPECT_EQ(s[0], "Gen. John F. Campbell met Mr. Karzai in the U.S. capital on Sept. 5.");
  EXPECT_EQ(s[2], "Andrew E. Kramer reported from St. Petersburg.");
}

TEST(LangSentences, QuotationsEndInside) {
  auto s = sentences("\"We will not leave,\" he said. \"Never. We stay.\" The minister agreed.");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "\"We will not leave,\" he said.");
  EXPECT_EQ(s[1], "\"Never.");
  EXPECT_EQ(s[2], "We stay.\"");
  auto q = sentences("\"Is this war?\" asked one official. \"Yes!\" she replied.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0], "\"Is this war?\" asked one official.");
}

TEST(LangSentences, LineBreaksAndAbbreviationAtEnd) {
  if (!Resources::get().has_lexicon()) GTEST_SKIP() << "Lingua lexicon not installed";
  auto s = sentences("Talks resume in Doha\n\nThe talks were held in the U.S. They ended. Troops left Acme Inc. on Friday.");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "Talks resume in Doha");
  EXPECT_EQ(s[1], "The talks were held in the U.S.");
  EXPECT_EQ(s[3], "Troops left Acme Inc. on Friday.");
}

TEST(LangSentences, PeriodInsideARepeatedNameDoesNotBreak) {
  // A product name written with a period ("the NX. Orbit"): the text repeats the pair, a
  // sentence end does not; a period before "It" still ends the sentence.
  auto s = sentences("The NX. Orbit is the third concept. Drivers saw the NX. ORBIT in Paris. Sales began in "
                     "the US. It sold well in the US. It was cheap.");
  ASSERT_EQ(s.size(), 5u) << s[0];
  EXPECT_EQ(s[1], "Drivers saw the NX. ORBIT in Paris.");
  EXPECT_EQ(s[2], "Sales began in the US.");
}
