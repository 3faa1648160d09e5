// Modality of events: asserted, reported, alleged, denied, negated,
// hypothetical, planned, from the verb group and the clauses above it.
#include <gtest/gtest.h>

#include "events/modality.h"
#include "lang/annotate.h"

namespace {

using dyad::events::modality_of;
using dyad::events::verb_group_at;

// The modality of the verb group whose head is `verb` in `sentence`.
std::string modality(const std::string& text, const std::string& verb) {
  auto a = dyad::lang::annotate(text);
  for (uint32_t i = 0; i < a.verb_groups.size(); ++i)
    if (a.tokens[a.verb_groups[i].head].form == verb) return dyad::to_string(modality_of(a, i));
  return "<no verb " + verb + ">";
}

TEST(Modality, PlainPastIsAsserted) {
  EXPECT_EQ(modality("Russia imposed sanctions on Ukraine on Monday.", "imposed"), "asserted");
}

TEST(Modality, NegatedVerb) {
  EXPECT_EQ(modality("The Russian delegation did not attend the meeting in Doha.", "attend"), "negated");
  EXPECT_EQ(modality("Moscow refused to join the talks organised by Washington.", "join"), "negated");
}

TEST(Modality, ReportedUnderSpeech) {
  EXPECT_EQ(modality("Afghan officials said Taliban fighters attacked a checkpoint in Kunduz.", "attacked"),
            "reported");
}

TEST(Modality, ReportedByATrailingAttribution) {
  // "<clause>, <speaker> said." and "<clause>, said <speaker>." report the clause before the comma.
  EXPECT_EQ(modality("Rebels burned two schools in the north, the regional governor said.", "burned"), "reported");
  EXPECT_EQ(modality("Rebels burned two schools in the north, the province's governor said.", "burned"), "reported");
  EXPECT_EQ(modality("Rebels burned two schools, Chad's army said on Friday.", "burned"), "reported");
  EXPECT_EQ(modality("Rebels burned two schools in the north, said the regional governor.", "burned"), "reported");
  EXPECT_EQ(modality("Rebels burned two schools in the north, the governor told reporters on Friday.", "burned"),
            "reported");
  // A reporting clause with a complement of its own reports that complement, not the first clause.
  EXPECT_EQ(modality("Rebels burned two schools in the north, and the governor said troops would respond.", "burned"),
            "asserted");
}

TEST(Modality, HedgedClaimInsideReportIsAlleged) {
  EXPECT_EQ(modality("U.S. generals say Russia may be supplying weapons to the Taliban.", "supplying"), "alleged");
  // The report itself is asserted.
  EXPECT_EQ(modality("U.S. generals say Russia may be supplying weapons to the Taliban.", "say"), "asserted");
}

TEST(Modality, AccusationAndDenial) {
  EXPECT_EQ(modality("Kabulov accused the United States of sabotaging the peace process.", "sabotaging"), "alleged");
  EXPECT_EQ(modality("Moscow denied that it had armed the militants.", "armed"), "denied");
}

TEST(Modality, ConditionAndHedgeAreHypothetical) {
  EXPECT_EQ(modality("If the talks fail, Pakistan could close the border crossing.", "close"), "hypothetical");
}

TEST(Modality, AYesNoQuestionStatesNothing) {
  // An auxiliary before the subject and a question mark: the text asks whether it happened.
  EXPECT_EQ(modality("Did the Chilean navy seize the fishing vessel?", "seize"), "hypothetical");
  EXPECT_EQ(modality("Has Peru recalled its envoy from Quito?", "recalled"), "hypothetical");
  // A wh-question takes the act as given; a statement ending the same way is no question.
  EXPECT_EQ(modality("Why did the Chilean navy seize the fishing vessel?", "seize"), "asserted");
  EXPECT_EQ(modality("The Chilean navy seized the fishing vessel.", "seized"), "asserted");
}

TEST(Modality, EvidentialAdverbsNameTheSourceNotTheOdds) {
  // An adverb of hearsay makes the act reported by others, not uncertain.
  EXPECT_EQ(modality("The ministry is reportedly being audited by state inspectors.", "audited"), "reported");
  EXPECT_EQ(modality("Border guards reportedly detained two journalists.", "detained"), "reported");
  // An adverb of unproven charge makes it alleged.
  EXPECT_EQ(modality("The governor allegedly took bribes from a builder.", "took"), "alleged");
  // A hedging modal still wins: the act itself is only possible.
  EXPECT_EQ(modality("The army may reportedly withdraw from the valley.", "withdraw"), "hypothetical");
}

TEST(Modality, FutureAndPlansArePlanned) {
  EXPECT_EQ(modality("Russia will host a conference on Afghanistan next month.", "host"), "planned");
  EXPECT_EQ(modality("Russia would sit out any talks led by Washington.", "sit"), "planned");
  EXPECT_EQ(modality("China plans to send a delegation to Kabul.", "send"), "planned");
}

// "Be going to" is the future in English grammar: the act after it is not done yet. The verb
// "go" itself is no plan ("went to" names a movement).
TEST(Modality, BeGoingToIsTheFuture) {
  EXPECT_EQ(modality("Turkey is going to close its airspace to the flights.", "close"), "planned");
  EXPECT_EQ(modality("The envoys were going to sign the accord in Oslo.", "sign"), "planned");
}

TEST(Modality, VerbGroupAtFindsTheGroupHoldingAByte) {
  std::string text = "Russia imposed sanctions on Ukraine.";
  auto a = dyad::lang::annotate(text);
  int32_t vg = verb_group_at(a, 0, static_cast<uint32_t>(text.find("imposed")));
  ASSERT_GE(vg, 0);
  EXPECT_EQ(a.tokens[a.verb_groups[vg].head].form, "imposed");
}

}  // namespace
