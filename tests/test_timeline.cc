// The timeline: chronology entries plus dated past events, one entry per
// sentence, sorted by date then position; and its contract JSON.
#include <gtest/gtest.h>

#include <string>

#include "events/event_dates.h"
#include "fixtures.h"
#include "lang/annotation.h"
#include "time/tagger.h"
#include "timeline/timeline.h"
#include "time/timeline_json.h"

using dyad::Document;
using dyad::Event;
using dyad::time::build_timeline;
using dyad::time::date_before;

namespace {

Document doc_with_date(const std::string& body, const std::string& published) {
  Document d = dyad::testing::process_text(body);
  d.meta.published = published;
  dyad::time::tag_document(d);
  return d;
}

// An event on the sentence holding `where`, its verb the first `verb` after it.
Event event_at(const Document& d, const std::string& where, const std::string& verb,
               dyad::Modality modality = dyad::Modality::Asserted) {
  Event e;
  size_t at = d.text.find(where);
  EXPECT_NE(at, std::string::npos) << where;
  if (at == std::string::npos || !d.lang) return e;
  for (size_t i = 0; i < d.lang->sentences.size(); ++i) {
    const auto& s = d.lang->sentences[i].span;
    if (s.start <= at && at < s.end) {
      e.sentence = static_cast<uint32_t>(i);
      e.span = s;
    }
  }
  size_t v = d.text.find(verb, at);
  e.verb = {static_cast<uint32_t>(v), static_cast<uint32_t>(v + verb.size())};
  e.source = "RUS";
  e.code = "042";
  e.modality = modality;
  return e;
}

const char* kArticle =
    "Russia will host talks between the Taliban and Afghan politicians next month, officials said.\n\n"
    "Kabulov met Taliban envoys in Moscow in August 2014 and again in 2015, the ministry said on Monday.\n\n"
    "In December 2015, Russia accused the United States of failing in Afghanistan.\n\n"
    "Russia did not attend the meeting in Kabul in January.\n\n"
    "Moscow's involvement goes back decades:\n\n"
    "1979: Soviet troops invade Afghanistan.\n\n"
    "1989-1992: The Najibullah government holds on after the Soviet withdrawal.\n\n"
    "2001: U.S.-led forces topple the Taliban.\n";

}  // namespace

TEST(Timeline, DateBefore) {
  EXPECT_TRUE(date_before("2015-12-31", "2016-03-23"));
  EXPECT_TRUE(date_before("2015", "2016-03-23"));
  EXPECT_TRUE(date_before("2016-02", "2016-03-23"));
  EXPECT_FALSE(date_before("2016-03", "2016-03-23"));  // same month: not known to be before
  EXPECT_FALSE(date_before("2016", "2016-03-23"));
  EXPECT_FALSE(date_before("2016-04", "2016-03-23"));
}

TEST(Timeline, ChronologyAndPastEvents) {
  Document d = doc_with_date(kArticle, "2016-03-23");
  d.events = {
      event_at(d, "Russia will host", "host", dyad::Modality::Planned),
      event_at(d, "Kabulov met", "met"),
      event_at(d, "Kabulov met", "met"),  // a second event of the same sentence (another target)
      event_at(d, "Kabulov met", "said"),
      event_at(d, "In December 2015", "accused"),
      event_at(d, "Russia did not", "attend", dyad::Modality::Negated),
      event_at(d, "Soviet troops invade", "invade"),
  };
  dyad::events::assign_event_dates(d);
  build_timeline(d);
  std::vector<std::string> got;
  for (const auto& t : d.timeline) got.push_back(t.date + (t.end_date ? "/" + *t.end_date : "") + " " + dyad::to_string(t.kind));
  std::vector<std::string> want = {"1979 chronology", "1989/1992 chronology", "2001 chronology",
                                   "2014-08 event", "2015-12 event"};
  EXPECT_EQ(got, want);
  ASSERT_EQ(d.timeline.size(), want.size());
  EXPECT_EQ(d.timeline[0].text, "Soviet troops invade Afghanistan.");
  EXPECT_EQ(d.timeline[3].text.rfind("Kabulov met Taliban envoys", 0), 0u);
  EXPECT_EQ(d.timeline[4].text, "In December 2015, Russia accused the United States of failing in Afghanistan.");
  for (const auto& t : d.timeline) {
    ASSERT_LE(t.span.end, d.text.size());
    EXPECT_EQ(d.text.substr(t.span.start, 4), t.kind == dyad::TimelineKind::Event ? t.text.substr(0, 4) : t.date.substr(0, 4));
  }
}

TEST(Timeline, PastTenseDecidesWhenDatesAgree) {
  // Dated the publication month: the past tense makes it a past event.
  Document d = doc_with_date(
      "Russia sent troops to the border this month.\n\nRussia is sending more troops this month.\n", "2016-03-23");
  d.events = {event_at(d, "Russia sent", "sent"), event_at(d, "Russia is", "sending")};
  dyad::events::assign_event_dates(d);
  ASSERT_EQ(d.events[0].date.value_or(""), "2016-03");
  build_timeline(d);
  ASSERT_EQ(d.timeline.size(), 1u);
  EXPECT_EQ(d.timeline[0].kind, dyad::TimelineKind::Event);
  EXPECT_EQ(d.timeline[0].date, "2016-03");
  EXPECT_EQ(d.timeline[0].text, "Russia sent troops to the border this month.");
}

TEST(Timeline, Json) {
  Document d = doc_with_date(kArticle, "2016-03-23");
  d.id = "doc1";
  d.events.clear();  // chronology entries only
  build_timeline(d);
  Document dup = d;
  dup.id = "doc2";
  dup.duplicate_of = "doc1";
  auto j = dyad::time::timeline_json({d, dup});
  ASSERT_EQ(j.size(), 3u) << j.dump(1);
  EXPECT_EQ(j[0]["date"], "1979");
  EXPECT_TRUE(j[0]["end_date"].is_null());
  EXPECT_EQ(j[1]["date"], "1989");
  EXPECT_EQ(j[1]["end_date"], "1992");
  EXPECT_EQ(j[1]["doc"], "doc1");
  EXPECT_EQ(j[1]["text"], "The Najibullah government holds on after the Soviet withdrawal.");
  size_t s = j[1]["start"], e = j[1]["end"];
  EXPECT_EQ(d.text.substr(s, e - s), "1989-1992: The Najibullah government holds on after the Soviet withdrawal.");
}

// The chronology is found once, by the time stage, and stored on the
// Document; the timeline takes its entries from there and finds none itself.
TEST(Timeline, ReadsTheChronologyStoredByTheTimeStage) {
  Document d = doc_with_date(kArticle, "2016-03-23");
  ASSERT_FALSE(d.chronology.empty());
  d.events.clear();
  build_timeline(d);
  EXPECT_EQ(d.timeline.size(), d.chronology.size());
  d.chronology.clear();
  build_timeline(d);
  EXPECT_TRUE(d.timeline.empty());
}
