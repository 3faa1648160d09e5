// Tests of the event coder on sentences written for them: default verb codes,
// patterns with synsets and markers, agents, compound actors, passive voice,
// paired codes, discards, and code_document over a Document.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <tuple>

#include "events/coder.h"
#include "petrarch/petr_actors.h"
#include "petrarch/retag.h"
#include "events/verb_reader.h"
#include "lang/annotate.h"

using namespace dyad;
using namespace dyad::events;

namespace {

const char* kActors =
    "VALDORIA [VAL]\n"
    "+VALDORIAN\n"
    "KESTRIA [KES]\n"
    "MARSHLAND_REPUBLIC [MRS]\n"
    "NORTH_ISLES [NIS]\n"
    "HENRIK_OSS [VAL]\n"
    "\t[VALGOV 20100101-20151231]\n"
    "\t[VALOPP >20151231]\n";
const char* kAgents =
    "GOVERNMENT [~GOV]\n"
    "MINISTER [~GOV]\n"
    "SOLDIER [~MIL]\n"
    "POLICE {} [~COP]\n";
const char* kVerbs =
    "&MONEY\n"
    "+DOLLARS\n"
    "+EUROS\n"
    "--- ACCUSE  [112]  ---\n"
    "ACCUSE\n"
    "--- RESTORE  [064] ---\n"
    "RESTORE\n"
    "- * TRADE_TIES [085]\n"
    "--- PLEDGE  [050] ---\n"
    "PLEDGE\n"
    "- * &MONEY TO + [071]\n"
    "--- ATTACK  [190] ---\n"
    "ATTACK\n"
    "--- VISIT  [042:043] ---\n"
    "VISIT\n"
    "--- TALK [---] ---\n"
    "TALK\n"
    "- % HELD * [040]\n";

struct Fixture {
  VerbDictionary verbs;
  PetrActors actors;
  Fixture() {
    std::vector<std::string> errs;
    std::istringstream v(kVerbs), ac(kActors), ag(kAgents);
    read_verbs(v, "verbs", verbs, errs);
    actors.read_actors(ac, "actors", errs);
    actors.read_agents(ag, "agents", errs);
  }
  std::set<std::tuple<std::string, std::string, std::string>> code(const std::string& text, const std::string& date = "",
                                                                   const Discards* discards = nullptr) {
    lang::Annotation a = lang::annotate(text);
    auto mentions = actors.recognize(a, date);
    std::vector<Event> ev;
    CoderOptions opt;
    opt.discards = discards;
    for (uint32_t si = 0; si < a.sentences.size(); ++si) code_sentence(text, a, si, mentions, verbs, opt, ev);
    std::set<std::tuple<std::string, std::string, std::string>> out;
    for (const auto& e : ev) out.insert({e.source, e.target, e.code});
    return out;
  }
};

using T = std::tuple<std::string, std::string, std::string>;

}  // namespace

TEST(Coder, DefaultCodeOfTheVerb) {
  Fixture f;
  auto ev = f.code("Valdoria accused Kestria of smuggling weapons across the border.");
  EXPECT_EQ(ev, (std::set<T>{{"VAL", "KES", "112"}}));
}

TEST(Coder, PatternWithAdjacencyWins) {
  Fixture f;
  EXPECT_EQ(f.code("Valdoria will restore trade ties with Kestria next year."), (std::set<T>{{"VAL", "KES", "085"}}));
  // "trade" and "ties" not adjacent: the default code.
  EXPECT_EQ(f.code("Valdoria will restore trade and fishing ties with Kestria."), (std::set<T>{{"VAL", "KES", "064"}}));
}

TEST(Coder, SynsetAndTargetMarker) {
  Fixture f;
  EXPECT_EQ(f.code("Valdoria pledged ten million euros to Kestria on Monday."), (std::set<T>{{"VAL", "KES", "071"}}));
  EXPECT_EQ(f.code("Valdoria pledged ten million tonnes to Kestria on Monday."), (std::set<T>{{"VAL", "KES", "050"}}));
}

TEST(Coder, AgentsCombineWithActors) {
  Fixture f;
  EXPECT_EQ(f.code("The Valdorian government accused Kestria of lying."), (std::set<T>{{"VALGOV", "KES", "112"}}));
  EXPECT_EQ(f.code("Soldiers from Kestria attacked the Valdoria police."), (std::set<T>{{"KESMIL", "VALCOP", "190"}}));
}

TEST(Coder, CompoundActorsGiveOneEventEach) {
  Fixture f;
  EXPECT_EQ(f.code("Valdoria and Kestria accused the North Isles of piracy."),
            (std::set<T>{{"VAL", "NIS", "112"}, {"KES", "NIS", "112"}}));
  EXPECT_EQ(f.code("Valdoria accused Kestria, the Marshland Republic and the North Isles of piracy."),
            (std::set<T>{{"VAL", "KES", "112"}, {"VAL", "MRS", "112"}, {"VAL", "NIS", "112"}}));
}

TEST(Coder, PassiveSwapsRoles) {
  Fixture f;
  EXPECT_EQ(f.code("Kestria was attacked by Valdoria on Sunday."), (std::set<T>{{"VAL", "KES", "190"}}));
}

TEST(Coder, PairedCodesBothWays) {
  Fixture f;
  EXPECT_EQ(f.code("Valdoria visited Kestria last week."), (std::set<T>{{"VAL", "KES", "042"}, {"KES", "VAL", "043"}}));
}

TEST(Coder, DatedActorCodes) {
  Fixture f;
  EXPECT_EQ(f.code("Henrik Oss accused Kestria of fraud.", "20120301"), (std::set<T>{{"VALGOV", "KES", "112"}}));
  EXPECT_EQ(f.code("Henrik Oss accused Kestria of fraud.", "20170301"), (std::set<T>{{"VALOPP", "KES", "112"}}));
  EXPECT_EQ(f.code("Henrik Oss accused Kestria of fraud.", "20050301"), (std::set<T>{{"VAL", "KES", "112"}}));
}

TEST(Coder, NoEventWithoutBothActorsOrWithNullCode) {
  Fixture f;
  EXPECT_TRUE(f.code("Officials accused the press of lying.").empty());
  EXPECT_TRUE(f.code("Valdoria will talk to Kestria.").empty());  // [---]
}

TEST(Coder, Discards) {
  Fixture f;
  Discards d;
  std::istringstream in("WORLD CUP\n+FOOTBALL LEAGUE # story\n");
  d.read(in);
  EXPECT_TRUE(f.code("Valdoria attacked Kestria in the World Cup final.", "", &d).empty());
  EXPECT_FALSE(f.code("Valdoria attacked Kestria at dawn.", "", &d).empty());
}

TEST(Coder, CodeDocumentFillsEvents) {
  Fixture f;
  Document doc;
  doc.text = "Valdoria accused Kestria of smuggling. Kestria attacked Valdoria.";
  auto a = std::make_shared<lang::Annotation>(lang::annotate(doc.text));
  doc.lang = a;
  doc.actors = f.actors.recognize(*a, "");
  code_document(doc, f.verbs);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].code, "112");
  EXPECT_EQ(doc.events[1].sentence, 1u);
  EXPECT_EQ(doc.events[1].source, "KES");
  EXPECT_EQ(doc.text.substr(doc.events[1].verb.start, doc.events[1].verb.size()), "attacked");
  EXPECT_GE(doc.events[1].source_mention, 0);
  // An empty dictionary never crashes and codes nothing.
  Document d2 = doc;
  d2.events.clear();
  code_document(d2, VerbDictionary{});
  EXPECT_TRUE(d2.events.empty());
}

TEST(Coder, TagRepairFromDictionaries) {
  Fixture f;
  // The tagger has never seen these names; the actor dictionary says they are names.
  std::vector<std::string> errs;
  std::istringstream more("ZOLMARETH [ZOL]\nQUANDRIVEL [QUA]\n");
  f.actors.read_actors(more, "more", errs);
  std::string text = "Zolmareth attacked Quandrivel at dawn.";
  lang::Annotation a = lang::annotate(text);
  retag_with_dictionaries(a, &f.actors, f.verbs);
  EXPECT_EQ(a.tokens[2].tag, lang::Tag::NNP);
  auto mentions = f.actors.recognize(a, "");
  std::vector<Event> ev;
  code_sentence(text, a, 0, mentions, f.verbs, CoderOptions{}, ev);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "ZOL");
  EXPECT_EQ(ev[0].target, "QUA");
  EXPECT_EQ(ev[0].code, "190");
}
