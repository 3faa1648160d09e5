// Golden tests of the bargaining simulation against KTAB's own runs
// (../shared/suites/ktab/expected.json): every position of every state on
// the logs' 0.01 grid, the win probabilities and the fractional change to
// 4 decimals, and the number of turns. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "sim/replay.h"
#include "sim/scenario.h"
#include "sim/simulation.h"

namespace {

using dyad::testing::shared_path;
namespace sim = dyad::sim;

const nlohmann::json& expected() {
  static nlohmann::json j = [] {
    std::ifstream in(shared_path("suites/ktab/expected.json"));
    return nlohmann::json::parse(in);
  }();
  return j;
}

bool have_ktab() { return std::filesystem::exists(shared_path("suites/ktab/expected.json")); }

// Runs the case's input and compares it state by state with the log.
void check_case(const nlohmann::json& c, const sim::Replay* replay = nullptr) {
  sim::Scenario sc = sim::read_scenario(shared_path("suites/ktab/" + c["input"].get<std::string>()));
  sim::RunOptions opt;
  opt.replay = replay;
  sim::RunResult r = sim::run_model(sc, opt);
  ASSERT_EQ(r.states.size(), c["num_states"].get<size_t>());
  const auto& actors = c["actors"];
  ASSERT_EQ(actors.size(), sc.num_actors());
  for (size_t s = 0; s < r.states.size(); ++s) {
    for (size_t i = 0; i < sc.num_actors(); ++i) {
      const auto& want = c["positions_by_state"][s][i];
      for (size_t k = 0; k < sc.num_dims(); ++k)
        ASSERT_NEAR(r.states[s].positions(i, k) * 100, want[k].get<double>(), 0.005)
            << "state " << s << " actor " << sc.actors[i].name << " dim " << k;
      const std::string name = actors[i];
      EXPECT_NEAR(r.states[s].win_prob[i], c["win_prob_by_state"][name][s].get<double>(), 5.1e-5)
          << "state " << s << " actor " << name;
    }
  }
  for (size_t t = 0; t < r.turns.size(); ++t)
    EXPECT_NEAR(r.turns[t].fractional_change, c["fractional_change_by_turn"][t].get<double>(), 5.1e-5)
        << "turn " << t + 1;
}

void check_named(const std::string& name) {
  if (!have_ktab()) GTEST_SKIP() << "../shared/suites/ktab not available";
  check_case(expected()["cases"][name]);
}

TEST(SimGolden, DummyData3DimTenTurns) {
  if (!have_ktab()) GTEST_SKIP() << "../shared/suites/ktab not available";
  EXPECT_EQ(expected()["cases"]["dummyData_3Dim"]["num_turns"], 10);
  check_named("dummyData_3Dim");
}
TEST(SimGolden, SoePolCompTwentySevenTurns) {
  if (!have_ktab()) GTEST_SKIP() << "../shared/suites/ktab not available";
  EXPECT_EQ(expected()["cases"]["SOE-Pol-Comp"]["num_turns"], 27);
  check_named("SOE-Pol-Comp");
}
TEST(SimGolden, SoePolicy) { check_named("SOE-Policy"); }
TEST(SimGolden, SoeCompetitive) { check_named("SOE-Competitive"); }
TEST(SimGolden, SixDimensions) { check_named("dummyData_6Dim"); }
TEST(SimGolden, FortyActors) { check_named("dummyData-a040"); }
TEST(SimGolden, EightyActors) { check_named("dummyData-a080"); }
// Stochastic transitions, PropCbc votes and MarkovIncentive elections, in the
// canonical order (queues by initiator, draws by actor).
TEST(SimGolden, SmpExampleCanonicalOrder) { check_named("smpExample-canonical"); }

// KTAB's threaded stochastic run, replayed with the queue and draw order its log records.
TEST(SimGolden, SmpExampleReplayOfThreadedRun) {
  if (!have_ktab()) GTEST_SKIP() << "../shared/suites/ktab not available";
  sim::Replay replay = sim::read_replay(shared_path("suites/ktab/expected_turns.json#smpExample"), 5);
  check_case(expected()["nondeterministic_cases"]["smpExample"], &replay);
}

// The same numbers with other trailing commas, and the older XML form of the
// 3-D data (no model parameters: the defaults), give the same run.
TEST(SimGolden, OtherFormsOfTheThreeDimensionalData) {
  if (!have_ktab()) GTEST_SKIP() << "../shared/suites/ktab not available";
  auto a = sim::run_model(sim::read_scenario(shared_path("suites/ktab/dummyData_3Dim.csv")));
  for (const char* other : {"dummyData_3Dim-no-final-comma.csv", "dummyData_3Dim.xml"}) {
    auto b = sim::run_model(sim::read_scenario(shared_path(std::string("suites/ktab/") + other)));
    ASSERT_EQ(a.states.size(), b.states.size()) << other;
    EXPECT_EQ(a.states.back().positions.v, b.states.back().positions.v) << other;
  }
}

// Without a replay the stochastic case still runs the canonical order, and a
// different seed gives a different (but reproducible) path.
TEST(SimGolden, SeedsChangeStochasticRunsReproducibly) {
  if (!have_ktab()) GTEST_SKIP() << "../shared/suites/ktab not available";
  auto sc = sim::read_scenario(shared_path("suites/ktab/smpExample.xml"));
  sim::RunOptions opt;
  opt.seed = 12345;
  auto a = sim::run_model(sc, opt), b = sim::run_model(sc, opt);
  EXPECT_EQ(a.states.back().positions.v, b.states.back().positions.v);
  auto c = sim::run_model(sc);
  EXPECT_EQ(c.seed, 3507583219545544127ULL);
  EXPECT_NE(a.states.back().positions.v, c.states.back().positions.v);
}

}  // namespace
