// Chronology lists: leading dates, runs of entries, scrape damage (repeated
// entries, glued years, bare year lines, bullets) and prose that must not
// become entries.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures.h"
#include "time/chronology.h"

using dyad::Span;
using dyad::TimelineEntry;
using dyad::time::find_chronology;
using dyad::time::leading_date;

namespace {

// Splits `text` into one paragraph per line (as Document::text_paras would).
std::vector<Span> lines(const std::string& text) {
  std::vector<Span> out;
  size_t a = 0;
  while (a <= text.size()) {
    size_t b = text.find('\n', a);
    if (b == std::string::npos) b = text.size();
    if (b > a) out.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
    a = b + 1;
  }
  return out;
}

std::vector<TimelineEntry> chrono(const std::string& text) { return find_chronology(text, lines(text)); }

std::string range(const TimelineEntry& e) { return e.date + (e.end_date ? "/" + *e.end_date : ""); }

}  // namespace

TEST(LeadingDate, Forms) {
  struct Case {
    const char* line;
    const char* date;
    const char* end;  // "" when none
    const char* text;  // what follows
  };
  const Case cases[] = {
      {"1979 Soviet troops cross the border.", "1979", "", "Soviet troops cross the border."},
      {"September 2001: Attacks on New York.", "2001-09", "", "Attacks on New York."},
      {"1989-1992 Najibullah holds on.", "1989", "1992", "Najibullah holds on."},
      {"1979-1989", "1979", "1989", ""},
      {"Dec. 25, 1979 - Soviet airborne units land in Kabul.", "1979-12-25", "", "Soviet airborne units land in Kabul."},
      {"2001 - U.S.-led forces topple the Taliban.", "2001", "", "U.S.-led forces topple the Taliban."},
      {"1996\xE2\x80\x93" "2001 Taliban rule.", "1996", "2001", "Taliban rule."},
      {"1979\xE2\x80\x93" "89: War.", "1979", "1989", "War."},
      {"15 February 1989, The last soldier leaves.", "1989-02-15", "", "The last soldier leaves."},
      {"2014-03-18 Crimea is annexed.", "2014-03-18", "", "Crimea is annexed."},
      {"1979Soviet troops invade.", "1979", "", "Soviet troops invade."},
      {"Sept. 11, 2001", "2001-09-11", "", ""},
  };
  for (const auto& c : cases) {
    std::string s = c.line;
    auto d = leading_date(s);
    ASSERT_TRUE(d.has_value()) << s;
    EXPECT_EQ(d->date, c.date) << s;
    EXPECT_EQ(d->end_date.value_or(""), c.end) << s;
    EXPECT_EQ(s.substr(std::min(d->text_start, s.size())), c.text) << s;
  }
}

TEST(LeadingDate, ProseIsNotAnEntry) {
  for (const char* s : {"In 2014, Russia annexed Crimea.", "1,200 troops remain in the north.",
                        "2,000 people marched in Kabul.", "2000 people marched in Kabul.",
                        "The 1990s were a decade of civil war.", "1990s: civil war.", "2014 elections were marred.",
                        "May officials met in Kabul.", "45 people were killed.", "3000 BC",
                        "2019-11-13T23:06:00+01:00", "2019T"}) {
    EXPECT_FALSE(leading_date(s).has_value()) << s;
  }
}

TEST(Chronology, CleanList) {
  auto es = chrono(
      "A timeline of the war:\n"
      "1979: Soviet troops cross the border to prop up a communist government.\n"
      "1989: The last Soviet soldier leaves across the Friendship Bridge.\n"
      "1992: Mujahideen factions take Kabul.\n"
      "The war did not end there.\n");
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(es[0].date, "1979");
  EXPECT_EQ(es[0].text, "Soviet troops cross the border to prop up a communist government.");
  EXPECT_EQ(es[0].kind, dyad::TimelineKind::Chronology);
  EXPECT_EQ(es[2].text, "Mujahideen factions take Kabul.");
}

TEST(Chronology, ScrapedTimeline) {
  // An interactive timeline flattened by a scraper: bare year lines above
  // their text, a bullet, a range, then the same slides again glued into one
  // line, the years stuck to the end of the previous slide.
  const std::string text =
      "1979\n"
      "Soviet troops cross the border to prop up a communist government facing an Islamist uprising.\n"
      "1979-1989\n"
      "Soviet forces fight mujahideen guerrillas armed by the United States and Pakistan.\n"
      "\xE2\x80\xA2 Feb. 15, 1989 - The last Soviet soldier leaves Afghanistan across the Friendship Bridge.\n"
      "1996\xE2\x80\x93" "2001: The Taliban rule most of the country.\n"
      "1979Soviet troops cross the border to prop up a communist government facing an Islamist uprising."
      "1979-1989 Soviet forces fight mujahideen guerrillas armed by the United States and Pakistan."
      "Feb. 15, 1989 - The last Soviet soldier leaves Afghanistan across the Friendship Bridge.\n"
      "September 2001\n"
      "After the attacks on New York and Washington, Moscow opens its airspace to American flights.\n";
  auto es = chrono(text);
  ASSERT_EQ(es.size(), 5u);
  EXPECT_EQ(range(es[0]), "1979");
  EXPECT_EQ(es[0].text, "Soviet troops cross the border to prop up a communist government facing an Islamist uprising.");
  EXPECT_EQ(range(es[1]), "1979/1989");
  EXPECT_EQ(es[1].text, "Soviet forces fight mujahideen guerrillas armed by the United States and Pakistan.");
  EXPECT_EQ(range(es[2]), "1989-02-15");
  EXPECT_EQ(es[2].text, "The last Soviet soldier leaves Afghanistan across the Friendship Bridge.");
  EXPECT_EQ(range(es[3]), "1996/2001");
  EXPECT_EQ(range(es[4]), "2001-09");
  EXPECT_EQ(es[4].text, "After the attacks on New York and Washington, Moscow opens its airspace to American flights.");
  // Spans cover the date and the text in the source.
  EXPECT_EQ(text.substr(es[0].span.start, 4), "1979");
  EXPECT_EQ(text.substr(es[4].span.start, es[4].span.size()),
            "September 2001\nAfter the attacks on New York and Washington, Moscow opens its airspace to American flights.");
}

TEST(Chronology, GluedOnlyCopy) {
  // Only the glued copy survives: each year starts an entry, the text before
  // it belongs to the previous one.
  const std::string text =
      "Key dates\n"
      "1978 Communists seize power in a coup.1979 Soviet troops invade to back the communist regime against the "
      "Islamic revolution.1979-1989 Soviet troops fight the mujahideen.\n";
  auto es = chrono(text);
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(range(es[0]), "1978");
  EXPECT_EQ(es[0].text, "Communists seize power in a coup.");
  EXPECT_EQ(range(es[1]), "1979");
  EXPECT_EQ(es[1].text, "Soviet troops invade to back the communist regime against the Islamic revolution.");
  EXPECT_EQ(range(es[2]), "1979/1989");
  EXPECT_EQ(text.substr(es[2].span.start, 9), "1979-1989");
}

TEST(Chronology, GluedTailContinuesPreviousEntry) {
  // The year line of an entry, then a line holding the end of its text with
  // the next entries glued on.
  auto es = chrono(
      "1978\n"
      "Communists seize power and face the Islamic revolution.1979-1989 Soviet troops fight the mujahideen."
      "1992 Kabul falls.\n");
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(es[0].text, "Communists seize power and face the Islamic revolution.");
  EXPECT_EQ(range(es[1]), "1979/1989");
  EXPECT_EQ(es[1].text, "Soviet troops fight the mujahideen.");
  EXPECT_EQ(es[2].text, "Kabul falls.");
}

TEST(Chronology, RepeatedEntriesOnce) {
  auto es = chrono(
      "- 2001: U.S.-led forces topple the Taliban.\n"
      "- 2004: Hamid Karzai wins the presidential election.\n"
      "- 2014: Ashraf Ghani becomes president.\n"
      "- 2001: U.S.-led forces topple the Taliban.\n"
      "- 2004: Hamid Karzai wins the presidential election.\n"
      "- 2014: Ashraf Ghani becomes president after a disputed run-off.\n");
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(es[2].text, "Ashraf Ghani becomes president after a disputed run-off.");  // the fuller copy
  // A copy that lost its range, or its day, is the same entry.
  auto rs = chrono(
      "1979-1989: Soviet forces fight the mujahideen.\n"
      "Feb. 15, 1989: The last Soviet soldier leaves.\n"
      "1992: Kabul falls to the mujahideen.\n"
      "1979: Soviet forces fight the mujahideen.\n"
      "1989: The last Soviet soldier leaves.\n");
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(range(rs[0]), "1979/1989");
  EXPECT_EQ(range(rs[1]), "1989-02-15");
  EXPECT_EQ(es[0].date, "2001");
  EXPECT_EQ(es[1].date, "2004");
}

TEST(Chronology, ProseStartingWithYearsIsNotAList) {
  auto es = chrono(
      "In 2014, Russia annexed Crimea and relations with Washington soured.\n"
      "2015 Russian officials began to speak openly of contacts with the Taliban.\n"
      "1,200 troops remain in the north, according to the ministry.\n"
      "2,000 people attended the rally in Kabul, officials said.\n"
      "2016 Moscow hosted a first round of regional talks.\n"
      "The talks produced no agreement.\n");
  EXPECT_TRUE(es.empty());
  // Two entry-shaped lines are not a list either.
  EXPECT_TRUE(chrono("1989: The Soviets leave.\n2001: The Taliban fall.\n").empty());
}

TEST(Chronology, ThroughThePipeline) {
  // A whole article: prose, then a timeline at its end. The cleaning stages
  // must keep the list lines; the prose above must not be taken.
  std::string article =
      "Moscow's long road back to Kabul\n\n"
      "By Jane Morrow\n\n"
      "MOSCOW \xE2\x80\x94 Three decades after the Red Army left Afghanistan, Russia is again a power broker in "
      "Kabul, courting the government, the Taliban and the northern strongmen alike, diplomats say.\n\n"
      "In 2014, relations between Moscow and Washington soured over Ukraine, and cooperation on Afghanistan "
      "was among the first casualties, according to officials on both sides.\n\n"
      "2,000 Russian troops are based in neighbouring Tajikistan, the largest Russian force abroad.\n\n"
      "Officials in Moscow say they want a negotiated settlement, and that the Taliban must be part of it.\n\n"
      "Key dates\n\n"
      "1979\n\n"
      "Soviet troops cross the border to prop up a communist government facing an Islamist uprising.\n\n"
      "1979-1989\n\n"
      "Soviet forces fight mujahideen guerrillas armed by the United States and Pakistan.\n\n"
      "Feb. 15, 1989\n\n"
      "The last Soviet soldier leaves Afghanistan across the Friendship Bridge.\n\n"
      "1979Soviet troops cross the border to prop up a communist government facing an Islamist uprising."
      "1979-1989 Soviet forces fight mujahideen guerrillas armed by the United States and Pakistan.\n\n"
      "September 2001\n\n"
      "After the attacks on New York and Washington, Moscow opens its airspace to American flights.\n";
  dyad::Document d = dyad::testing::process_text(article, "timeline.txt");
  auto es = find_chronology(d);
  ASSERT_EQ(es.size(), 4u) << d.text;
  EXPECT_EQ(range(es[0]), "1979");
  EXPECT_EQ(range(es[1]), "1979/1989");
  EXPECT_EQ(range(es[2]), "1989-02-15");
  EXPECT_EQ(range(es[3]), "2001-09");
  for (const auto& e : es) {
    ASSERT_LE(e.span.end, d.text.size());
    EXPECT_NE(d.text.substr(e.span.start, e.span.size()).find(e.text.substr(0, 20)), std::string::npos);
  }
}

TEST(Chronology, WhatTheCleaningRemoved) {
  // A timeline at the top of the article, shown twice. The cleaning stages
  // take the date lines near the top for furniture (ParaKind::Date) and the
  // second copy's texts for repeats (ParaKind::Repeated): a removed date line
  // still dates the paragraph after it, and a bare year whose text was
  // removed does not take the next paragraph (prose) as its text.
  std::string article =
      "Russia's Afghan gamble\n\n"
      "By Jane Morrow\n\n"
      "1979\n\n"
      "Soviet troops cross the border to prop up a communist government facing an Islamist uprising.\n\n"
      "Feb. 15, 1989\n\n"
      "The last Soviet soldier leaves Afghanistan across the Friendship Bridge.\n\n"
      "September 2001\n\n"
      "After the attacks on New York and Washington, Moscow opens its airspace to American flights.\n\n"
      "1979\n\n"
      "Soviet troops cross the border to prop up a communist government facing an Islamist uprising.\n\n"
      "Feb. 15, 1989\n\n"
      "The last Soviet soldier leaves Afghanistan across the Friendship Bridge.\n\n"
      "September 2001\n\n"
      "After the attacks on New York and Washington, Moscow opens its airspace to American flights.\n\n"
      "MOSCOW \xE2\x80\x94 Three decades after the Red Army left Afghanistan, Russia is again a power broker in "
      "Kabul, courting the government, the Taliban and the northern strongmen alike, diplomats say.\n\n"
      "Officials in Moscow say they want a negotiated settlement, and that the Taliban must be part of it.\n";
  dyad::Document d = dyad::testing::process_text(article, "timeline_top.txt");
  auto es = find_chronology(d);
  ASSERT_EQ(es.size(), 3u) << d.text;
  EXPECT_EQ(range(es[0]), "1979");
  EXPECT_EQ(range(es[1]), "1989-02-15");
  EXPECT_EQ(es[1].text, "The last Soviet soldier leaves Afghanistan across the Friendship Bridge.");
  EXPECT_EQ(d.text.substr(es[1].span.start, es[1].span.size()), es[1].text);
  EXPECT_EQ(range(es[2]), "2001-09");
  EXPECT_EQ(es[2].text.rfind("After the attacks", 0), 0u);
}

TEST(Chronology, YearsGluedInOtherLayouts) {
  // A colon layout glued after the stop, and a year glued straight onto the
  // last word of an entry whose stop the scrape lost.
  auto es = chrono(
      "Milestones\n"
      "1988: The accords are signed in Geneva.1992: The capital falls to rival factions."
      "2001: Foreign forces arrive in the capital.\n");
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(es[0].text, "The accords are signed in Geneva.");
  EXPECT_EQ(range(es[1]), "1992");
  EXPECT_EQ(es[1].text, "The capital falls to rival factions.");
  EXPECT_EQ(range(es[2]), "2001");
  auto ls = chrono(
      "1989 The last convoy crosses the river\n"
      "1992 The government collapses1996 A movement of students seizes the capital\n"
      "2001 The movement is driven from power\n");
  ASSERT_EQ(ls.size(), 4u);
  EXPECT_EQ(ls[1].text, "The government collapses");
  EXPECT_EQ(range(ls[2]), "1996");
  EXPECT_EQ(ls[2].text, "A movement of students seizes the capital");
  // Not cut: a number against letters that is no year, or a short code.
  auto prose = chrono("The F1600 engine failed.\nModel G2000 Turbo was recalled.\nIt happened.\n");
  EXPECT_TRUE(prose.empty());
}

TEST(Chronology, RepeatsWithOtherQuotesAndDashesOnce) {
  // The second copy of each slide uses straight quotes and hyphens where the
  // first used curly ones and dashes: still one entry each.
  auto es = chrono(
      "2008 \xE2\x80\x93 The region\xE2\x80\x99s leaders meet in Bucharest.\n"
      "2010 \xE2\x80\x93 A \xE2\x80\x9Csurge\xE2\x80\x9D of troops begins.\n"
      "2014 \xE2\x80\x93 Combat operations end.\n"
      "2008 - The region's leaders meet in Bucharest.\n"
      "2010 - A \"surge\" of troops begins.\n"
      "2014 - Combat operations end.\n");
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(es[0].date, "2008");
  EXPECT_EQ(es[1].date, "2010");
  EXPECT_EQ(es[2].date, "2014");
}
