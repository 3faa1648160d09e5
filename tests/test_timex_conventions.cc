// TimeML conventions of the time tagger on constructions news articles use:
// vague durations, the present, measured times, zones, weekdays beside
// clock times, anaphoric days, decades and centuries, and the direction of
// relative dates taken from the governing verb (with and without the
// language layers). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/annotate.h"
#include "time/direction.h"
#include "time/tagger.h"

using dyad::time::tag_timexes;

namespace {

struct Found {
  std::string text, type, value;
};

// Document date: Thursday 2013-03-21.
std::vector<Found> tag(const std::string& text, bool with_lang = false) {
  std::vector<Found> out;
  dyad::lang::Annotation a;
  if (with_lang) a = dyad::lang::annotate(text);
  for (const auto& t : tag_timexes(text, std::string("2013-03-21"), with_lang ? &a : nullptr))
    out.push_back({text.substr(t.span.start, t.span.size()), to_string(t.type), t.value});
  return out;
}

// The value of the expression whose text is `what` ("" when not found).
std::string value_of(const std::string& text, const std::string& what, bool with_lang = false) {
  for (const auto& f : tag(text, with_lang))
    if (f.text == what) return f.value;
  return "";
}

}  // namespace

TEST(TimexConventions, BarePluralUnitsAreVagueDurations) {
  EXPECT_EQ(value_of("The two sides have argued for years over the border.", "years"), "PXY");
  EXPECT_EQ(value_of("The repairs took weeks to finish.", "weeks"), "PXW");
  EXPECT_EQ(value_of("Days later, the council met again.", "Days"), "PXD");
  EXPECT_EQ(value_of("The hearing lasted minutes.", "minutes"), "PTXM");
  EXPECT_EQ(value_of("The feud has gone on for decades.", "decades"), "PXDE");
  EXPECT_EQ(value_of("The bridge was built decades ago.", "decades ago"), "PAST_REF");
  // Not durations: a count of things, an age, a possessive's noun.
  EXPECT_TRUE(tag("After days of talks, nothing changed.").empty());
  EXPECT_TRUE(tag("Their years in office were calm.").empty());
  EXPECT_TRUE(tag("Vaccines are offered to children 6 months and older.").empty());
}

TEST(TimexConventions, PresentReference) {
  EXPECT_EQ(value_of("The minister is currently abroad.", "currently"), "PRESENT_REF");
  EXPECT_EQ(value_of("Prices are falling now.", "now"), "PRESENT_REF");
  // "today" names the document's day; used for the present in general it is PRESENT_REF.
  EXPECT_EQ(value_of("The court will rule today.", "today"), "2013-03-21");
  EXPECT_EQ(value_of("In today's world, few write letters.", "today"), "PRESENT_REF");
  EXPECT_EQ(value_of("The youth of today vote less.", "today"), "PRESENT_REF");
}

TEST(TimexConventions, HoursMinutesSecondsWithoutClockWordsAreMeasured) {
  auto f = tag("She crossed the line in 2:21:09 to win the race.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].type, "DURATION");
  EXPECT_EQ(f[0].value, "PT2H21M9S");
  // With "at" it is the clock.
  EXPECT_EQ(value_of("The alarm sounded at 10:15:30 on Monday.", "10:15:30 on Monday"), "2013-03-18T10:15:30");
}

TEST(TimexConventions, ZonesKeepTheirOffset) {
  EXPECT_EQ(value_of("The probe landed at 14:05 UTC.", "14:05 UTC"), "2013-03-21T14:05Z");
  EXPECT_EQ(value_of("Polls close at 8 p.m. EST.", "8 p.m. EST"), "2013-03-21T20:00-05");
  // "local time" names no offset.
  EXPECT_EQ(value_of("Polls close at 20:00 local time.", "20:00 local time"), "2013-03-21T20:00");
}

TEST(TimexConventions, WeekdayBesideClockTime) {
  EXPECT_EQ(value_of("Voting opened at 07:00 GMT on Tuesday.", "07:00 GMT on Tuesday"), "2013-03-19T07:00Z");
  EXPECT_EQ(value_of("The ferry left at 6 p.m. Saturday.", "6 p.m. Saturday"), "2013-03-16T18:00");
  EXPECT_EQ(value_of("The talks will resume Monday at 9 a.m.", "9 a.m."), "2013-03-25T09:00");
}

TEST(TimexConventions, AnaphoricDayTakesTheNarrativeYear) {
  std::string text = "The mayor vanished in late July 2010. The day before he vanished, he sold his boat.";
  EXPECT_EQ(value_of(text, "The day"), "2010-XX-XX");
  EXPECT_EQ(value_of("On the 40th day, the strike ended.", "the 40th day"), "XXXX-XX-XX");
  // A bare "the year" in a sentence that named a month earlier is that month's year.
  EXPECT_EQ(value_of("Sales began in November 2011 and peaked by the end of the year.", "the end of the year"), "2011");
  EXPECT_EQ(value_of("Sales will peak by the end of the year.", "the end of the year"), "2013");
}

TEST(TimexConventions, SeasonsDecadesCenturies) {
  EXPECT_EQ(value_of("Talks will resume in the autumn.", "the autumn"), "2013-FA");
  EXPECT_EQ(value_of("Growth slowed last winter.", "last winter"), "2012-WI");
  EXPECT_EQ(value_of("The harvest failed in the summer of 2009.", "the summer of 2009"), "2009-SU");
  EXPECT_EQ(value_of("Inflation soared in the 70s.", "the 70s"), "197");
  EXPECT_EQ(value_of("The city boomed in the nineties.", "the nineties"), "199");
  EXPECT_EQ(value_of("The party was founded in the '60s.", "the '60s"), "196");
  EXPECT_EQ(value_of("The canal dates from the 1800s.", "the 1800s"), "18");
  EXPECT_EQ(value_of("The 2000s were calm.", "The 2000s"), "200");
  EXPECT_EQ(value_of("Borders were redrawn in the 19th century.", "the 19th century"), "18");
}

// The document date is a Thursday; a month-day a week ahead and a weekday
// ahead resolve forward under a future or planned verb, backward under a
// past one, with the verb groups of the language layers and without them.
TEST(TimexDirection, FutureAndPlannedVerbsPointForward) {
  for (bool lang : {false, true}) {
    SCOPED_TRACE(lang ? "with language layers" : "tense cues only");
    EXPECT_EQ(value_of("The congress will be held on March 28 in Lima.", "March 28", lang), "2013-03-28");
    EXPECT_EQ(value_of("The retrial is set to begin on Tuesday.", "Tuesday", lang), "2013-03-26");
    EXPECT_EQ(value_of("The ballot is scheduled for Monday.", "Monday", lang), "2013-03-25");
    EXPECT_EQ(value_of("The unions plan to strike on Tuesday.", "Tuesday", lang), "2013-03-26");
    EXPECT_EQ(value_of("The leaders met on Tuesday.", "Tuesday", lang), "2013-03-19");
    EXPECT_EQ(value_of("The envoy arrived on March 18.", "March 18", lang), "2013-03-18");
  }
  // A month-day just after the document date in a past sentence is last year's.
  EXPECT_EQ(value_of("The envoy arrived on March 28.", "March 28", true), "2012-03-28");
}

TEST(TimexDirection, GoverningVerbReading) {
  std::string text = "Officials said the vote will take place on Sunday.";
  auto a = dyad::lang::annotate(text);
  uint32_t at = static_cast<uint32_t>(text.find("Sunday"));
  EXPECT_EQ(dyad::time::governing_direction(a, at, at + 6), 1);
  std::string past = "Rebels seized the town on Sunday.";
  auto b = dyad::lang::annotate(past);
  at = static_cast<uint32_t>(past.find("Sunday"));
  EXPECT_EQ(dyad::time::governing_direction(b, at, at + 6), -1);
  std::string none = "Sunday.";
  auto c = dyad::lang::annotate(none);
  EXPECT_EQ(dyad::time::governing_direction(c, 0, 6), 0);
}
