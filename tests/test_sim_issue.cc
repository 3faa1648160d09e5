// Scenarios from coded events: relevance of events to an issue, the actors,
// poles, positions, saliences and capabilities that come out, their evidence,
// the CSV round trip, and `dyad scenario` on a store built from the seeds.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "sim/issue_scenario.h"
#include "sim/simulation.h"

namespace {

namespace sim = dyad::sim;

sim::IssueEvent ev(long long id, const std::string& src, const std::string& tgt, double g,
                   const std::string& text, const std::string& doc = "d1") {
  return {.id = id,
          .sentence = 0,
          .doc = doc,
          .date = "2020-01-01",
          .source = src,
          .target = tgt,
          .code = "000",
          .text = text,
          .quad = g < 0 ? 3 : 1,
          .goldstein = g};
}

sim::CapabilityTable caps() {
  sim::CapabilityTable t;
  t.set("AAA", 50);
  t.set("BBB", 20);
  t.set_role("government", 1.0, 5);
  t.set_role("default", 0.1, 2);
  return t;
}

sim::ActorInfo info(const std::string& code) {
  if (code == "AAAGOV") return {"A government", "government", "AAA"};
  return {code + " name", "country", code};
}

// Two rivals over a dam, a friend of one and a friend of the other.
std::vector<sim::IssueEvent> dam_events() {
  return {ev(1, "AAA", "BBB", -7, "A threatened B over the dam."),
          ev(2, "BBB", "AAA", -5, "B rejected the dam plan of A."),
          ev(3, "CCC", "AAA", 6, "C backed A on the dam."),
          ev(4, "CCC", "AAA", 4, "C and A met about the dam."),
          ev(5, "DDD", "BBB", 8, "D signed a dam deal with B."),
          ev(6, "DDD", "BBB", 8, "D aided B at the dam."),
          ev(7, "CCC", "EEE", 3, "C praised E over trade.", "d2"),
          ev(8, "CCC", "", 1, "C spoke about the harvest.", "d2")};
}

TEST(SimIssue, RelevanceBySentenceThenDocument) {
  std::set<std::string> docs{"d1"};
  EXPECT_EQ(sim::issue_relevance(ev(1, "A", "B", 1, "Talks on the Dam resumed."), {"dam"}, docs), 1.0);
  EXPECT_EQ(sim::issue_relevance(ev(1, "A", "B", 1, "Talks on Amsterdam resumed."), {"dam"}, docs), 0.5);
  EXPECT_EQ(sim::issue_relevance(ev(1, "A", "B", 1, "Talks resumed.", "d9"), {"dam"}, docs), 0.0);
}

TEST(SimIssue, PolesPositionsSaliencesCapabilities) {
  sim::IssueSpec spec;
  spec.issue = "dam";
  spec.terms = {"dam"};
  spec.source = "test.sqlite";
  auto events = dam_events();
  auto built = sim::build_issue_scenario(spec, events, {"d1"}, info, caps());
  const auto& sc = built.scenario;
  ASSERT_EQ(sc.num_actors(), 4u);  // EEE has one issue-free event only
  EXPECT_EQ(built.evidence["poles"], nlohmann::json::array({"AAA", "BBB"}));
  auto pos = [&](const std::string& code) {
    for (const auto& a : sc.actors)
      if (a.name == code) return a.position[0] * 100;
    ADD_FAILURE() << code;
    return -1.0;
  };
  EXPECT_NEAR(pos("AAA"), 50 + 25 * (-0.6 - 1), 1e-9);  // pole A, hostile to B
  EXPECT_NEAR(pos("BBB"), 50 + 25 * (1 + 0.6), 1e-9);
  EXPECT_NEAR(pos("CCC"), 50 + 25 * (0 - 0.5), 1e-9);  // friend of A leans to A
  EXPECT_NEAR(pos("DDD"), 50 + 25 * (0.8 - 0), 1e-9);  // friend of B leans to B
  for (const auto& a : sc.actors) {
    if (a.name == "CCC") {
      EXPECT_NEAR(a.salience[0], 0.5, 1e-9);  // 2 of its 4 events on the dam
      EXPECT_DOUBLE_EQ(a.capability, 2);     // default role, no listed country
    }
    if (a.name == "AAA") {
      EXPECT_DOUBLE_EQ(a.capability, 50);
    }
  }
  // Every number has its evidence.
  const auto& c = built.evidence["actors"]["CCC"];
  EXPECT_EQ(c["position"]["alignment_with_AAA"]["events"], nlohmann::json::array({3, 4}));
  EXPECT_EQ(c["salience"]["issue_events"].size(), 2u);
  EXPECT_EQ(built.evidence["events"]["3"]["text"], "C backed A on the dam.");
  EXPECT_NE(c["capability"]["rule"].get<std::string>().find("roles.txt"), std::string::npos);
}

TEST(SimIssue, CsvRoundTripsAndRuns) {
  sim::IssueSpec spec;
  spec.issue = "dam";
  spec.terms = {"dam"};
  spec.source = "test.sqlite";
  auto events = dam_events();
  auto built = sim::build_issue_scenario(spec, events, {"d1"}, info, caps());
  auto back = sim::parse_scenario_csv(sim::scenario_csv(built.scenario), "back.csv");
  ASSERT_EQ(back.num_actors(), built.scenario.num_actors());
  EXPECT_EQ(back.dimensions[0], "dam Position");
  for (size_t i = 0; i < back.num_actors(); ++i) {
    EXPECT_EQ(back.actors[i].name, built.scenario.actors[i].name);
    EXPECT_NEAR(back.actors[i].position[0], built.scenario.actors[i].position[0], 5e-5);
  }
  auto run = sim::run_model(back);
  EXPECT_GE(run.turns.size(), 1u);
}

TEST(SimIssue, ExplicitActorsPolesAndErrors) {
  sim::IssueSpec spec;
  spec.issue = "dam";
  spec.terms = {"dam"};
  spec.source = "test.sqlite";
  spec.actors = {"AAAGOV", "CCC", "DDD"};
  spec.rollup = false;
  spec.poles = std::pair{std::string("CCC"), std::string("DDD")};
  auto events = dam_events();
  events.push_back(ev(9, "AAAGOV", "DDD", -4, "The A government warned D about the dam."));
  auto built = sim::build_issue_scenario(spec, events, {"d1"}, info, caps());
  ASSERT_EQ(built.scenario.num_actors(), 3u);
  EXPECT_DOUBLE_EQ(built.scenario.actors[0].capability, 50);  // government: its country's weight
  EXPECT_LT(built.scenario.actors[0].position[0], 0.5);        // hostile to the D pole
  sim::IssueSpec none = spec;
  none.actors.clear();
  none.poles.reset();
  none.terms = {"volcano"};
  EXPECT_THROW(sim::build_issue_scenario(none, events, {}, info, caps()), sim::ScenarioError);
}

// The issue's "done when": from the seeds' store to a scenario on Russia's
// Afghanistan policy that runs, each input traced to sentences.
TEST(SimIssue, SeedsStoreGivesARussiaAfghanistanScenario) {
  if (!dyad::testing::shared_available()) GTEST_SKIP() << "../shared not available";
  std::string dir = dyad::testing::temp_dir("simseeds");
  auto ing = dyad::testing::run_dyad("ingest " + dyad::testing::shared_path("seeds") + " --db " + dir + "/s.sqlite");
  ASSERT_EQ(ing.rc, 0) << ing.err;
  auto sc = dyad::testing::run_dyad("scenario --db " + dir + "/s.sqlite --issue Afghanistan --terms Afghan --out " +
                                    dir + "/af.csv");
  ASSERT_EQ(sc.rc, 0) << sc.err;
  auto scenario = sim::read_scenario(dir + "/af.csv");
  std::set<std::string> names;
  for (const auto& a : scenario.actors) names.insert(a.name);
  for (const char* code : {"RUS", "USA", "TALIBAN", "AFG"}) EXPECT_TRUE(names.count(code)) << code;
  std::ifstream in(dir + "/af.evidence.json");
  auto evidence = nlohmann::json::parse(in);
  const auto& rus = evidence["actors"]["RUS"];
  ASSERT_FALSE(rus["salience"]["issue_events"].empty());
  std::string id = std::to_string(rus["salience"]["issue_events"][0].get<long long>());
  EXPECT_FALSE(evidence["events"][id]["text"].get<std::string>().empty());
  auto run = dyad::testing::run_dyad("simulate " + dir + "/af.csv --json");
  ASSERT_EQ(run.rc, 0) << run.err;
  auto j = nlohmann::json::parse(run.out);
  EXPECT_GE(j["turns_run"].get<int>(), 2);
  // Positions move. Which ones depends on the coded evidence (an actor at a
  // pole whose rivals are far weaker may hold), so count the actors that moved.
  int moved = 0;
  for (const auto& [actor, final_pos] : j["final_positions"].items())
    if (final_pos != j["initial_positions"][actor]) ++moved;
  EXPECT_GE(moved, 2);
  std::filesystem::remove_all(dir);
}

TEST(SimIssue, MissingStoreIsADatabaseError) {
  auto r = dyad::testing::run_dyad("scenario --db /nonexistent/x.sqlite --issue Afghanistan");
  EXPECT_EQ(r.rc, 3);
  EXPECT_NE(r.err.find("/nonexistent/x.sqlite"), std::string::npos);
}

}  // namespace
