// The one tokenizer for dates and times (src/base/date_tokens.h) in table
// rows: each text with its tokens under the time tagger's options
// (kTimeTokens) and under plain runs (kPlainRuns, the metadata dates), then
// sentence numbers, spaces before tokens and the lower-case views.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/date_tokens.h"

namespace {

namespace base = dyad::base;

// One token as "kind text": w word, n number (" =value", " +suffix"),
// c clock (" =h:mm[:ss]"), p mark (the mark as read).
std::string render(std::string_view text, const base::DateTok& t) {
  std::string span(text.substr(t.start, t.end - t.start));
  auto two = [](int v) { return std::string(1, char('0' + v / 10)) + char('0' + v % 10); };
  switch (t.kind) {
    case base::DateTokKind::Word:
      return "w " + span;
    case base::DateTokKind::Number: {
      std::string r = "n " + span + " =" + std::to_string(t.num);
      if (!t.low().empty()) r += " +" + std::string(t.low());
      return r;
    }
    case base::DateTokKind::Clock: {
      std::string r = "c " + span + " =" + std::to_string(t.num) + ":" + two(t.minutes);
      if (t.seconds >= 0) r += ":" + two(t.seconds);
      return r;
    }
    case base::DateTokKind::Mark:
      return "p " + std::string(t.low());
  }
  return "?";
}

std::vector<std::string> rendered(std::string_view text, const base::DateTokOptions& o) {
  base::DateTokens toks = base::date_tokens(text, o);
  std::vector<std::string> out;
  for (const auto& t : toks.toks) out.push_back(render(text, t));
  return out;
}

using Toks = std::vector<std::string>;
struct Row {
  std::string text;
  Toks time, plain;
};

const std::vector<Row>& rows() {
  static const std::vector<Row> r = {
      // Nothing to read.
      {"", {}, {}},
      {" \t\n ", {}, {}},
      // An ordinal day before a month, a year and a clock: the time tokens
      // keep the suffix on the day and read the clock; plain runs split both.
      {"On 14th March 2021, at 15:00.",
       {"w On", "n 14th =14 +th", "w March", "n 2021 =2021", "p ,", "w at", "c 15:00 =15:00", "p ."},
       {"w On", "n 14 =14", "w th", "w March", "n 2021 =2021", "w at", "n 15 =15", "n 00 =0"}},
      // A day, month and year joined by dots is one quantity to the time
      // tagger (never a year or day), three numbers to the date finder.
      {"16.03.2021", {"n 16.03.2021 =-1"}, {"n 16 =16", "n 03 =3", "n 2021 =2021"}},
      // Decimals and thousands separators.
      {"12.01 and 1,500",
       {"n 12.01 =-1", "w and", "n 1,500 =-1"},
       {"n 12 =12", "n 01 =1", "w and", "n 1 =1", "n 500 =500"}},
      // A path of a web address with the date in its folders.
      {"example.org/2021/03/16/talks-resume",
       {"w example", "p .", "w org", "p /", "n 2021 =2021", "p /", "n 03 =3", "p /", "n 16 =16", "p /",
        "w talks", "p -", "w resume"},
       {"w example", "w org", "n 2021 =2021", "n 03 =3", "n 16 =16", "w talks", "w resume"}},
      // No-break spaces (U+00A0) between day, month and year: wide words take
      // them as letters, plain runs skip them.
      {"16\xC2\xA0March\xC2\xA0"
       "2021",
       {"n 16 =16", "w \xC2\xA0March\xC2\xA0"
                    "2021"},
       {"n 16 =16", "w March", "n 2021 =2021"}},
      // A word runs into digits; a decade keeps its plural suffix; a suffix
      // of three letters is a word of its own; "5pm" keeps "pm".
      {"COVID19 in the 1990s, 10kms at 5pm",
       {"w COVID19", "w in", "w the", "n 1990s =1990 +s", "p ,", "n 10 =10", "w kms", "w at", "n 5pm =5 +pm"},
       {"w COVID", "n 19 =19", "w in", "w the", "n 1990 =1990", "w s", "n 10 =10", "w kms", "w at", "n 5 =5",
        "w pm"}},
      // A clock with seconds; three digits before a colon are no clock.
      {"3:07:35 and 123:45",
       {"c 3:07:35 =3:07:35", "w and", "n 123 =123", "p :", "n 45 =45"},
       {"n 3 =3", "n 07 =7", "n 35 =35", "w and", "n 123 =123", "n 45 =45"}},
      // Curly quotes and a dash read as ASCII marks; plain runs skip them.
      {"\xE2\x80\x98Talks\xE2\x80\x99 \xE2\x80\x93 1990",
       {"p '", "w Talks", "p '", "p -", "n 1990 =1990"},
       {"w Talks", "n 1990 =1990"}},
      // A word with letters beyond ASCII is one word; plain runs keep its
      // ASCII letters only.
      {"\xC3\x9Cr\xC3\xBCmqi 2009", {"w \xC3\x9Cr\xC3\xBCmqi", "n 2009 =2009"}, {"w r", "w mqi", "n 2009 =2009"}},
      // Four or more identical marks in a row are one mark (a divider or
      // damage); three stay three.
      {"1990 ---- 1995...... \"\"\"\" x!!!",
       {"n 1990 =1990", "p -", "n 1995 =1995", "p .", "p \"", "w x", "p !", "p !", "p !"},
       {"n 1990 =1990", "n 1995 =1995", "w x"}},
      {"\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94 a", {"p -", "w a"}, {"w a"}},
      // A number longer than nine digits keeps the value of its first nine.
      {"12345678901", {"n 12345678901 =123456789"}, {"n 12345678901 =123456789"}},
  };
  return r;
}

TEST(DateTokens, TimeTaggerTokensInRows) {
  for (const Row& row : rows()) EXPECT_EQ(rendered(row.text, base::kTimeTokens), row.time) << row.text;
}

TEST(DateTokens, PlainRunsInRows) {
  for (const Row& row : rows()) EXPECT_EQ(rendered(row.text, base::kPlainRuns), row.plain) << row.text;
}

// Sentences end at final punctuation before a capitalised word (not after a
// one- or two-letter capitalised abbreviation), at a line break after final
// punctuation, and at a blank line; plain runs number none.
TEST(DateTokens, SentenceNumbers) {
  std::string text = "He left. They met on Monday.\nMr. Smith came to the U.S. Then\n\nA new line";
  struct Want { std::string word; int sent; };
  const std::vector<Want> want = {{"He", 0}, {"left", 0}, {"They", 1}, {"Monday", 1}, {"Mr", 2},
                                  {"Smith", 2}, {"U", 2},   {"Then", 2}, {"A", 3},      {"line", 3}};
  base::DateTokens toks = base::date_tokens(text, base::kTimeTokens);
  for (const Want& w : want) {
    bool found = false;
    for (const auto& t : toks.toks)
      if (text.substr(t.start, t.end - t.start) == w.word) {
        EXPECT_EQ(t.sent, w.sent) << w.word;
        found = true;
        break;
      }
    EXPECT_TRUE(found) << w.word;
  }
  for (const auto& t : base::date_tokens(text, base::kPlainRuns).toks) EXPECT_EQ(t.sent, 0);
}

// Whether whitespace (or the start of the text) is before each token; a
// skipped mark counts as no whitespace.
TEST(DateTokens, SpaceBefore) {
  std::string text = "at 5, (Friday)";
  std::vector<bool> time, plain;
  for (const auto& t : base::date_tokens(text, base::kTimeTokens).toks) time.push_back(t.space_before);
  for (const auto& t : base::date_tokens(text, base::kPlainRuns).toks) plain.push_back(t.space_before);
  EXPECT_EQ(time, (std::vector<bool>{true, true, false, true, false, false}));
  EXPECT_EQ(plain, (std::vector<bool>{true, true, false}));
}

// Words are views into one lower-case copy; the first letter's case is kept
// in `cap`; a number's view is its suffix.
TEST(DateTokens, LowerCaseViewsAndCapitals) {
  std::string text = "MARCH 3rd may";
  for (const auto* o : {&base::kTimeTokens, &base::kPlainRuns}) {
    base::DateTokens toks = base::date_tokens(text, *o);
    ASSERT_GE(toks.toks.size(), 3u);
    EXPECT_EQ(toks.toks[0].low(), "march");
    EXPECT_TRUE(toks.toks[0].cap);
    EXPECT_EQ(toks.toks[1].num, 3);
    EXPECT_EQ(toks.toks[1].ndigits, 1);
    EXPECT_FALSE(toks.toks.back().cap);
    EXPECT_EQ(toks.toks.back().low(), "may");
  }
  EXPECT_EQ(base::date_tokens(text, base::kTimeTokens).toks[1].low(), "rd");
  EXPECT_EQ(base::date_tokens(text, base::kPlainRuns).toks[1].low(), "");
}

}  // namespace
