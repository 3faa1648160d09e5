// Scenario reading and the model's building blocks: CSV and XML readers,
// errors that name file and line, votes, elections, utilities, the PRNG.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "fixtures.h"
#include "sim/bargain.h"
#include "sim/prng.h"
#include "sim/scenario.h"
#include "sim/utility.h"
#include "sim/voting.h"

namespace {

namespace sim = dyad::sim;

const char* kGood =
    "Tiny,three actors on one issue,3,1,\n"
    "Actor,Description,Power,Issue,Sal,\n"
    "A,first,10,20,50,\n"
    "B,second,20,80,40,\n"
    "C,third,5,50,90,\n";

std::string message_of(const std::string& text) {
  try {
    sim::parse_scenario_csv(text, "bad.csv");
  } catch (const sim::ScenarioError& e) {
    return e.what();
  }
  return "";
}

TEST(SimScenario, CsvReadsActorsOnTheUnitScale) {
  auto sc = sim::parse_scenario_csv(kGood, "t.csv");
  ASSERT_EQ(sc.num_actors(), 3u);
  ASSERT_EQ(sc.dimensions, std::vector<std::string>{"Issue"});
  EXPECT_EQ(sc.actors[1].name, "B");
  EXPECT_DOUBLE_EQ(sc.actors[1].capability, 20);
  EXPECT_DOUBLE_EQ(sc.actors[1].position[0], 0.8);
  EXPECT_DOUBLE_EQ(sc.actors[2].salience[0], 0.9);
  EXPECT_EQ(sc.accommodation, sim::identity_matrix(3));
}

TEST(SimScenario, CsvErrorsNameFileAndLine) {
  std::string missing = std::string(kGood).replace(std::string(kGood).find("B,second,20,80,40"), 17,
                                                   "B,second,20,80");
  EXPECT_EQ(message_of(missing), "bad.csv:4: missing field 5 (salience)");
  std::string high = std::string(kGood).replace(std::string(kGood).find("90,"), 2, "190");
  EXPECT_NE(message_of(high).find("bad.csv:5: salience 190"), std::string::npos) << message_of(high);
  std::string text = std::string(kGood).replace(std::string(kGood).find("10,20"), 5, "10,x");
  EXPECT_NE(message_of(text).find("bad.csv:3: field 4 (position) is not a number"), std::string::npos);
  EXPECT_NE(message_of("T,d,3,1\nActor,D,P,I,S\nA,a,1,1,1\n").find("only 1 actor lines"), std::string::npos);
  EXPECT_NE(message_of("T,d,2,1\nActor,D,P,I,S\n").find("bad.csv:1: 2 actors"), std::string::npos);
  EXPECT_NE(message_of("T,d,1e30,1\nActor,D,P,I,S\n").find("bad.csv:1: number of actors must be a whole number"),
            std::string::npos);
}

TEST(SimScenario, SalienceSumAboveHundredIsRejected) {
  const char* two = "T,d,3,2\nActor,D,P,X,SX,Y,SY\nA,a,1,10,60,20,50\nB,b,1,1,1,1,1\nC,c,1,1,1,1,1\n";
  EXPECT_NE(message_of(two).find("bad.csv:3: saliences of A sum to 110"), std::string::npos);
}

std::string write_temp(const std::string& name, const std::string& text) {
  std::string path = dyad::testing::temp_dir("sim") + "/" + name;
  std::ofstream(path) << text;
  return path;
}

const char* kXml = R"(<?xml version="1.0"?>
<Scenario>
  <name>X</name><desc>three</desc><prngSeed>0042</prngSeed>
  <ModelParameters><VotingRule>PropCbc</VotingRule></ModelParameters>
  <Dimensions><dName>D</dName></Dimensions>
  <Actors>
    <Actor><name>A</name><capability>1</capability>
      <Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
    <Actor><name>B</name><capability>2</capability>
      <Position><dCoord>90</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
    <Actor><name>C</name><capability>3</capability>
      <Position><dCoord>40</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
  </Actors>
  <IdealAdjustment><iaPair><adjustingIdeal>B</adjustingIdeal><referencePos>A</referencePos>
    <adjust>0.25</adjust></iaPair></IdealAdjustment>
</Scenario>
)";

TEST(SimScenario, XmlReadsParametersSeedAndAdjustments) {
  auto sc = sim::read_scenario(write_temp("x.xml", kXml));
  EXPECT_EQ(sc.name, "X");
  EXPECT_EQ(sc.seed, 42u);
  EXPECT_EQ(sc.settings.voting, sim::VotingRule::PropCbc);
  EXPECT_EQ(sc.settings.pce, sim::PceModel::Conditional);
  EXPECT_DOUBLE_EQ(sc.accommodation[1 * 3 + 0], 0.25);
  EXPECT_DOUBLE_EQ(sc.accommodation[1 * 3 + 1], 1.0);
}

TEST(SimScenario, XmlErrorsNameFileAndLine) {
  std::string empty = kXml;
  empty.replace(empty.find("<dCoord>90</dCoord>"), 19, "<dCoord></dCoord>");
  std::string path = write_temp("empty.xml", empty);
  try {
    sim::read_scenario(path);
    FAIL() << "accepted an empty coordinate";
  } catch (const sim::ScenarioError& e) {
    EXPECT_EQ(std::string(e.what()), path + ":10: empty <dCoord> (position 1 of B)");
    EXPECT_EQ(e.line(), 10);
  }
  std::string nocap = kXml;
  nocap.replace(nocap.find("<capability>3</capability>"), 26, "");
  EXPECT_THROW(sim::read_scenario(write_temp("nocap.xml", nocap)), sim::ScenarioError);
  std::string badparam = kXml;
  badparam.replace(badparam.find("PropCbc</"), 7, "Majority");
  try {
    sim::read_scenario(write_temp("param.xml", badparam));
    FAIL();
  } catch (const sim::ScenarioError& e) {
    EXPECT_NE(std::string(e.what()).find(":4: unknown value 'Majority' for VotingRule"), std::string::npos);
  }
  std::string unclosed = kXml;
  unclosed.replace(unclosed.find("</Actors>"), 9, "");
  EXPECT_THROW(sim::read_scenario(write_temp("unclosed.xml", unclosed)), sim::ScenarioError);
}

TEST(SimScenario, KtabBrokenExampleIsRejectedAtItsLine) {
  if (!dyad::testing::shared_available()) GTEST_SKIP();
  std::string path = dyad::testing::shared_path("suites/ktab/smpExample.HEAD-broken.xml");
  try {
    sim::read_scenario(path);
    FAIL() << "accepted the emptied coordinate";
  } catch (const sim::ScenarioError& e) {
    EXPECT_EQ(e.line(), 32);
    EXPECT_NE(std::string(e.what()).find("empty <dCoord>"), std::string::npos);
  }
}

TEST(SimScenario, UnknownExtensionAndMissingFile) {
  EXPECT_THROW(sim::read_scenario("scenario.txt"), sim::ScenarioError);
  EXPECT_THROW(sim::read_scenario("/nonexistent/s.csv"), sim::ScenarioError);
}

TEST(SimModel, VotesFollowTheRule) {
  EXPECT_DOUBLE_EQ(sim::vote(sim::VotingRule::Prop, 2, 0.7, 0.2), 1.0);
  EXPECT_DOUBLE_EQ(sim::vote(sim::VotingRule::Binary, 2, 0.7, 0.2), 2.0);
  EXPECT_DOUBLE_EQ(sim::vote(sim::VotingRule::PropCbc, 1, 0.5, 0.0), 0.25 + 0.0625);
  EXPECT_DOUBLE_EQ(sim::vote(sim::VotingRule::ASymProsp, 3, 0.5, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(sim::vote(sim::VotingRule::ASymProsp, 3, 0.0, 0.5), -1.5);
}

TEST(SimModel, ElectionFavoursTheOptionMostActorsPrefer) {
  sim::Matrix u(3, 2);  // three actors, two options; two prefer option 1
  u(0, 0) = 1, u(0, 1) = 0;
  u(1, 0) = 0, u(1, 1) = 1;
  u(2, 0) = 0, u(2, 1) = 1;
  for (auto pce : {sim::PceModel::Conditional, sim::PceModel::MarkovIncentive, sim::PceModel::MarkovUniform}) {
    auto p = sim::scalar_pce({1, 1, 1}, u, sim::VotingRule::Prop, sim::VictoryProb::Linear, pce);
    EXPECT_NEAR(p[0] + p[1], 1.0, 1e-9);
    EXPECT_GT(p[1], p[0]);
  }
}

TEST(SimModel, UtilityAndRiskAttitudes) {
  EXPECT_DOUBLE_EQ(sim::risk_utility(0.0, 0.7), 1.0);
  EXPECT_DOUBLE_EQ(sim::risk_utility(0.5, 0.0), 0.5);
  EXPECT_GT(sim::risk_utility(0.5, 1.0), sim::risk_utility(0.5, -0.5));  // risk-averse values compromise
  auto r = sim::risk_attitudes({0.1, 0.6, 0.3}, sim::BigRRange::Mid);
  EXPECT_DOUBLE_EQ(r[1], 1.0);   // likeliest winner: top of the range
  EXPECT_DOUBLE_EQ(r[0], -0.5);  // least likely: bottom
  double y[2] = {0.0, 0.0}, x[2] = {1.0, 0.0}, s[2] = {0.5, 0.5};
  EXPECT_DOUBLE_EQ(sim::weighted_distance(y, x, s, 2), std::sqrt(0.5));
  EXPECT_DOUBLE_EQ(sim::round4(0.123456), 0.1235);
}

TEST(SimModel, PrngIsKtabsScrambledMersenneTwister) {
  std::mt19937_64 mt(7);
  unsigned long long n = mt();
  sim::Prng p(7);
  EXPECT_EQ(p.next(), (n + 0xE08C1D668B756F83ULL) * (2 * n + 3));
  sim::Prng q(7);
  double u = q.uniform();
  EXPECT_GE(u, 0.0);
  EXPECT_LE(u, 1.0);
  sim::Prng a(99), b(99);
  EXPECT_EQ(a.select({0.2, 0.3, 0.5}), b.select({0.2, 0.3, 0.5}));
  EXPECT_EQ(a.select({0.0, 0.0, 1.0}), 2u);
}

}  // namespace
