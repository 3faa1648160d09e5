// The coder on wire-style sentences through the whole pipeline with Dyad's own
// dictionaries: null targets, domestic targets, compound subjects of cooperative verbs, places
// as targets of force, demonyms and places with role words, subjects in OF/IN
// phrases and inside parentheses, pronoun subjects, 'must' as a demand,
// violence in the passive without "by", sentence-initial pronoun subjects, and
// the null-target option being off for
// code_sentence (PETRARCH validation).
#include <gtest/gtest.h>

#include <string>

#include "actors/dictionary.h"
#include "actors/recognize.h"
#include "events/coder.h"
#include "events/stage.h"
#include "fixtures.h"
#include "lang/annotate.h"

namespace {

using dyad::Document;
using dyad::Event;

using dyad::testing::find_event;

Document analyze(const std::string& text) { return dyad::testing::process_text(text, "wire.txt", "2001-03-14"); }

std::string dump(const Document& d) {
  std::string s;
  for (const auto& e : d.events) s += e.source + "->" + (e.target.empty() ? "-" : e.target) + " " + e.code + "; ";
  return s;
}

TEST(CoderWire, EventWithoutActorTargetKeepsANullTarget) {
  Document d = analyze("Kenyan opposition leaders protested on Tuesday.\n");
  EXPECT_NE(find_event(d, "KENOPP", "", "14"), nullptr) << dump(d);
}

TEST(CoderWire, ObjectNamingNoActorIsADomesticTarget) {
  Document d = analyze("Kenyan opposition leaders demanded early elections on Tuesday.\n");
  EXPECT_NE(find_event(d, "KENOPP", "KEN", "10"), nullptr) << dump(d);
  EXPECT_EQ(find_event(d, "KEN", "KENOPP", ""), nullptr) << dump(d);  // no reciprocal
}

TEST(CoderWire, CompoundSubjectOfAgreementCodesBothWays) {
  Document d = analyze("Chile and Peru have agreed upon a new fishing accord, officials said.\n");
  EXPECT_NE(find_event(d, "CHL", "PER", "0"), nullptr) << dump(d);
  EXPECT_NE(find_event(d, "PER", "CHL", "0"), nullptr) << dump(d);
}

TEST(CoderWire, ForceAgainstAPlaceTargetsItsCountry) {
  Document d = analyze("Taliban fighters briefly overran the city of Kandahar last week.\n");
  bool found = false;
  for (const auto& e : d.events) found |= e.target == "AFG" && (e.code.rfind("19", 0) == 0 || e.code.rfind("18", 0) == 0);
  EXPECT_TRUE(found) << dump(d);
}

TEST(CoderWire, DemonymsAndPlacesWithRoleWords) {
  Document d = analyze("Ghanaian authorities accused Darfur rebels of attacking aid convoys.\n");
  EXPECT_NE(find_event(d, "GHAGOV", "SDNREB", "11"), nullptr) << dump(d);
}

TEST(CoderWire, SubjectInsideAnOfPhrase) {
  Document d = analyze("Thousands of Bolivian miners demonstrated in La Paz against Chile on Sunday.\n");
  bool found = false;
  for (const auto& e : d.events) found |= e.source.rfind("BOL", 0) == 0 && e.code.rfind("14", 0) == 0;
  EXPECT_TRUE(found) << dump(d);
}

TEST(CoderWire, SubjectInsideParentheses) {
  Document d = analyze(
      "Quito differs with Lima on issues such as fishing (former president Alberto Fujimori expressed support "
      "for Ecuador's claims on it) and trade.\n");
  EXPECT_NE(find_event(d, "PERGOV", "ECU", "05"), nullptr) << dump(d);
}

TEST(CoderWire, CapitalAfterAdverbIsTheGovernment) {
  Document d = analyze("Hanoi quickly rejected the proposal from Bangkok.\n");
  bool found = false;
  for (const auto& e : d.events) found |= e.source == "VNMGOV" && e.code.rfind("12", 0) == 0;
  EXPECT_TRUE(found) << dump(d);
}

TEST(CoderWire, PronounBeforeTheVerbLooksBackForTheActor) {
  Document d = analyze("Norway said today it had expelled two Iranian diplomats for spying.\n");
  EXPECT_NE(find_event(d, "NOR", "IRNGOV", "16"), nullptr) << dump(d);
}

TEST(CoderWire, WhatAnActorMustDoIsTheSpeakersDemand) {
  Document d = analyze("Kenyan President Daniel arap Moi said on Friday that Uganda must withdraw its troops from the border.\n");
  EXPECT_NE(find_event(d, "KENGOV", "UGA", "10"), nullptr) << dump(d);
  for (const auto& e : d.events) EXPECT_FALSE(e.source == "UGA" && e.code.rfind("08", 0) == 0) << dump(d);
}

TEST(CoderWire, EthnicGroupsOfAnotherCountry) {
  Document d = analyze("Ethnic Hungarians in northern Serbia demanded more autonomy from Belgrade.\n");
  bool found = false;
  for (const auto& e : d.events) found |= e.source.rfind("SRB", 0) == 0 && e.code.rfind("10", 0) == 0;
  EXPECT_TRUE(found) << dump(d);
  Document abroad = analyze("Afghans in Pakistan protested on Friday.\n");
  EXPECT_NE(find_event(abroad, "AFG", "", "14"), nullptr) << dump(abroad);
}

TEST(CoderWire, UnattributedViolenceIsCodedToItsPlace) {
  Document d = analyze("A roadside bomb near the city of Kandahar killed three Canadian soldiers on Monday.\n");
  EXPECT_NE(find_event(d, "AFG", "CANMIL", ""), nullptr) << dump(d);
}

TEST(CoderWire, NullTargetsAreOffForCodeSentence) {
  std::string text = "Kenyan opposition leaders protested on Tuesday.";
  dyad::lang::Annotation a = dyad::lang::annotate(text);
  auto mentions = dyad::actors::recognize(text, a, dyad::actors::Dictionary::get(), "2001-03-14");
  std::vector<Event> ev;
  dyad::events::code_sentence(text, a, 0, mentions, dyad::events::default_verbs(), dyad::events::CoderOptions{}, ev);
  for (const auto& e : ev) EXPECT_FALSE(e.target.empty()) << e.source << " " << e.code;
  dyad::events::CoderOptions on;
  on.mode = dyad::events::CoderMode::Documents;
  ev.clear();
  dyad::events::code_sentence(text, a, 0, mentions, dyad::events::default_verbs(), on, ev);
  bool null_target = false;
  for (const auto& e : ev) null_target |= e.target.empty();
  EXPECT_TRUE(null_target);
}

}  // namespace

TEST(CoderWire, PassiveViolenceWithoutByHasTheSubjectAsTarget) {
  // Reduced passive: the agent inside the prepositional phrase.
  Document d = analyze("Two Pakistani soldiers killed in Taliban ambush near the border.\n");
  EXPECT_NE(find_event(d, "TALIBAN", "PAKMIL", "19"), nullptr) << dump(d);
  EXPECT_EQ(find_event(d, "PAKMIL", "TALIBAN", "19"), nullptr) << dump(d);
  d = analyze("Indian troops wounded in clashes with Chinese soldiers were flown to Delhi.\n");
  EXPECT_NE(find_event(d, "CHNMIL", "INDMIL", "18"), nullptr) << dump(d);
  // Full passive without "by": the same.
  d = analyze("Three Afghan policemen were killed in a Taliban ambush on Monday.\n");
  EXPECT_NE(find_event(d, "TALIBAN", "AFGCOP", "19"), nullptr) << dump(d);
  // Only a place: the violence is coded to the country it happens in, never
  // to the victims as the attackers.
  d = analyze("Ten Russian soldiers killed in Ukraine, officials said.\n");
  EXPECT_NE(find_event(d, "UKR", "RUSMIL", "19"), nullptr) << dump(d);
  EXPECT_EQ(find_event(d, "RUSMIL", "UKR", "19"), nullptr) << dump(d);
  // An active verb whose pattern needs words after it stays active.
  d = analyze("Russian troops attacked Ukrainian positions near Kharkiv.\n");
  EXPECT_NE(find_event(d, "RUSMIL", "UKR", "19"), nullptr) << dump(d);
}

TEST(CoderWire, SentenceInitialPronounRefersToThePreviousSubject) {
  Document d = analyze(
      "Russia has deepened its ties with the Taliban. It hosted a Taliban delegation in Moscow last week.\n\n"
      "The Taliban rejected the offer. They said they would attack Afghan forces in Kunduz.\n");
  EXPECT_NE(find_event(d, "RUS", "TALIBAN", "04"), nullptr) << dump(d);
  const Event* attack = find_event(d, "TALIBAN", "AFGMIL", "19");
  ASSERT_NE(attack, nullptr) << dump(d);
  EXPECT_EQ(attack->modality, dyad::Modality::Planned);
  // Only the previous sentence's subject: "They" are the visiting forces here, not Afghanistan.
  d = analyze(
      "The visiting forces are based in Afghanistan under defence pacts. They criticised Pakistan for "
      "sheltering militants.\n");
  for (const auto& e : d.events) EXPECT_NE(e.source, "AFG") << dump(d);
  // When Afghanistan is the subject, it is the one criticising.
  d = analyze("Afghanistan hosts the visiting forces under defence pacts. They criticised Pakistan for sheltering "
              "militants.\n");
  EXPECT_NE(find_event(d, "AFG", "PAK", "11"), nullptr) << dump(d);
  // "he" needs a person or one office holder; a country does not fit.
  d = analyze("Russia criticised the plan. He attacked the Taliban in Kunduz.\n");
  EXPECT_EQ(find_event(d, "RUS", "TALIBAN", "19"), nullptr) << dump(d);
}

TEST(CoderWire, ACountryDoesNotCooperateWithItself) {
  // An object that names no actor gives a domestic target only for demands
  // and conflict; cooperation with no named counterpart keeps a null target.
  Document d = analyze("Spain also signed an agreement to fund the removal of land mines.\n");
  EXPECT_EQ(find_event(d, "ESP", "ESP", "05"), nullptr) << dump(d);
  d = analyze("Venezuela and Norway urged both sides to return to the table.\n");
  EXPECT_EQ(find_event(d, "VEN", "VEN", "02"), nullptr) << dump(d);
  EXPECT_EQ(find_event(d, "NOR", "NOR", "02"), nullptr) << dump(d);
  // Conflict keeps its domestic target.
  d = analyze("Young Algerians blocked roads in Algiers on Monday.\n");
  EXPECT_NE(find_event(d, "DZA", "DZA", "14"), nullptr) << dump(d);
}
