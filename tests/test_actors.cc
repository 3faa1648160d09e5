// Actor recognition: dictionary coding, demonym + role words, capitals as
// governments or places, ethnic groups, anonymous officials, unknown people
// and in-document coreference, on news-style fixtures.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "actors/actors_json.h"
#include "actors/code_names.h"
#include "actors/dictionary.h"
#include "actors/recognize.h"
#include "actors/subdivisions.h"
#include "lang/annotate.h"

using namespace dyad;

namespace {
std::vector<ActorMention> run(const std::string& text, const std::string& date = "2016-02-20") {
  auto a = lang::annotate(text);
  return actors::recognize(text, a, actors::Dictionary::get(), date);
}
const ActorMention* find(const std::vector<ActorMention>& ms, const std::string& text,
                                 const std::string& surface) {
  for (const auto& m : ms)
    if (surface == text.substr(m.start, m.end - m.start)) return &m;
  return nullptr;
}
// The subdivisions load_subdivisions reads from our own ISO 3166-2 file holding `json`.
std::vector<actors::Subdivision> subdivisions_from(const std::string& json, const std::map<std::string, std::string>& alpha3,
                                                   std::string& warning) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "dyad-subdivisions-test";
  fs::create_directories(dir);
  std::ofstream(dir / "iso_3166-2.json") << json;
  setenv("DYAD_ISO_3166_2", (dir / "iso_3166-2.json").c_str(), 1);
  auto subs = actors::load_subdivisions(alpha3, warning);
  unsetenv("DYAD_ISO_3166_2");
  fs::remove_all(dir);
  return subs;
}
}  // namespace

TEST(Actors, DictionaryLoads) {
  const auto& d = actors::Dictionary::get();
  EXPECT_GT(d.entries().size(), 200u);
  EXPECT_EQ(d.country_name("RUS"), "Russia");
  EXPECT_EQ(d.demonym("AFG"), "Afghan");
}

TEST(Actors, DemonymWithRoleWords) {
  std::string t = "U.S. generals say the pro-Western Afghan government is weak, and Afghan officials worry.";
  auto ms = run(t);
  auto* g = find(ms, t, "U.S. generals");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->code, "USAMIL");
  auto* o = find(ms, t, "Afghan officials");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->code, "AFGGOV");
}

TEST(Actors, CapitalAsGovernmentOrPlace) {
  std::string t = "Moscow denies the allegation. Officials met in Moscow on Tuesday.";
  auto ms = run(t);
  ASSERT_GE(ms.size(), 2u);
  EXPECT_EQ(ms[0].code, "RUSGOV");
  const auto& place = ms.back();
  EXPECT_EQ(place.kind, dyad::MentionKind::Location);
  EXPECT_TRUE(place.code.empty());
}

TEST(Actors, EthnicGroupIsNotGovernment) {
  std::string t = "Fighters from Chechnya and Chinese Uighurs crossed the border.";
  auto ms = run(t);
  auto* u = find(ms, t, "Chinese Uighurs");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->kind_word(), "ethnic group");
  EXPECT_EQ(u->country, "CHN");
  EXPECT_NE(u->code, "CHNGOV");
}

TEST(Actors, AnonymousOfficial) {
  std::string t = "The talks failed, said a senior Pakistani official, who asked not to be named.";
  auto ms = run(t);
  auto* o = find(ms, t, "a senior Pakistani official");
  ASSERT_NE(o, nullptr);
  EXPECT_TRUE(o->anonymous);
  EXPECT_EQ(o->code, "PAKGOV");
}

TEST(Actors, KnownPersonAndSurnameCoreference) {
  std::string t = "Russia's foreign minister, Sergei V. Lavrov, met the envoy. Later Mr. Lavrov left, and Lavrov spoke.";
  auto ms = run(t);
  int n = 0;
  for (const auto& m : ms)
    if (m.kind == dyad::MentionKind::Person) {
      EXPECT_EQ(m.name, "Sergey Lavrov");
      EXPECT_EQ(m.code, "RUSGOV");
      ++n;
    }
  EXPECT_EQ(n, 3);
}

TEST(Actors, UnknownPersonCodedFromApposition) {
  std::string t = "The deal will hold, said Ilya Baranov, an adviser to the head of Russia's drug agency.";
  auto ms = run(t);
  auto* p = find(ms, t, "Ilya Baranov");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind_word(), "person");
  EXPECT_EQ(p->code, "RUSGOV");
}

TEST(Actors, UnknownPersonWithoutCountryStaysUncoded) {
  std::string t = "The plan is unclear, said Mara Lindqvist, a writer.";
  auto ms = run(t);
  auto* p = find(ms, t, "Mara Lindqvist");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->code.empty());
}

TEST(Actors, RolesByDate) {
  std::string t = "Prime Minister Vladimir Putin spoke.";
  auto ms = run(t, "2010-01-01");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].name, "Vladimir Putin");
  EXPECT_EQ(ms[0].code, "RUSGOV");
}

// A head of state who returns to office is known in each term; the surname with
// the title names the person even before the full name.
TEST(Actors, ATitledSurnameNamesTheOfficeHolderOfItsTerm) {
  for (const char* date : {"2019-05-01", "2026-06-01"}) {
    std::string t = "President Trump met the envoy.";
    auto ms = run(t, date);
    auto it = std::find_if(ms.begin(), ms.end(), [](const ActorMention& m) { return m.name == "Donald Trump"; });
    ASSERT_NE(it, ms.end()) << date;
    EXPECT_EQ(it->code, "USAGOV") << date;
  }
  std::string t = "Secretary of State Marco Rubio met the envoy.";
  auto ms = run(t, "2026-06-01");
  auto it = std::find_if(ms.begin(), ms.end(), [](const ActorMention& m) { return m.name == "Marco Rubio"; });
  ASSERT_NE(it, ms.end());
  EXPECT_EQ(it->code, "USAGOV");
}

// Without a document date a title before a surname names whoever held that office under that
// surname in any term (news writes "former" for a past holder); another office names no one.
TEST(Actors, AnUndatedTitledSurnameNamesItsOnlyHolderEver) {
  auto ms = run("Chancellor Merkel met the envoy.", "");
  auto it = std::find_if(ms.begin(), ms.end(), [](const ActorMention& m) { return m.name == "Angela Merkel"; });
  ASSERT_NE(it, ms.end());
  EXPECT_EQ(it->code, "DEUGOV");
  ms = run("Admiral Merkel met the envoy.", "");
  for (const auto& m : ms) EXPECT_NE(m.name, "Angela Merkel");
}

TEST(Actors, EmptyAndGarbageInput) {
  EXPECT_TRUE(run("").empty());
  std::string junk(2000, '\xff');
  EXPECT_NO_FATAL_FAILURE(run(junk));
}

TEST(Actors, CapitalisedPlacesAreNotUnknownPeople) {
  std::string t =
      "Fighters who could use Central Asia as a staging ground, officials said. In Kunar Province, the "
      "commanders say the number of fighters is small. Lena Marsh, an analyst in Berlin, said the risk was low.";
  auto ms = run(t);
  for (const auto& m : ms) {
    std::string s = t.substr(m.start, m.end - m.start);
    EXPECT_FALSE(m.kind == dyad::MentionKind::Person && (s == "Central Asia" || s == "Kunar Province")) << s;
  }
  auto* p = find(ms, t, "Lena Marsh");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind_word(), "person");
}

TEST(Actors, OfficialsInACapitalAreItsGovernment) {
  std::string t = "Senior officials in Moscow disclosed the contacts. Diplomats in Moscow were surprised. "
                  "Officials met in Kabul on Tuesday.";
  auto ms = run(t);
  auto* o = find(ms, t, "Senior officials in Moscow");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->code, "RUSGOV");
  EXPECT_EQ(o->kind_word(), "government");
  // Diplomats in a capital are often foreign ones: Moscow stays a place there.
  EXPECT_EQ(find(ms, t, "Diplomats in Moscow"), nullptr);
  auto* b = find(ms, t, "Kabul");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind_word(), "location");
}

TEST(Actors, DefiniteDescriptionsOfNamedGroups) {
  std::string t =
      "Moscow keeps a channel open to the fundamentalist Islamic movement, which once governed Afghanistan. "
      "The Taliban welcomed the talks. A few Taliban commanders trade with Islamic State, yet most of "
      "the movement wants to crush the terrorist group.";
  auto ms = run(t);
  // Before the group is named: a description with modifiers looks ahead.
  auto* f = find(ms, t, "fundamentalist Islamic movement");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->code, "TALIBAN");
  auto* m = find(ms, t, "movement");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "TALIBAN");
  // "terrorist" fits the Islamic State, not the Taliban.
  auto* g = find(ms, t, "terrorist group");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->code, "ISIS");
}

TEST(Actors, DescriptionsNeedANamedGroupAndFittingWords) {
  // No group named: "the movement" is nobody; a modifier the group is never
  // described with ("the Kurdish movement") does not fit the Taliban.
  std::string t1 = "The movement grew. Officials met the leaders.";
  for (const auto& m : run(t1)) EXPECT_NE(m.code, "TALIBAN") << t1.substr(m.start, m.end - m.start);
  std::string t2 = "The Taliban attacked Kunduz. The Kurdish movement protested. The movement of troops slowed.";
  auto ms = run(t2);
  EXPECT_EQ(find(ms, t2, "Kurdish movement"), nullptr);
  EXPECT_EQ(find(ms, t2, "movement"), nullptr);
}

// A country name after a preposition is the place a phrase points to ("the envoy to X"),
// never the first word of the person's name that follows it.
TEST(Actors, CountryAfterPrepositionIsNotPartOfTheNextName) {
  std::string t = "Norway's envoy to Mali Jonas Strand said the mission would end. "
                  "The office passed the file to U.S. Capitol Police, who declined to comment.";
  auto ms = run(t);
  for (const auto& m : ms) {
    std::string s = t.substr(m.start, m.end - m.start);
    EXPECT_NE(s, "Mali Jonas Strand");
    EXPECT_FALSE(m.kind == dyad::MentionKind::Person && s.find("Capitol") != std::string::npos) << s;
  }
  auto* mali = find(ms, t, "Mali");
  ASSERT_NE(mali, nullptr);
  EXPECT_EQ(mali->code, "MLI");
}

// After a capitalised word and "of", "for" or "on", a capitalised run ends an institution's name
// ("Observatory for Coastal Safety"): no person, even with an apposition after it.
TEST(Actors, TailOfAnInstitutionsNameIsNoPerson) {
  std::string t = "The Norwegian Observatory for Coastal Safety, an agency based in Bergen, said the storm sank a trawler.";
  auto ms = run(t);
  for (const auto& m : ms) EXPECT_NE(m.kind, dyad::MentionKind::Person) << t.substr(m.start, m.end - m.start);
}

TEST(Actors, CapitalAfterAClauseJoinerIsASubject) {
  // "as", "while", "although" open a clause: the capital after them is its subject and speaks for
  // its government; after "such as" or a preposition it stays a place.
  std::string t = "Lima rejected the claim, while Nairobi insisted the border was closed. "
                  "Talks in Nairobi ended. Capitals such as Nairobi were quiet.";
  auto ms = run(t);
  const ActorMention* subject = nullptr;
  for (const auto& m : ms)
    if (t.substr(m.start, m.end - m.start) == "Nairobi" && !subject) subject = &m;
  ASSERT_NE(subject, nullptr);
  EXPECT_EQ(subject->code, "KENGOV");
  int places = 0;
  for (const auto& m : ms)
    if (t.substr(m.start, m.end - m.start) == "Nairobi" && m.kind == dyad::MentionKind::Location) ++places;
  EXPECT_EQ(places, 2);
}

TEST(Actors, CapitalsOfSmallerStatesSpeakForTheirGovernments) {
  // The capital list covers the sovereign states, not only the large ones.
  std::string t = "Bamako expelled the envoy. Ouagadougou denied the report.";
  auto ms = run(t);
  ASSERT_GE(ms.size(), 2u);
  EXPECT_EQ(ms[0].code, "MLIGOV");
  EXPECT_EQ(ms[1].code, "BFAGOV");
}

TEST(Actors, SeasAndStraitsNamedAfterACountryBelongToNoOne) {
  // A sea, gulf or strait named after a country or people is a place of no
  // single state: the country's name inside it is no actor.
  std::string t = "Vietnamese boats fished in the South China Sea. A tanker crossed the Indian Ocean "
                  "and anchored in the Gulf of Mexico.";
  auto ms = run(t);
  for (const auto& m : ms) {
    EXPECT_NE(m.country, "CHN") << t.substr(m.start, m.end - m.start);
    EXPECT_NE(m.country, "IND") << t.substr(m.start, m.end - m.start);
    EXPECT_NE(m.country, "MEX") << t.substr(m.start, m.end - m.start);
  }
  const ActorMention* sea = find(ms, t, "South China Sea");
  ASSERT_NE(sea, nullptr);
  EXPECT_EQ(sea->kind, dyad::MentionKind::Location);
  EXPECT_TRUE(sea->code.empty());
  // The country itself, named on its own, still is one.
  t = "China sent coast guard ships.";
  ms = run(t);
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].country, "CHN");
}

TEST(Actors, PlaceOpeningALongerCapitalisedNameIsNoPlace) {
  // A capital or place that opens a longer capitalised name (a newspaper, a firm, a person whose
  // first name is a place's) is part of that name; a place word after it ("City") leaves it a place.
  std::string t = "The Washington Herald and Nairobi Timber Works praised Paris Okafor. "
                  "Kabul City and Kandahar remained calm.";
  auto ms = run(t);
  for (const auto& m : ms) {
    std::string s = t.substr(m.start, m.end - m.start);
    EXPECT_NE(s, "Washington");
    EXPECT_NE(s, "Nairobi");
    EXPECT_NE(s, "Paris");
  }
  EXPECT_NE(find(ms, t, "Kabul"), nullptr);
  EXPECT_NE(find(ms, t, "Kandahar"), nullptr);
}

TEST(Actors, GeneralInALegalOrCivilTitleIsNoSoldier) {
  // "attorney general", "solicitor general", "inspector general": officers of government, as the
  // Phoenix agents dictionary codes them; "general" alone stays a soldier.
  std::string t = "The Kenyan attorney general sued. The Kenyan general resigned.";
  auto ms = run(t);
  ASSERT_GE(ms.size(), 2u);
  EXPECT_EQ(ms[0].code, "KENGOV");
  EXPECT_EQ(ms[1].code, "KENMIL");
}

TEST(Actors, TerritoriesWithTheirOwnCountryCodeAreCountries) {
  // CAMEO gives some territories a country code of their own; named on their own they are that
  // country, not a place inside a larger one, and either spelling of a name is read.
  std::string t = "Riot police in Macau detained a man. Crowds gathered in Hong Kong.";
  auto ms = run(t);
  auto* macau = find(ms, t, "Macau");
  ASSERT_NE(macau, nullptr);
  EXPECT_EQ(macau->code, "MAC");
  EXPECT_EQ(macau->kind, MentionKind::Country);
  auto* hk = find(ms, t, "Hong Kong");
  ASSERT_NE(hk, nullptr);
  EXPECT_EQ(hk->code, "HKG");
  EXPECT_EQ(hk->kind, MentionKind::Country);
}

TEST(Actors, TheTwoCongosFollowTheCodebook) {
  // CAMEO's country dictionary gives the bare name to the Republic of the Congo (COG) and the
  // adjective to the Democratic Republic (COD); the full names are read as they say.
  std::string t = "Congolese troops arrived. Congo protested. The Democratic Republic of Congo replied.";
  auto ms = run(t);
  auto* adj = find(ms, t, "Congolese troops");
  ASSERT_NE(adj, nullptr);
  EXPECT_EQ(adj->code, "CODMIL");
  auto* bare = find(ms, t, "Congo");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare->code, "COG");
  auto* full = find(ms, t, "Democratic Republic of Congo");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full->code, "COD");
}

TEST(Actors, ACounterpartHoldsTheSameOfficeInItsCountry) {
  // "<actor> met his <demonym> counterpart": the counterpart is the other country's holder of the
  // actor's office, so it takes the actor's agent; with a name between that is not coded yet (a
  // surname linked later) the counterpart stays the bare country.
  std::string t = "The Kenyan interior minister met his Ugandan counterpart. "
                  "Army chiefs said Odinga's talks with his Ugandan counterpart went well.";
  auto ms = run(t);
  const dyad::actors::ActorMention* first = nullptr;
  const dyad::actors::ActorMention* second = nullptr;
  for (const auto& m : ms) {
    if (t.substr(m.start, m.end - m.start).rfind("Ugandan", 0) != 0) continue;
    (first ? second : first) = &m;
  }
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->code, "UGAGOV");
  EXPECT_EQ(second->code, "UGA");
}

TEST(Actors, ANameBetweenADemonymAndItsRoleWordIsAModifier) {
  // "<demonym> <Model> <role word>", "<demonym> <Capitalised Title> <role word>": a name that is
  // no actor's between the country and the role word modifies the role word, which keeps its
  // agent; an actor's name there is a mention of its own.
  std::string t = "Egyptian Apache helicopters struck the camp. The Kenyan Supreme Court ruled on Monday. "
                  "Pakistani Taliban fighters withdrew.";
  auto ms = run(t);
  for (const auto& m : ms) EXPECT_NE(m.code, "PAKMIL") << t.substr(m.start, m.end - m.start);
  auto* heli = find(ms, t, "Egyptian Apache helicopters");
  ASSERT_NE(heli, nullptr);
  EXPECT_EQ(heli->code, "EGYMIL");
  auto* court = find(ms, t, "Kenyan Supreme Court");
  ASSERT_NE(court, nullptr);
  EXPECT_EQ(court->code, "KENJUD");
}

TEST(Actors, TheSecurityCouncilActsForTheUnitedNations) {
  // The CAMEO/Phoenix convention codes the Security Council as the UN itself (IGOUNO): its
  // resolutions, debates and votes are the organisation's acts. The mention keeps the council's
  // own name, so a reader still sees which body acted.
  std::string t = "The U.N. Security Council met on Monday. Later the United Nations sent aid.";
  auto ms = run(t);
  auto* council = find(ms, t, "U.N. Security Council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->code, "UNO");
  EXPECT_NE(council->name.find("Security Council"), std::string::npos) << council->name;
  auto* un = find(ms, t, "the United Nations");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->code, "UNO");
}

TEST(Actors, TheInternationalCourtsAreActorsOfTheirOwn) {
  // The two courts at The Hague act in news as bodies of their own (CAMEO's IGO judicial codes):
  // the criminal court by its full name only, since "ICC" alone also names sports and trade
  // bodies; the UN's court also as the "World Court".
  std::string t = "The International Criminal Court charged him. The World Court ruled. The ICC fined the team.";
  auto ms = run(t);
  auto* icc = find(ms, t, "International Criminal Court");
  if (icc == nullptr) icc = find(ms, t, "The International Criminal Court");
  ASSERT_NE(icc, nullptr);
  EXPECT_EQ(icc->code, "ICC");
  auto* icj = find(ms, t, "World Court");
  if (icj == nullptr) icj = find(ms, t, "The World Court");
  ASSERT_NE(icj, nullptr);
  EXPECT_EQ(icj->code, "ICJ");
  EXPECT_EQ(find(ms, t, "ICC"), nullptr);
}

TEST(Actors, GuardsGendarmesAndFarmersHaveTheirAgents) {
  // Agent words of the Phoenix agent dictionary that news uses of state and civil bodies: a
  // coast or border guard is the military, gendarmes are police, farmers and peasants are the
  // agricultural sector (AGR), named so in the actor table.
  std::string t = "Vietnamese coast guard ships left. Armenian border guards fired. "
                  "Chadian gendarmes arrived. Kenyan farmers marched.";
  auto ms = run(t);
  auto* coast = find(ms, t, "Vietnamese coast guard");
  ASSERT_NE(coast, nullptr);
  EXPECT_EQ(coast->code, "VNMMIL");
  auto* border = find(ms, t, "Armenian border guards");
  ASSERT_NE(border, nullptr);
  EXPECT_EQ(border->code, "ARMMIL");
  auto* gend = find(ms, t, "Chadian gendarmes");
  ASSERT_NE(gend, nullptr);
  EXPECT_EQ(gend->code, "TCDCOP");
  auto* farm = find(ms, t, "Kenyan farmers");
  ASSERT_NE(farm, nullptr);
  EXPECT_EQ(farm->code, "KENAGR");
  EXPECT_EQ(dyad::actors::agent_name("AGR"), "farmers");
}

TEST(Actors, CountriesJoinedBeforeARoleWordShareIt) {
  // "<demonym> and <demonym> <role word>", "<demonym>, <demonym> and <demonym> <role word>": the
  // joined countries modify one head noun, so each takes its agent; a country's noun form
  // before "and" ("Chad and Nigerien soldiers") is a country of its own.
  std::string t = "Belgian and Dutch soldiers patrolled. Greek, Cypriot and Maltese ministers met. "
                  "Chad and Nigerien soldiers fought.";
  auto ms = run(t);
  auto* be = find(ms, t, "Belgian");
  ASSERT_NE(be, nullptr);
  EXPECT_EQ(be->code, "BELMIL");
  auto* gr = find(ms, t, "Greek");
  ASSERT_NE(gr, nullptr);
  EXPECT_EQ(gr->code, "GRCGOV");
  auto* cy = find(ms, t, "Cypriot");
  ASSERT_NE(cy, nullptr);
  EXPECT_EQ(cy->code, "CYPGOV");
  auto* chad = find(ms, t, "Chad");
  ASSERT_NE(chad, nullptr);
  EXPECT_EQ(chad->code, "TCD");
}

TEST(Actors, AnArmedGroupOfOneCountryIsItsCountryRebelsAndItsOwnCode) {
  // CAMEO's third level: the country, REB, and three letters that keep the group apart
  // from other rebels of that country; groups that act across borders keep a name code.
  std::string t = "Boko Haram attacked a village. The Houthis fired a missile. "
                  "Al-Shabaab bombed a hotel. The Taliban took the town.";
  auto ms = run(t);
  auto* boko = find(ms, t, "Boko Haram");
  ASSERT_NE(boko, nullptr);
  EXPECT_EQ(boko->code, "NGAREBBKH");
  EXPECT_EQ(boko->country, "NGA");
  auto* houthi = find(ms, t, "The Houthis");
  ASSERT_NE(houthi, nullptr);
  EXPECT_EQ(houthi->code, "YEMREBHTH");
  auto* shabaab = find(ms, t, "Al-Shabaab");
  ASSERT_NE(shabaab, nullptr);
  EXPECT_EQ(shabaab->code, "SOMREBSHB");
  auto* taliban = find(ms, t, "The Taliban");
  ASSERT_NE(taliban, nullptr);
  EXPECT_EQ(taliban->code, "TALIBAN");
}

TEST(Actors, AGroupCodeOfTheThirdLevelIsNamedAfterItsGroup) {
  // Stores and the terminal name a code without its mentions: a group code names the group,
  // not the country's rebels at large; a country + agent code still reads as such.
  const auto& dict = dyad::actors::Dictionary::get();
  auto hz = dyad::actors::code_name(dict, "LBNREBHZB");
  ASSERT_TRUE(hz.has_value());
  EXPECT_EQ(hz->name, "Hezbollah");
  EXPECT_EQ(hz->country, "LBN");
  auto reb = dyad::actors::code_name(dict, "LBNREB");
  ASSERT_TRUE(reb.has_value());
  EXPECT_EQ(reb->name, "Lebanese rebels");
}

TEST(Actors, ANameWithAPluralPossessiveIsFoundWithEitherApostrophe) {
  // The tokenizer cuts a word's closing apostrophe off as its own token ("Workers" + "'"),
  // so a dictionary name holding a plural possessive must be cut the same way to match,
  // whether the text writes the straight or the typographic apostrophe.
  std::string t = "Kurdistan Workers' Party fighters attacked a post. "
                  "The Kurdistan Workers\u2019 Party denied it.";
  auto ms = run(t);
  auto* straight = find(ms, t, "Kurdistan Workers' Party");
  ASSERT_NE(straight, nullptr);
  EXPECT_EQ(straight->code, "TURREBPKK");
  auto* curly = find(ms, t, "Kurdistan Workers\u2019 Party");
  ASSERT_NE(curly, nullptr);
  EXPECT_EQ(curly->code, "TURREBPKK");
  auto toks = dyad::actors::phrase_tokens("Workers' Party");
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[1], "'");
}

TEST(Actors, ACountryRightBeforeATitleIsThePersonsOwn) {
  // "<demonym or country> <title> <name>": the country says whose office the title is, so it and
  // the title make one mention of the person, coded country + the title's agent, whatever
  // country the rest of the text is about.
  std::string t = "French Sen. Paul Riviere met Kenyan officials in Nairobi.";
  auto ms = run(t);
  auto* p = find(ms, t, "French Sen. Paul Riviere");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->code, "FRALEG");
  EXPECT_EQ(p->country, "FRA");
}

TEST(Actors, ATitlesPortfolioAndATitleRunBelongToTheTitle) {
  // "<country> <title> <title> of <portfolio> <name>": titles in a row make one title, the
  // portfolio after its "of" is part of it, and the name after the portfolio is its holder,
  // coded with the country and the title's agent (a defence portfolio: the military's).
  std::string t = "Chilean Deputy Minister of Agriculture Rosa Varela met Peruvian Minister of Defense "
                  "Hugo Salas in Lima.";
  auto ms = run(t);
  auto* agri = find(ms, t, "Chilean Deputy Minister of Agriculture Rosa Varela");
  ASSERT_NE(agri, nullptr);
  EXPECT_EQ(agri->code, "CHLGOV");
  EXPECT_EQ(agri->name, "Rosa Varela");
  auto* defence = find(ms, t, "Peruvian Minister of Defense Hugo Salas");
  ASSERT_NE(defence, nullptr);
  EXPECT_EQ(defence->code, "PERMIL");
}

TEST(Actors, AStateOrProvinceNamesTheCountryOfTheOfficialItPrecedes) {
  // A first-level subdivision of a federal country (ISO 3166-2) is a place inside it: right
  // before a title it says whose official the titled person is, even where the text names
  // another country more.
  std::string t = "Oregon Gov. Ann Dale vetoed the bill. Police in Manitoba arrested two men in Manitoba.";
  auto ms = run(t);
  auto* gov = find(ms, t, "Oregon Gov. Ann Dale");
  ASSERT_NE(gov, nullptr);
  EXPECT_EQ(gov->code, "USAGOV");
  EXPECT_EQ(gov->name, "Ann Dale");
}

TEST(Actors, RegionsOfTheSahelAndTheHornAreTheirCountrysPlaces) {
  // Regions where the wars of the Horn, the Great Lakes and the Sahel are fought, as news copy
  // spells them: places inside their country, never actors of their own.
  std::string t = "Fighting spread from Tigray to Cabo Delgado, Ituri and Kidal.";
  auto ms = run(t);
  const std::pair<const char*, const char*> places[] = {
      {"Tigray", "ETH"}, {"Cabo Delgado", "MOZ"}, {"Ituri", "COD"}, {"Kidal", "MLI"}};
  for (const auto& [place, country] : places) {
    auto* m = find(ms, t, place);
    ASSERT_NE(m, nullptr) << place;
    EXPECT_EQ(m->country, country) << place;
    EXPECT_EQ(m->kind_word(), "location") << place;
  }
}

TEST(Actors, KenyasCountiesArePlacesInKenya) {
  // Kenya's counties (ISO 3166-2), with or without the word "County"; Meru, also a people and
  // a mountain in Tanzania, is left out.
  std::string t = "Police in Kitui County arrested two men. Herders in Turkana lost cattle. Farmers in Meru sold tea.";
  auto ms = run(t);
  for (const char* place : {"Kitui County", "Turkana"}) {
    auto* m = find(ms, t, place);
    ASSERT_NE(m, nullptr) << place;
    EXPECT_EQ(m->country, "KEN") << place;
  }
  EXPECT_EQ(find(ms, t, "Meru"), nullptr);
}

TEST(Actors, SubdivisionsAreReadForListedCountriesAndTypesOnly) {
  // Our own small ISO 3166-2 file: accents are also matched without them, ISO's inverted
  // "Name, Type" forms, second-level units, unlisted types and a name two listed countries
  // share are left out; an unreadable file is a warning, not an error.
  const std::string json = R"({"3166-2": [
    {"code": "IN-AA", "name": "R\u0101mpura", "type": "State"},
    {"code": "IN-BB", "name": "Dunmore", "type": "State"},
    {"code": "PK-CC", "name": "Dunmore", "type": "Province"},
    {"code": "US-DD", "name": "Kestrel Isles", "type": "Outlying area"},
    {"code": "CA-EE", "name": "Nordvik, Province of", "type": "Province"},
    {"code": "US-FF", "name": "Alder County", "type": "State", "parent": "US-GG"},
    {"code": "US-GG", "name": "Ashland", "type": "State"}]})";
  const std::map<std::string, std::string> alpha3{{"US", "USA"}, {"IN", "IND"}, {"PK", "PAK"}, {"CA", "CAN"}};
  std::string warning;
  auto subs = subdivisions_from(json, alpha3, warning);
  EXPECT_TRUE(warning.empty());
  ASSERT_EQ(subs.size(), 2u);
  EXPECT_EQ(subs[0].country, "IND");
  EXPECT_EQ(subs[0].names, (std::vector<std::string>{"R\u0101mpura", "Rampura"}));
  EXPECT_EQ(subs[1].country, "USA");
  EXPECT_EQ(subs[1].names, (std::vector<std::string>{"Ashland"}));
  setenv("DYAD_ISO_3166_2", (std::filesystem::temp_directory_path() / "dyad-no-such-iso-file.json").c_str(), 1);
  EXPECT_TRUE(actors::load_subdivisions(alpha3, warning).empty());
  EXPECT_NE(warning.find("iso_3166-2"), std::string::npos);
  unsetenv("DYAD_ISO_3166_2");
}

TEST(Actors, ACapitalThatOpensAClauseOfTimeActs) {
  // "after", "since", "before" before a capital and its finite verb open a clause whose subject
  // is the capital's government; before a noun they are prepositions placing something there.
  std::string t = "Troops stayed in Somalia for years after Nairobi invaded it.";
  auto ms = run(t);
  auto* n = find(ms, t, "Nairobi");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->code, "KENGOV");
  std::string p = "The envoy flew home after Nairobi talks ended.";
  auto ps = run(p);
  auto* q = find(ps, p, "Nairobi");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->code, "KENGOV");
}

TEST(Actors, APlaceThatOpensTheNameOfALawIsNoActor) {
  // A country or place opening a capitalised name that ends in a word of a law or treaty ("Act",
  // "Protocol", "Accord") names the document's subject; outside such a name it is still coded.
  std::string t = "The Kenya Wildlife Protection Act bans trade in ivory, and Kenya enforces it.";
  auto ms = run(t);
  for (const auto& m : ms) {
    if (m.start < t.find(" bans")) {
      EXPECT_NE(m.code, "KEN") << t.substr(m.start, m.end - m.start);
    }
  }
  auto* k = find(ms, t, "Kenya");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->code, "KEN");
}

// A group named with another group's name in brackets right after it ("the
// mujahideen (Hezbollah)") is the group in brackets, here and wherever the
// text names it again; a country in brackets glosses nothing.
TEST(Actors, AGroupGlossedInBracketsIsTheGroupInBrackets) {
  std::string t =
      "Fighters of the Mujahideen (Hezbollah) attacked an army post. The mujahideen later withdrew. "
      "The Taliban (Afghanistan) denied it.";
  auto ms = run(t);
  auto* first = find(ms, t, "Mujahideen");
  auto* again = find(ms, t, "mujahideen");
  auto* taliban = find(ms, t, "The Taliban");
  ASSERT_TRUE(first && again && taliban);
  EXPECT_EQ(first->code, "LBNREBHZB");
  EXPECT_EQ(again->code, "LBNREBHZB");
  EXPECT_EQ(taliban->code, "TALIBAN");
}

// A country's name after a given name inside a person's name ("Robert Jordan",
// the novelist) is part of the name: no country there, and the country named
// on its own elsewhere is still coded.
TEST(Actors, ACountrysNameInsideAPersonsNameIsNoCountry) {
  std::string t =
      "The novelist Robert Jordan wrote fourteen books. Robert Jordan died in 2007. "
      "Later the king of Jordan visited Paris.";
  auto ms = run(t);
  size_t jordan_country = 0;
  for (const auto& m : ms)
    if (m.code == "JOR") {
      ++jordan_country;
      EXPECT_GT(m.start, t.find("Later")) << t.substr(m.start, m.end - m.start);
    }
  EXPECT_EQ(jordan_country, 1u);
}

// An organisation is often named only by its initials, written in capitals, which may spell a
// common word ("who"): the initials name it wherever they stand in the sentence.
TEST(Actors, AnOrganisationsInitialsNameItEvenWhenTheySpellAWord) {
  std::string t = "WHO sent experts to the region. Officials said the WHO would stay.";
  auto ms = run(t);
  size_t named = 0;
  for (const auto& m : ms)
    if (m.code == "WHO") ++named;
  EXPECT_EQ(named, 2u);
}

// A role word right after a capital, used as a modifier, names that country's actor in the role,
// as it does after any other place of the country; the capital alone stays a place or stands for
// the government.
TEST(Actors, ARoleWordAfterACapitalNamesThatCountrysActor) {
  std::string t = "A Lima court heard the case. Two Quito residents testified. Lima rejected the ruling.";
  auto ms = run(t);
  auto coded = [&](const std::string& code, const std::string& text) {
    for (const auto& m : ms)
      if (m.code == code && t.substr(m.start, m.end - m.start) == text) return true;
    return false;
  };
  EXPECT_TRUE(coded("PERJUD", "Lima court"));
  EXPECT_TRUE(coded("ECUCVL", "Quito residents"));
  EXPECT_TRUE(coded("PERGOV", "Lima"));
}

// CAMEO gives regions codes of their own: a region's adjective or plural names the region's
// actor ("European diplomats", "Africans"), with a role word after it as after a country's.
TEST(Actors, ARegionsAdjectiveNamesTheRegionsActor) {
  std::string t = "European diplomats met the rebels. The gunmen released two Asian engineers.";
  auto ms = run(t);
  auto has = [&](const std::string& prefix) {
    for (const auto& m : ms)
      if (m.code.rfind(prefix, 0) == 0) return true;
    return false;
  };
  EXPECT_TRUE(has("EURGOV"));
  EXPECT_TRUE(has("ASA"));
}

// Before a capitalised word the same adjective is a compass point or the start of a name
// ("Western Chad", "the African Mining Group"): it names no regional actor there, and the
// name it opens is still read whole.
TEST(Actors, ARegionWordBeforeANameIsNoRegionalActor) {
  std::string t = "Fighting spread across Western Chad. The African Mining Group said prices would rise.";
  auto ms = run(t);
  bool chad = false;
  for (const auto& m : ms) {
    EXPECT_NE(m.code.substr(0, 3), "WST");
    EXPECT_NE(m.code.substr(0, 3), "AFR");
    if (m.code.rfind("TCD", 0) == 0) chad = true;
  }
  EXPECT_TRUE(chad);
  bool company = false;
  for (const auto& m : ms)
    if (t.substr(m.start, m.end - m.start) == "African Mining Group")
      company = true;
  EXPECT_TRUE(company);
}

// Stores and the terminal name a region's code by the region ("Southeast Asia"), not by the
// adjective the text used, and a region with an agent by the adjective and the agent's word.
TEST(Actors, ARegionsCodeIsNamedAfterTheRegion) {
  const auto& dict = dyad::actors::Dictionary::get();
  auto sea = dyad::actors::code_name(dict, "SEA");
  ASSERT_TRUE(sea.has_value());
  EXPECT_EQ(sea->name, "Southeast Asia");
  auto leaders = dyad::actors::code_name(dict, "AFRGOV");
  ASSERT_TRUE(leaders.has_value());
  EXPECT_EQ(leaders->name, "African government");
}

// Wire styles spell some demonyms their own way (AP's "-ean" for Ecuador, a doubled "s" for
// Belarus), and small states have adjectives of their own: each names its country's actors.
TEST(Actors, DemonymSpellingsOfWireStylesAndSmallStatesNameTheirCountry) {
  std::string t = "Ecuadorean officials met Belarussian diplomats and Bahamian police.";
  auto ms = run(t);
  auto* e = find(ms, t, "Ecuadorean officials");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->code, "ECUGOV");
  auto* b = find(ms, t, "Belarussian diplomats");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->code.substr(0, 3), "BLR");
  auto* p = find(ms, t, "Bahamian police");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->code, "BHSCOP");
}

// A title before a surname alone ("President Smith", as wires write it) names the one person of
// that surname who held that office on the article's date; before their term, or under a title
// they never held, the surname names no one known.
TEST(Actors, ATitleBeforeASurnameAloneNamesWhoHeldThatOfficeThen) {
  std::string t = "Prime Minister Modi met Chancellor Merkel in Delhi.";
  auto ms = run(t, "2019-11-01");
  auto* pm = find(ms, t, "Prime Minister Modi");
  auto* ch = find(ms, t, "Chancellor Merkel");
  ASSERT_NE(pm, nullptr);
  ASSERT_NE(ch, nullptr);
  EXPECT_EQ(pm->code, "INDGOV");
  EXPECT_EQ(pm->name, "Narendra Modi");
  EXPECT_EQ(ch->code, "DEUGOV");
  ms = run(t, "2010-11-01");
  pm = find(ms, t, "Prime Minister Modi");
  ASSERT_NE(pm, nullptr);
  EXPECT_NE(pm->code, "INDGOV");
  std::string u = "Foreign Minister Modi spoke.";
  ms = run(u, "2019-11-01");
  auto* fm = find(ms, u, "Foreign Minister Modi");
  ASSERT_NE(fm, nullptr);
  EXPECT_NE(fm->code, "INDGOV");
}

// A listed country's subdivision whose name is also a common word ("-Delta" in subdivisions.txt)
// is left out; its other subdivisions of the listed type are read, also with the word news copy
// writes after them ("+State": "Kogbara State").
TEST(Actors, ASubdivisionNamedLikeACommonWordIsLeftOut) {
  std::string warning;
  auto subs = subdivisions_from(R"({"3166-2": [
    {"code": "NG-DE", "name": "Delta", "type": "State"},
    {"code": "NG-QQ", "name": "Kogbara", "type": "State"}]})", {{"NG", "NGA"}}, warning);
  ASSERT_EQ(subs.size(), 1u);
  EXPECT_EQ(subs[0].country, "NGA");
  EXPECT_EQ(subs[0].names, (std::vector<std::string>{"Kogbara", "Kogbara State"}));
}

// A Nigerian state is a place in Nigeria, named alone or with "State" after it (which then
// names no state government).
TEST(Actors, ANigerianStateIsAPlaceInNigeria) {
  std::string t = "Bandits in Zamfara kidnapped ten villagers.";
  auto ms = run(t);
  auto* z = find(ms, t, "Zamfara");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->country, "NGA");
  t = "Bandits in Zamfara State kidnapped ten villagers.";
  ms = run(t);
  z = find(ms, t, "Zamfara State");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->country, "NGA");
  EXPECT_EQ(z->kind, MentionKind::Location);
}

TEST(Actors, TheActorsTableNamesACountrysAgentByItsDemonymAndTheAgentsWord) {
  // A code met only as a code (no mention spelled the group out) is named
  // from the agent table: demonym + the agent's word, and the word is its kind.
  // An agent the table names no group by keeps its code.
  dyad::Document doc;
  auto mention = [](const std::string& code) {
    dyad::ActorMention m;
    m.code = m.name = code;
    m.kind = dyad::MentionKind::Other;
    m.country = code.substr(0, 3);
    return m;
  };
  doc.actors = {mention("KENJUD"), mention("KENCOP"), mention("KENELI")};
  auto j = dyad::actors::actors_json({doc});
  std::map<std::string, std::pair<std::string, std::string>> by;
  for (const auto& a : j) by[a["code"].get<std::string>()] = {a["name"].get<std::string>(), a["kind"].get<std::string>()};
  EXPECT_EQ(by["KENJUD"], std::make_pair(std::string("Kenyan judiciary"), std::string("judiciary")));
  EXPECT_EQ(by["KENCOP"], std::make_pair(std::string("Kenyan police"), std::string("police")));
  EXPECT_EQ(by["KENELI"].first, "KENELI");
  EXPECT_EQ(dyad::actors::agent_kind("REBxyz"), "armed group");
  EXPECT_EQ(dyad::actors::agent_kind("XYZ"), "");
}
