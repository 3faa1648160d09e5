// Event dates: TIMEX3 values reduced to calendar dates, and each event dated
// from the time expression attached to its verb, its speech clause, a
// sentence-opening date, a chronology entry, or its tense.
#include <gtest/gtest.h>

#include <string>

#include "events/event_dates.h"
#include "fixtures.h"
#include "lang/annotation.h"
#include "time/tagger.h"

using dyad::Document;
using dyad::Event;
using dyad::events::assign_event_dates;
using dyad::events::calendar_date;

namespace {

const std::optional<std::string> kPub = std::string("2016-03-23");  // a Wednesday

// A processed document with the given published date, timexes re-tagged.
Document doc_with_date(const std::string& body, const std::string& published = *kPub) {
  Document d = dyad::testing::process_text(body);
  d.meta.published = published;
  dyad::time::tag_document(d);
  return d;
}

// An event on the sentence holding `where`, triggered by the first `verb`
// after it (as the coder would make it).
Event event_at(const Document& d, const std::string& where, const std::string& verb) {
  Event e;
  size_t at = d.text.find(where);
  EXPECT_NE(at, std::string::npos) << where;
  if (at == std::string::npos || !d.lang) return e;
  const auto& a = *d.lang;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const auto& s = a.sentences[i].span;
    if (s.start <= at && at < s.end) {
      e.sentence = static_cast<uint32_t>(i);
      e.span = s;
    }
  }
  size_t v = d.text.find(verb, at);
  EXPECT_NE(v, std::string::npos) << verb;
  e.verb = {static_cast<uint32_t>(v), static_cast<uint32_t>(v + verb.size())};
  e.source = "RUS";
  e.code = "042";
  return e;
}

std::string date_of(const Event& e) { return e.date.value_or("null"); }

}  // namespace

TEST(CalendarDate, Values) {
  EXPECT_EQ(calendar_date("2014", kPub).value_or("null"), "2014");
  EXPECT_EQ(calendar_date("2014-08", kPub).value_or("null"), "2014-08");
  EXPECT_EQ(calendar_date("2014-08-03", kPub).value_or("null"), "2014-08-03");
  EXPECT_EQ(calendar_date("2013-03-22TMO", kPub).value_or("null"), "2013-03-22");
  EXPECT_EQ(calendar_date("2013-03-22T10:30", kPub).value_or("null"), "2013-03-22");
  EXPECT_EQ(calendar_date("2013-W11", kPub).value_or("null"), "2013-03");
  EXPECT_EQ(calendar_date("2014-W01", kPub).value_or("null"), "2014-01");  // starts 2013-12-30
  EXPECT_EQ(calendar_date("2009-W53", kPub).value_or("null"), "2009-12");
  EXPECT_EQ(calendar_date("2015-FA", kPub).value_or("null"), "2015");
  EXPECT_EQ(calendar_date("2015-WI", kPub).value_or("null"), "2015");
  EXPECT_EQ(calendar_date("2015-Q3", kPub).value_or("null"), "2015");
  EXPECT_EQ(calendar_date("PRESENT_REF", kPub).value_or("null"), "2016-03-23");
  EXPECT_FALSE(calendar_date("PRESENT_REF", std::nullopt));
  EXPECT_FALSE(calendar_date("PAST_REF", kPub));
  EXPECT_FALSE(calendar_date("FUTURE_REF", kPub));
  EXPECT_FALSE(calendar_date("XXXX-03-22", kPub));
  EXPECT_FALSE(calendar_date("2013-XX", kPub));
  EXPECT_FALSE(calendar_date("199", kPub));
  EXPECT_FALSE(calendar_date("2013-13", kPub));
  EXPECT_FALSE(calendar_date("2013-02-30", kPub));
  EXPECT_FALSE(calendar_date("P2Y", kPub));
  EXPECT_FALSE(calendar_date("", kPub));
}

TEST(EventDates, OwnDateAndSpeechDate) {
  Document d = doc_with_date(
      "Russia sent troops to the Tajik border on Saturday, a senior official said on Sunday.\n\n"
      "Moscow is supplying weapons to the Taliban, American generals said on Tuesday.\n");
  d.events = {event_at(d, "Russia sent", "sent"), event_at(d, "Russia sent", "said"),
              event_at(d, "Moscow is", "supplying")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-19");  // the event's own date
  EXPECT_EQ(date_of(d.events[1]), "2016-03-20");  // the statement's date
  EXPECT_EQ(date_of(d.events[2]), "2016-03-22");  // no date of its own: the statement's
}

TEST(EventDates, EachVerbItsOwnExpression) {
  Document d = doc_with_date(
      "Kabulov said on Monday that Russia had warned the Taliban in August 2014 about the Islamic State.\n");
  d.events = {event_at(d, "Kabulov", "said"), event_at(d, "Kabulov", "warned")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-21");
  EXPECT_EQ(date_of(d.events[1]), "2014-08");
}

TEST(EventDates, NoAttachmentOutOfARelativeClause) {
  // "in 1989" sits in a relative clause after its verb: it cannot reach
  // across the comma to the main verb.
  Document d = doc_with_date(
      "Moscow, where officials still speak bitterly of the Soviet retreat in 1989, says it is ready to host "
      "peace talks.\n\n"
      "On Friday, Kabulov, who led the delegation, announced the talks.\n");
  d.events = {event_at(d, "Moscow, where", "says"), event_at(d, "Moscow, where", "speak"),
              event_at(d, "On Friday", "announced")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-23");  // present tense, undated
  EXPECT_EQ(date_of(d.events[1]), "1989");
  EXPECT_EQ(date_of(d.events[2]), "2016-03-18");  // fronted: reaches across commas
}

TEST(EventDates, FrontedDateCoversTheSentence) {
  Document d = doc_with_date(
      "Two years ago, Russia cooled on cooperation with the United States and began talking to the Taliban.\n\n"
      "Last week, Kabulov met Taliban envoys in Moscow.\n");
  d.events = {event_at(d, "Two years", "cooled"), event_at(d, "Two years", "began"),
              event_at(d, "Last week", "met")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2014");
  EXPECT_EQ(date_of(d.events[1]), "2014");
  EXPECT_EQ(date_of(d.events[2]), "2016-03");  // a week -> its month
}

TEST(EventDates, UndatedByTense) {
  Document d = doc_with_date(
      "Russia has offered to host peace talks between the Taliban and the Afghan government.\n\n"
      "Russia armed the northern militias.\n\n"
      "Russia supports the demand that foreign troops leave.\n\n"
      "Kabulov criticized the 2014 elections.\n\n"
      "Russia will host talks next month.\n\n"
      "Russia could send more troops.\n");
  d.events = {event_at(d, "Russia has", "offered"),    event_at(d, "Russia armed", "armed"),
              event_at(d, "Russia supports", "supports"), event_at(d, "Kabulov criticized", "criticized"),
              event_at(d, "Russia will", "host"),       event_at(d, "Russia could", "send")};
  assign_event_dates(d);
  // Present perfect: the offer was made before publication, at an unstated
  // time (docs/time.md; the hand-dated ScrapingHub events agree on both folds).
  EXPECT_EQ(date_of(d.events[0]), "null");
  EXPECT_EQ(date_of(d.events[1]), "null");        // past, undated
  EXPECT_EQ(date_of(d.events[2]), "2016-03-23");  // present
  EXPECT_EQ(date_of(d.events[3]), "null");        // "the 2014 elections" dates the noun
  EXPECT_EQ(date_of(d.events[4]), "2016-04");     // its own (future) date
  EXPECT_EQ(date_of(d.events[5]), "null");        // modal, undated
  // Each says where its date comes from.
  using dyad::DateKind;
  EXPECT_EQ(d.events[0].date_kind, DateKind::None);
  EXPECT_EQ(d.events[2].date_kind, DateKind::Publication);
  EXPECT_EQ(d.events[4].date_kind, DateKind::Explicit);
  EXPECT_EQ(d.events[5].date_kind, DateKind::None);
}

TEST(EventDates, PresentUnderAPastVerbOfSaying) {
  // Sequence of tenses: in reported speech a present tense under "said" is
  // the present of the statement, whose day is not given, so no date; the
  // speaker's own words in quotation marks, and a present verb of saying,
  // keep the publication date.
  Document d = doc_with_date(
      "The foreign ministry said it opposes the new sanctions.\n\n"
      "\"We oppose the new sanctions,\" the foreign minister said.\n\n"
      "The foreign ministry says it opposes the new sanctions.\n");
  d.events = {event_at(d, "The foreign ministry said", "opposes"),
              event_at(d, "\"We oppose", "oppose"),
              event_at(d, "The foreign ministry says", "opposes")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "null");
  EXPECT_EQ(d.events[0].date_kind, dyad::DateKind::None);
  EXPECT_EQ(date_of(d.events[1]), "2016-03-23");
  EXPECT_EQ(d.events[1].date_kind, dyad::DateKind::Publication);
  EXPECT_EQ(date_of(d.events[2]), "2016-03-23");
}

TEST(EventDates, ChronologyEntryDatesItsEvents) {
  Document d = doc_with_date(
      "Moscow has a long history in Afghanistan, and officials there say they have learned from it.\n\n"
      "1979: Soviet troops invade Afghanistan.\n\n"
      "1989: The last Soviet soldiers leave Afghanistan.\n\n"
      "1992: Mujahideen factions take Kabul.\n");
  d.events = {event_at(d, "Soviet troops invade", "invade"), event_at(d, "Mujahideen", "take")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "1979");
  EXPECT_EQ(date_of(d.events[1]), "1992");
}

TEST(EventDates, NoLanguageLayersNoCrash) {
  Document d = doc_with_date("Russia sent troops to the border on Saturday.\n");
  Event e;
  e.span = {0, static_cast<uint32_t>(d.text.size())};
  d.events = {e};
  d.lang.reset();
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-19");
  // Bad spans and indices are ignored, not fatal.
  Document d2 = doc_with_date("Russia sent troops.\n");
  Event bad;
  bad.span = {1000, 2000};
  bad.sentence = 99;
  bad.verb = {5000, 5004};
  d2.events = {bad};
  assign_event_dates(d2);
  EXPECT_FALSE(d2.events[0].date);
}

TEST(EventDates, KindsOfInheritedDates) {
  Document d = doc_with_date(
      "In 2015, Moscow sent advisers to Kabul.\n\n"
      "Moscow is arming the militias, officials said on Monday.\n\n"
      "Protesters marched on Friday, accusing the governor of fraud.\n");
  d.events = {event_at(d, "Moscow sent", "sent"), event_at(d, "Moscow is", "arming"),
              event_at(d, "Protesters marched", "marched"), event_at(d, "Protesters marched", "accusing")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2015");  // a fronted date governs the verb after it
  EXPECT_EQ(d.events[0].date_kind, dyad::DateKind::Explicit);
  EXPECT_EQ(date_of(d.events[1]), "2016-03-21");  // the date of the report it stands under
  EXPECT_EQ(d.events[1].date_kind, dyad::DateKind::Inherited);
  EXPECT_EQ(date_of(d.events[2]), "2016-03-18");
  EXPECT_EQ(d.events[2].date_kind, dyad::DateKind::Explicit);
  // A participle clause happens when the finite verb before it does.
  EXPECT_EQ(date_of(d.events[3]), "2016-03-18");
  EXPECT_EQ(d.events[3].date_kind, dyad::DateKind::Inherited);
  EXPECT_STREQ(dyad::events::date_kind_name(dyad::DateKind::Publication), "publication");
  EXPECT_STREQ(dyad::events::date_kind_name(dyad::DateKind::None), "none");
}

TEST(EventDates, NominalEventTakesTheDateOfItsNoun) {
  // A date before the event noun (alone or with the noun's modifiers)
  // dates the event the noun names, not the sentence's verb; a verb event
  // of the same sentence keeps its own date.
  Document d = doc_with_date(
      "The minister was questioned on Tuesday about a January 12, 2015 phone call with Kabulov.\n\n"
      "Envoys discussed the president's March 3, 2014 summit with the Taliban.\n");
  Event call = event_at(d, "The minister", "call");
  call.pattern = "(noun) call with";
  Event summit = event_at(d, "Envoys", "summit");
  summit.pattern = "(noun) summit with";
  d.events = {call, summit, event_at(d, "The minister", "questioned")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2015-01-12");
  EXPECT_EQ(d.events[0].date_kind, dyad::DateKind::Explicit);
  EXPECT_EQ(date_of(d.events[1]), "2014-03-03");
  EXPECT_EQ(date_of(d.events[2]), "2016-03-22");  // "on Tuesday" dates the verb
}

TEST(EventDates, ClauseAfterADurationIsCountedFromTheMainVerb) {
  // "<a day / two weeks> after|before <clause>": the clause's event lies that
  // far from the main verb's time -- its own date, or the publication for an
  // undated present-tense report. A vague duration ("days after") or an
  // undated past main verb gives no date.
  Document d = doc_with_date(
      "The strike comes a day after rebels seized the airport.\n\n"
      "Troops left on Monday, two weeks before the envoys met in Geneva.\n\n"
      "The strike comes days after rebels seized the airport.\n\n"
      "The strike came a day after rebels seized the airport.\n\n"
      "The minister resigned a year after parliament censured him in March 2015.\n");
  d.events = {event_at(d, "The strike comes a day", "seized"), event_at(d, "Troops left", "met"),
              event_at(d, "The strike comes days", "seized"), event_at(d, "The strike came", "seized"),
              event_at(d, "The minister resigned", "censured")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-22");
  EXPECT_EQ(d.events[0].date_kind, dyad::DateKind::Inherited);
  EXPECT_EQ(date_of(d.events[1]), "2016-04-04");
  EXPECT_EQ(date_of(d.events[2]), "null");
  EXPECT_EQ(date_of(d.events[3]), "null");
  EXPECT_EQ(date_of(d.events[4]), "2015-03");  // its own date wins
}

TEST(EventDates, BareVerbAfterASubjectPronounIsPresent) {
  // "We strongly oppose ..." in a quotation: a bare verb after "we", "I" or
  // "they" is a present tense, so the speaker's words date to publication.
  Document d = doc_with_date("Later the minister said, \"We strongly oppose violations of the treaty by Russia.\"\n");
  d.events = {event_at(d, "Later", "oppose")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-23");
  EXPECT_EQ(d.events[0].date_kind, dyad::DateKind::Publication);
}

TEST(EventDates, APronounSubjectGoingOnInTheSimplePastTakesTheActorsDateFromTheSentenceBefore) {
  // The next sentence narrates the same occasion when it goes on with the same actor as a
  // pronoun and a simple past; not with another actor, a present perfect, or a gap of a sentence.
  Document d = doc_with_date(
      "The Russian envoy on Monday criticised the sanctions. He urged Brussels to reconsider.\n\n"
      "Moscow on Friday sent advisers to Kabul. It warned the rebels.\n\n"
      "Moscow on Thursday recalled its envoy. It has urged calm.\n\n"
      "Moscow on Tuesday recalled its envoy. The talks went on. It praised the mediators.\n");
  d.events = {event_at(d, "The Russian envoy", "criticised"), event_at(d, "He urged", "urged"),
              event_at(d, "Moscow on Friday", "sent"),        event_at(d, "It warned", "warned"),
              event_at(d, "Moscow on Thursday", "recalled"),  event_at(d, "It has urged", "urged"),
              event_at(d, "Moscow on Tuesday", "recalled"),   event_at(d, "It praised", "praised")};
  d.events[3].source = "CHN";
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-21");
  EXPECT_EQ(date_of(d.events[1]), "2016-03-21");
  EXPECT_EQ(d.events[1].date_kind, dyad::DateKind::Inherited);
  EXPECT_EQ(date_of(d.events[2]), "2016-03-18");
  EXPECT_EQ(date_of(d.events[3]), "null");  // another actor
  EXPECT_EQ(date_of(d.events[4]), "2016-03-17");
  EXPECT_EQ(date_of(d.events[5]), "null");  // a present perfect: at an unstated time
  EXPECT_EQ(date_of(d.events[6]), "2016-03-22");
  EXPECT_EQ(date_of(d.events[7]), "null");  // a sentence between
}

TEST(EventDates, TheDayADocumentAppearedDatesWhatItsAuthorSaysInIt) {
  // "said in a statement released on Monday": a participle describing the document a speech act
  // is made in (after "in") says when the document appeared, which is when its author spoke; the
  // date goes to the speech act. A document that is the act's object keeps its own date.
  Document d = doc_with_date(
      "The Russian envoy criticized the sanctions in a statement released on Monday.\n\n"
      "The senator asked for mercy in a letter posted on the court's website Tuesday.\n\n"
      "The Russian envoy criticized a report published on Monday.\n");
  d.events = {event_at(d, "The Russian envoy criticized the", "criticized"), event_at(d, "The senator", "asked"),
              event_at(d, "The Russian envoy criticized a", "criticized")};
  assign_event_dates(d);
  EXPECT_EQ(date_of(d.events[0]), "2016-03-21");
  EXPECT_EQ(date_of(d.events[1]), "2016-03-22");
  EXPECT_NE(date_of(d.events[2]), "2016-03-21");
}
