// Monte Carlo sensitivity and the `dyad simulate` command: perturbed inputs
// stay valid, no perturbation reproduces the single run, the JSON has the
// documented keys, bad scenarios give a clear error and exit code 1.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "sim/monte_carlo.h"

namespace {

namespace sim = dyad::sim;

const char* kScenario =
    "Four,four actors on one issue,4,2,\n"
    "Actor,Description,Power,Tax,Sal,Trade,Sal2,\n"
    "North,big state,100,20,40,70,30,\n"
    "South,small state,30,80,50,20,40,\n"
    "East,middle,60,50,30,40,60,\n"
    "West,middle,50,65,45,55,20,\n";

TEST(SimMonteCarlo, PerturbedScenarioStaysValid) {
  auto sc = sim::parse_scenario_csv(kScenario, "four.csv");
  for (unsigned long long seed = 1; seed < 50; ++seed) {
    auto p = sim::perturb_scenario(sc, 0.3, seed);
    for (const auto& a : p.actors) EXPECT_NO_THROW(sim::check_actor(a, "p", 0));
    EXPECT_NE(p.actors[0].capability, sc.actors[0].capability);
  }
}

TEST(SimMonteCarlo, NoPerturbationReproducesTheSingleRun) {
  auto sc = sim::parse_scenario_csv(kScenario, "four.csv");
  auto single = sim::run_model(sc);
  auto mc = sim::monte_carlo(sc, 5, 0.0, 7);
  for (size_t i = 0; i < sc.num_actors(); ++i)
    for (size_t k = 0; k < sc.num_dims(); ++k) {
      EXPECT_NEAR(mc.summary[i][k].mean, single.states.back().positions(i, k) * 100, 1e-9);
      EXPECT_NEAR(mc.summary[i][k].sd, 0.0, 1e-9);
    }
  auto spread = sim::monte_carlo(sc, 20, 0.1, 7);
  double total_sd = 0;
  for (const auto& a : spread.summary)
    for (const auto& d : a) {
      total_sd += d.sd;
      EXPECT_LE(d.p10, d.p90);
    }
  EXPECT_GT(total_sd, 0.0);
}

TEST(SimMonteCarlo, SummaryQuantiles) {
  auto d = sim::summarise({4, 1, 3, 2, 5});
  EXPECT_DOUBLE_EQ(d.mean, 3);
  EXPECT_DOUBLE_EQ(d.median, 3);
  EXPECT_DOUBLE_EQ(d.min, 1);
  EXPECT_DOUBLE_EQ(d.max, 5);
  EXPECT_NEAR(d.p10, 1.4, 1e-12);
}

std::string scenario_file() {
  std::string path = dyad::testing::temp_dir("simcli") + "/four.csv";
  std::ofstream(path) << kScenario;
  return path;
}

TEST(SimCli, JsonHasTheDocumentedKeys) {
  auto r = dyad::testing::run_dyad("simulate " + scenario_file() + " --json");
  ASSERT_EQ(r.rc, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  for (const char* k : {"scenario", "actors", "dimensions", "turns_run", "final_positions", "turns"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["turns"].size(), j["turns_run"].get<size_t>());
  EXPECT_EQ(j["final_positions"]["North"].size(), 2u);
  const auto& t = j["turns"][0];
  for (const char* k : {"turn", "positions", "bargains", "win_probabilities"}) EXPECT_TRUE(t.contains(k)) << k;
  EXPECT_EQ(j["turns"].back()["positions"], j["final_positions"]);
}

TEST(SimCli, MaxTurnsTextAndMonteCarlo) {
  auto r = dyad::testing::run_dyad("simulate " + scenario_file() + " --max-turns 1");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("Turn 1"), std::string::npos);
  EXPECT_EQ(r.out.find("Turn 2"), std::string::npos);
  EXPECT_NE(r.out.find("Outcome after 1 turns"), std::string::npos);
  auto mc = dyad::testing::run_dyad("simulate " + scenario_file() + " --runs 8 --perturb 0.1 --json");
  ASSERT_EQ(mc.rc, 0) << mc.err;
  auto j = nlohmann::json::parse(mc.out);
  EXPECT_EQ(j["runs"], 8);
  EXPECT_EQ(j["actors"]["South"].size(), 2u);
}

TEST(SimCli, BadScenarioExitsWithFileAndLine) {
  std::string path = dyad::testing::temp_dir("simcli") + "/bad.csv";
  std::ofstream(path) << "T,d,3,1\nActor,D,P,I,S\nA,a,1,10,10\nB,b,1,20,\nC,c,1,30,30\n";
  auto r = dyad::testing::run_dyad("simulate " + path);
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find(path + ":4: missing field 5 (salience)"), std::string::npos) << r.err;
}

}  // namespace
