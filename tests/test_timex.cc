// Time expressions: calendar arithmetic, TIMEX3 values resolved against the
// document date, unresolvable expressions without one, spans, bad input,
// and the `timex` array of the contract.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/date_tokens.h"
#include "pipeline/contract.h"
#include "time/calendar.h"
#include "time/tagger.h"

using namespace dyad;
using dyad::time::tag_timexes;

namespace {

struct Found {
  std::string text, type, value;
};

std::vector<Found> tag(const std::string& text, std::optional<std::string> dct = std::string("2013-03-22")) {
  std::vector<Found> out;
  for (const auto& t : tag_timexes(text, dct))
    out.push_back({text.substr(t.span.start, t.span.size()), to_string(t.type), t.value});
  return out;
}

// The single expression found in `text` (fails the test if not exactly one).
Found one(const std::string& text, std::optional<std::string> dct = std::string("2013-03-22")) {
  auto all = tag(text, dct);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Found{} : all[0];
}

}  // namespace

TEST(TimexCalendar, DaysWeekdaysAndIsoWeeks) {
  using namespace dyad::time;
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  Date d = civil_from_days(days_from_civil(2013, 3, 22));
  EXPECT_EQ(d.y, 2013);
  EXPECT_EQ(d.m, 3);
  EXPECT_EQ(d.d, 22);
  EXPECT_EQ(weekday(Date{2013, 3, 22}), 5);  // a Friday
  EXPECT_EQ(weekday(Date{2000, 1, 1}), 6);   // a Saturday
  EXPECT_EQ(fmt_week(Date{2013, 3, 22}), "2013-W12");
  EXPECT_EQ(fmt_week(Date{2010, 1, 3}), "2009-W53");  // ISO week-year differs from the calendar year
  EXPECT_EQ(fmt_week(Date{2008, 12, 29}), "2009-W01");
  EXPECT_FALSE(valid_date(2013, 2, 29));
  EXPECT_TRUE(valid_date(2012, 2, 29));
  EXPECT_FALSE(parse_iso_date("2013-03").has_value());
  EXPECT_TRUE(parse_iso_date("2013-03-22T10:00:00Z").has_value());
}

TEST(Timex, RelativeToTheDocumentDate) {
  // Document date Friday 2013-03-22 (ISO week 12).
  EXPECT_EQ(one("Prices fell this month.").value, "2013-03");
  EXPECT_EQ(one("The ruling came last month.").value, "2013-02");
  EXPECT_EQ(one("The firm lost money last fall.").value, "2012-FA");
  EXPECT_EQ(one("A man who faked his death last summer pleaded guilty.").value, "2012-SU");
  EXPECT_EQ(one("Six deaths were reported in the last week.").value, "2013-W11");
  EXPECT_EQ(one("The House will vote next week.").value, "2013-W13");
  EXPECT_EQ(one("The president admitted this week that funds were short.").value, "2013-W12");
  EXPECT_EQ(one("Sales broke records last year.").value, "2012");
  EXPECT_EQ(one("Elections are due next year.").value, "2014");
  EXPECT_EQ(one("The law passed two years ago.").value, "2011");
  EXPECT_EQ(one("Rebels struck yesterday.").value, "2013-03-21");
  EXPECT_EQ(one("The envoy arrives tomorrow.").value, "2013-03-23");
  EXPECT_EQ(one("She died last June.").value, "2012-06");
  EXPECT_EQ(one("He was first reported missing late last July.").value, "2012-07");
  Found now = one("Now, the company hopes to expand.");
  EXPECT_EQ(now.type, "DATE");
  EXPECT_EQ(now.value, "PRESENT_REF");
  EXPECT_EQ(one("It was a nice town in the past.").value, "PAST_REF");
  Found night = one("Gunmen attacked the base last night.");
  EXPECT_EQ(night.type, "TIME");
  EXPECT_EQ(night.value, "2013-03-21TNI");
}

TEST(Timex, WeekdaysFollowTense) {
  EXPECT_EQ(one("The minister resigned on Wednesday.").value, "2013-03-20");
  EXPECT_EQ(one("The minister said on Friday that he would stay.").value, "2013-03-22");
  EXPECT_EQ(one("The cabinet will meet on Wednesday.").value, "2013-03-27");
  EXPECT_EQ(one("The match was postponed until Saturday.").value, "2013-03-23");
  EXPECT_EQ(one("The vote is scheduled for next Friday.").value, "2013-03-29");
  EXPECT_EQ(one("Talks collapsed last Friday.").value, "2013-03-15");
}

TEST(Timex, MonthsAndDays) {
  EXPECT_EQ(one("The war ended on Dec. 7, 1941.").value, "1941-12-07");
  EXPECT_EQ(one("Talks resume on March 22.").value, "2013-03-22");
  EXPECT_EQ(one("The treaty was signed on 4 July 1990.").value, "1990-07-04");
  EXPECT_EQ(one("Riots broke out in August 2014.").value, "2014-08");
  EXPECT_EQ(one("State police arrested both men in early August.").value, "2012-08");
  EXPECT_EQ(one("A book is due to be published in May.").value, "2013-05");
  EXPECT_EQ(one("The program will run through June.").value, "2013-06");
  EXPECT_EQ(one("Filed on 2012-10-05 in court.").value, "2012-10-05");
  EXPECT_EQ(one("Filed on 9/11/2001 in court.").value, "2001-09-11");
  // "may" and "march" as words are not months.
  EXPECT_TRUE(tag("Protesters may march on the capital.").empty());
  EXPECT_TRUE(tag("May the best team win.").empty());
}

TEST(Timex, YearsDecadesCenturies) {
  auto r = tag("The pandemic of 2009-2010 killed 348 children; the expedition of 1957-58 crossed Antarctica.");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].value, "2009");
  EXPECT_EQ(r[1].value, "2010");
  EXPECT_EQ(r[2].value, "1957");
  EXPECT_EQ(r[3].value, "1958");
  EXPECT_EQ(one("Crime soared in the 1990s.").value, "199");
  EXPECT_EQ(one("He shaped the 20th Century.").value, "19");
  EXPECT_EQ(one("Output fell in the first quarter.").value, "2013-Q1");
  EXPECT_EQ(one("Revenue for fiscal 2012 rose.").value, "2012");
  EXPECT_EQ(one("This fiscal year looks better.").value, "2013");
  // Numbers that are not years.
  EXPECT_TRUE(tag("About 2010 people came, and 1500 soldiers, and $2013 was paid.").empty());
  EXPECT_TRUE(tag("Turnout was 2,013 and 1999.5 points.").empty());
}

TEST(Timex, DurationsAndSets) {
  Found m = one("The season started about a month earlier than usual.");
  EXPECT_EQ(m.type, "DURATION");
  EXPECT_EQ(m.value, "P1M");
  EXPECT_EQ(one("It could be the worst in a decade.").value, "P10Y");
  EXPECT_EQ(one("He got 90 days in jail.").value, "P90D");
  EXPECT_EQ(one("The vote took a mere 24 hours.").value, "PT24H");
  EXPECT_EQ(one("An hour later they left.").value, "PT1H");
  EXPECT_EQ(one("It is a four-week course.").value, "P4W");
  EXPECT_EQ(one("Debt doubled over the past two years.").value, "P2Y");
  EXPECT_EQ(one("He was treated in recent weeks.").value, "PXW");
  EXPECT_EQ(one("Several days into the search, he was found.").value, "PXD");
  EXPECT_EQ(one("The feud has lasted for decades.").value, "PXDE");
  // Ages are not durations here.
  EXPECT_TRUE(tag("A 12-year-old boy and a man aged 40 years old.").empty());
  Found s = one("Children should be vaccinated every year.");
  EXPECT_EQ(s.type, "SET");
  EXPECT_EQ(s.value, "P1Y");
  EXPECT_EQ(one("The council meets every Monday.").value, "XXXX-WXX-1");
  EXPECT_EQ(one("Figures are published weekly.").value, "P1W");
}

TEST(Timex, ClockTimes) {
  Found t = one("The game was postponed until 15:00 GMT Saturday.");
  EXPECT_EQ(t.type, "TIME");
  EXPECT_EQ(t.value, "2013-03-23T15:00Z");  // GMT and UTC keep their zone (docs/time.md)
  EXPECT_EQ(t.text, "15:00 GMT Saturday");
  EXPECT_EQ(one("The blast came at 8:30 a.m. local time.").value, "2013-03-22T08:30");
  auto r = tag("Talks will resume Monday at 10 p.m.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].value, "2013-03-25");
  EXPECT_EQ(r[1].value, "2013-03-25T22:00");
}

TEST(Timex, NoDocumentDateKeepsPlaceholders) {
  std::optional<std::string> none;
  EXPECT_EQ(one("The Senate voted on Tuesday.", none).value, "XXXX-WXX-2");
  EXPECT_EQ(one("The House will vote next week.", none).value, "XXXX-WXX");
  EXPECT_EQ(one("Last year was calm.", none).value, "XXXX");
  EXPECT_EQ(one("Talks resume on March 22.", none).value, "XXXX-03-22");
  EXPECT_EQ(one("He left yesterday.", none).value, "XXXX-XX-XX");
  EXPECT_EQ(one("It rained in May 2010.", none).value, "2010-05");  // absolute: no date needed
  EXPECT_EQ(one("It rained for two days.", none).value, "P2D");
  // A partial date (year only) is no reference either.
  EXPECT_EQ(one("He left yesterday.", std::string("2013")).value, "XXXX-XX-XX");
}

TEST(Timex, SpansAreByteOffsetsAndBadInputIsSafe) {
  std::string text = "Caf\xC3\xA9 owners met on Friday \xE2\x80\x94 and again last week.";
  auto r = tag_timexes(text, std::string("2013-03-22"));
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(text.substr(r[0].span.start, r[0].span.size()), "Friday");
  EXPECT_EQ(text.substr(r[1].span.start, r[1].span.size()), "last week");
  EXPECT_LT(r[0].span.end, r[1].span.start);
  EXPECT_TRUE(tag_timexes("", std::string("2013-03-22")).empty());
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
  auto j = tag_timexes(junk, std::string("not a date"));
  for (const auto& t : j) EXPECT_LE(t.span.end, junk.size());
  // Expressions never overlap and come in order.
  auto many = tag_timexes("On Friday, March 22, 2013 at 3 p.m. and on 22 March 2013, 2012-2013.", std::string("2013-03-22"));
  for (size_t i = 1; i < many.size(); ++i) EXPECT_LE(many[i - 1].span.end, many[i].span.start);
}

TEST(Timex, ContractArray) {
  Document d;
  d.id = "doc1";
  d.text = "Rebels attacked the town on Wednesday, two years ago.";
  d.meta.published = "2013-03-22";
  time::tag_document(d);
  auto j = contract_json({d}, false);
  ASSERT_EQ(j["timex"].size(), 2u);
  EXPECT_EQ(j["timex"][0]["doc"], "doc1");
  EXPECT_EQ(j["timex"][0]["text"], "Wednesday");
  EXPECT_EQ(j["timex"][0]["type"], "DATE");
  EXPECT_EQ(j["timex"][0]["value"], "2013-03-20");
  EXPECT_EQ(j["timex"][1]["value"], "2011");
  size_t s = j["timex"][1]["start"], e = j["timex"][1]["end"];
  EXPECT_EQ(d.text.substr(s, e - s), "two years ago");
  // Duplicates are not listed twice.
  Document copy = d;
  copy.id = "doc2";
  copy.duplicate_of = "doc1";
  EXPECT_EQ(contract_json({d, copy}, false)["timex"].size(), 2u);
}

TEST(Timex, PartsOfUnits) {
  Found f = one("The plant will close by the end of the year.");
  EXPECT_EQ(f.text, "the end of the year");
  EXPECT_EQ(f.value, "2013");
  EXPECT_EQ(one("Talks began at the start of the month.").value, "2013-03");
  EXPECT_EQ(one("Mid-April is the deadline.").value, "2013-04");
  EXPECT_TRUE(tag("The end of the road is near.").empty());
}

// "the day before the vote" takes the year of the latest expression with a
// month, however many expressions without one come between (it is kept as
// the expressions are found, not searched for backwards each time).
TEST(Timex, AnaphoricDayTakesTheLatestMonthsYear) {
  std::string text = "Talks broke down in July 2009. ";
  for (int k = 0; k < 50; ++k) text += "In " + std::to_string(1950 + k) + " nothing changed. ";
  text += "Officials met the day before the vote.";
  auto all = tag(text);
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().text, "the day");
  EXPECT_EQ(all.back().value, "2009-XX-XX");
  // Without a month anywhere it is the document's year.
  EXPECT_EQ(one("Officials met the day before the vote.").value, "2013-XX-XX");
}

// "by the end of the year" is the year of a month named before it in the
// same sentence only; in a later sentence it is the document's year.
TEST(Timex, YearOfAMonthCountsInItsOwnSentenceOnly) {
  auto same = tag("Prices rose in early December 2011 and peaked by the end of the year.");
  ASSERT_EQ(same.size(), 2u);
  EXPECT_EQ(same[1].value, "2011");
  auto later = tag("Prices rose in early December 2011. They will fall by the end of the year.");
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[1].value, "2013");
}

// The tagger's tokens view one lower-case copy of the text: the views hold
// after the tokens are moved, curly marks read as their ASCII mark, and a
// number keeps only its suffix.
TEST(TimexTokens, LowerCaseViewsIntoOneCopy) {
  std::string text = "On MARCH 3rd \xE2\x80\x98Talks\xE2\x80\x99 resumed.";
  dyad::base::DateTokens moved = dyad::base::date_tokens(text);
  dyad::base::DateTokens toks = std::move(moved);
  std::vector<std::string> low;
  for (const auto& t : toks.toks) low.emplace_back(t.low());
  std::vector<std::string> want = {"on", "march", "rd", "'", "talks", "'", "resumed", "."};
  EXPECT_EQ(low, want);
  ASSERT_EQ(toks.toks.size(), want.size());
  EXPECT_EQ(toks.toks[2].kind, dyad::base::DateTokKind::Number);
  EXPECT_EQ(toks.toks[2].num, 3);
  EXPECT_TRUE(toks.toks[1].cap);
  EXPECT_EQ(text.substr(toks.toks[4].start, toks.toks[4].end - toks.toks[4].start), "Talks");
  // A run of one mark is one token (a divider or damage), different marks
  // in a row are one token each, and an empty text has none.
  EXPECT_EQ(dyad::base::date_tokens(std::string(1000, '"')).toks.size(), 1u);
  std::string mixed;
  for (int k = 0; k < 500; ++k) mixed += "\"'";
  EXPECT_EQ(dyad::base::date_tokens(mixed).toks.size(), 1000u);
  EXPECT_TRUE(dyad::base::date_tokens("").toks.empty());
}

// A long text is tagged in pieces (the time stage holds the tokens of one
// piece at a time); what it finds must not depend on where a piece ends.
TEST(TimexLongText, ExpressionsOnOneLongLineAreFoundWhereverThePiecesEnd) {
  const std::string phrase = "on 3 March 2012 and ";
  std::string text;
  while (text.size() < 400000) text += phrase;
  auto r = tag_timexes(text, std::string("2013-03-22"));
  ASSERT_EQ(r.size(), text.size() / phrase.size());
  for (size_t i = 0; i < r.size(); ++i) {
    ASSERT_EQ(text.substr(r[i].span.start, r[i].span.size()), "3 March 2012") << i;
    ASSERT_EQ(r[i].value, "2012-03-03") << i;
    ASSERT_EQ(r[i].span.start, i * phrase.size() + 3) << i;
  }
}

TEST(TimexLongText, TheNarrativesReferenceYearCarriesAcrossPieces) {
  // "the day before ..." takes the year of the latest expression with a
  // month, even 300 kB later.
  std::string text = "Fighting began in July 2010.\n\n";
  while (text.size() < 300000) text += "Nothing more was said about it.\n\n";
  text += "They met the day before the vote.\n";
  auto r = tag_timexes(text, std::string("2013-03-22"));
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].value, "2010-07");
  EXPECT_EQ(text.substr(r[1].span.start, r[1].span.size()), "the day");
  EXPECT_EQ(r[1].value, "2010-XX-XX");
}

TEST(TimexLongText, ARunOfSpacesAcrossAPieceEndHidesNothingAfterIt) {
  std::string text = "It began on 3 March 2012.";
  text += std::string(300000, ' ');
  text += "It ended on 5 May 2012.";
  auto r = tag_timexes(text, std::string("2013-03-22"));
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].value, "2012-05-05");
  EXPECT_EQ(text.substr(r[1].span.start, r[1].span.size()), "5 May 2012");
}
