// The simulation endpoints of the terminal's API (/api/scenario and
// /api/simulate) on a store built from hand-made documents about a river
// dam: two rivals, a friend of each; the scenario, its evidence, a run with
// more than one turn, a bounded Monte Carlo, the analyst's edits, the caps
// and the JSON errors; and the route through the HTTP server.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "fixtures.h"
#include "serve/api.h"
#include "serve/server.h"
#include "serve/sim_api.h"
#include "store/store.h"

using dyad::Document;
using dyad::testing::add_event;
using dyad::testing::add_mention;
using nlohmann::json;

namespace {

Document doc(const std::string& id, const std::string& date, const std::string& text) {
  return dyad::testing::bare_document(id, date, text);
}

// Northland and Southland quarrel over a dam; Eastland sides with Northland,
// Westland with Southland; one sentence about trade is not about the dam.
// (Codes that name no country: actor rows take a country's name by its code.)
std::string build_db() {
  std::string path = dyad::testing::test_store("serve_sim");
  dyad::store::Store db(path);
  Document a = doc("dam-threat", "2021-03-01",
                   "Dam Row Grows\n\nNorthland threatened Southland over the river dam.\n\n"
                   "Southland rejected the dam plan of Northland.\n\nNorthland attacked a Southland post near the dam.\n");
  add_mention(a, "Northland", "NTH", "Northland");
  add_mention(a, "Southland", "STH", "Southland");
  add_event(a, "Northland threatened Southland over the river dam", "NTH", "STH", "138");
  add_event(a, "Southland rejected the dam plan of Northland", "STH", "NTH", "120");
  add_event(a, "Northland attacked a Southland post near the dam", "NTH", "STH", "190");
  db.put(a, "");
  Document b = doc("dam-friends", "2021-03-05",
                   "Allies Take Sides\n\nEastland backed Northland on the dam.\n\n"
                   "Eastland and Northland met about the dam.\n\nWestland signed a dam deal with Southland.\n\n"
                   "Westland aided Southland at the dam.\n\nEastland praised Westland over trade.\n");
  add_mention(b, "Eastland", "EAS", "Eastland");
  add_mention(b, "Westland", "WST", "Westland");
  add_mention(b, "Northland", "NTH", "Northland");
  add_mention(b, "Southland", "STH", "Southland");
  add_event(b, "Eastland backed Northland on the dam", "EAS", "NTH", "051");
  add_event(b, "Eastland and Northland met about the dam", "EAS", "NTH", "036");
  add_event(b, "Westland signed a dam deal with Southland", "WST", "STH", "057");
  add_event(b, "Westland aided Southland at the dam", "WST", "STH", "070");
  add_event(b, "Eastland praised Westland over trade", "EAS", "WST", "051");
  db.put(b, "");
  return path;
}

class ServeSim : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = build_db();
    db_ = new dyad::store::Store(path_, true);
    q_ = new dyad::store::Queries(*db_);
  }
  static void TearDownTestSuite() {
    delete q_;
    delete db_;
  }
  // Calls the API as the server does; checks the status and that errors carry a message.
  static json call(const std::string& path, const dyad::serve::Params& p, int status = 200) {
    auto r = dyad::serve::handle_api(*q_, path, p);
    EXPECT_EQ(r.status, status) << path << ": " << r.body;
    auto j = json::parse(r.body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.body;
    if (status >= 400) {
      EXPECT_TRUE(j.contains("error")) << r.body;
      EXPECT_FALSE(j.value("error", "").empty());
    }
    return j;
  }
  static const json& actor(const json& scenario, const std::string& code) {
    for (const auto& a : scenario["actors"])
      if (a["code"] == code) return a;
    static const json none;
    ADD_FAILURE() << "no actor " << code << " in " << scenario["actors"].dump();
    return none;
  }
  static inline std::string path_;
  static inline dyad::store::Store* db_ = nullptr;
  static inline dyad::store::Queries* q_ = nullptr;
};

TEST_F(ServeSim, ScenarioHasTheRivalsAsPolesAndTheFriendsBetween) {
  json s = call("/api/scenario", {{"issue", "dam"}});
  ASSERT_EQ(s["actors"].size(), 4u) << s["actors"].dump();
  EXPECT_EQ(s["poles"], json({"NTH", "STH"}));
  // 50 + 25 (alignment with STH - alignment with NTH): the rivals' events weigh -7, -4, -10.
  EXPECT_EQ(actor(s, "NTH")["position"], 7.5);
  EXPECT_EQ(actor(s, "STH")["position"], 92.5);
  EXPECT_LT(actor(s, "EAS")["position"].get<double>(), 50);  // cooperates with Northland
  EXPECT_GT(actor(s, "WST")["position"].get<double>(), 50);  // cooperates with Southland
  // Eastland: 2 of its 3 events name the dam; the third is in a document about it (relevance 0.5).
  EXPECT_NEAR(actor(s, "EAS")["salience"].get<double>(), 83.33, 0.01);
  EXPECT_FALSE(actor(s, "NTH")["capability_rule"].get<std::string>().empty());
  EXPECT_NE(s["csv"].get<std::string>().find("EAS,Eastland,"), std::string::npos) << s["csv"];
}

TEST_F(ServeSim, EveryInputNumberLeadsToItsSentences) {
  json s = call("/api/scenario", {{"issue", "dam"}});
  const json& ev = s["evidence"];
  const json& est = ev["actors"]["EAS"];
  ASSERT_EQ(est["position"]["alignment_with_NTH"]["events"].size(), 2u);
  for (const auto& id : est["position"]["alignment_with_NTH"]["events"]) {
    const json& e = ev["events"][std::to_string(id.get<long long>())];
    EXPECT_EQ(e["doc"], "dam-friends");
    EXPECT_NE(e["text"].get<std::string>().find("Eastland"), std::string::npos) << e.dump();
    EXPECT_NE(e["text"].get<std::string>().find("dam"), std::string::npos) << e.dump();
  }
  for (const auto& [code, a] : ev["actors"].items())
    for (const auto& id : a["salience"]["issue_events"])
      EXPECT_TRUE(ev["events"].contains(std::to_string(id.get<long long>()))) << code << " event " << id;
  // The trade sentence counts half (its document is about the dam, the sentence is not).
  for (const auto& [id, e] : ev["events"].items())
    EXPECT_EQ(e["relevance"], e["text"].get<std::string>().find("dam") == std::string::npos ? 0.5 : 1.0) << e.dump();
}

TEST_F(ServeSim, SimulateRunsTurnsAndAMonteCarlo) {
  json r = call("/api/simulate", {{"issue", "dam"}, {"runs", "20"}, {"perturb", "0.1"}});
  const json& run = r["run"];
  ASSERT_GE(run["turns"].size(), 2u);
  EXPECT_EQ(run["turns_run"], run["turns"].size());
  for (const auto& t : run["turns"]) {
    EXPECT_EQ(t["positions"].size(), 4u);
    for (const auto& b : t["bargains"]) EXPECT_TRUE(t["positions"].contains(b["initiator"].get<std::string>()));
  }
  EXPECT_EQ(run["initial_positions"]["EAS"][0], actor(r["scenario"], "EAS")["position"]);
  EXPECT_EQ(run["final_positions"], run["turns"].back()["positions"]);
  EXPECT_TRUE(run["final_positions"].contains(r["outcome"]["actor"].get<std::string>()));
  const json& mc = r["monte_carlo"];
  EXPECT_EQ(mc["runs"], 20);
  EXPECT_EQ(mc["perturb"], 0.1);
  ASSERT_EQ(mc["actors"].size(), 4u);
  for (const auto& [code, dims] : mc["actors"].items()) {
    EXPECT_LE(dims[0]["min"].get<double>(), dims[0]["median"].get<double>()) << code;
    EXPECT_LE(dims[0]["median"].get<double>(), dims[0]["max"].get<double>()) << code;
  }
  // Same parameters, same answer (the seed is fixed unless given).
  EXPECT_EQ(call("/api/simulate", {{"issue", "dam"}, {"runs", "20"}, {"perturb", "0.1"}}), r);
  EXPECT_TRUE(call("/api/simulate", {{"issue", "dam"}})["monte_carlo"].is_null());
}

TEST_F(ServeSim, AnalystEditsOneInputAndTurnLimit) {
  json r = call("/api/simulate", {{"issue", "dam"}, {"set", "EAS:position:100,WST:capability:50"}, {"max_turns", "2"}});
  EXPECT_EQ(actor(r["scenario"], "EAS")["position"], 100.0);
  EXPECT_EQ(actor(r["scenario"], "WST")["capability"], 50.0);
  EXPECT_EQ(r["run"]["initial_positions"]["EAS"][0], 100.0);
  EXPECT_EQ(r["scenario"]["edits"].size(), 2u);
  EXPECT_LE(r["run"]["turns"].size(), 2u);
}

TEST_F(ServeSim, ExplicitActorsAndPoles) {
  json s = call("/api/scenario", {{"issue", "dam"}, {"actors", "EAS,WST,NTH"}, {"poles", "WST,EAS"}});
  ASSERT_EQ(s["actors"].size(), 3u);
  EXPECT_EQ(s["poles"], json({"WST", "EAS"}));
  EXPECT_EQ(actor(s, "WST")["position"], 33.5);  // 50 + 25 (0.34 praise of Eastland - 1 itself)
}

TEST_F(ServeSim, BadParametersAndImpossibleScenariosAreJsonErrors) {
  call("/api/scenario", {}, 400);                                         // no issue
  call("/api/simulate", {{"issue", "dam"}, {"runs", "101"}}, 400);        // over the cap
  call("/api/simulate", {{"issue", "dam"}, {"max_turns", "0"}}, 400);
  call("/api/simulate", {{"issue", "dam"}, {"max_turns", "101"}}, 400);
  call("/api/simulate", {{"issue", "dam"}, {"perturb", "2"}}, 400);
  call("/api/simulate", {{"issue", "dam"}, {"seed", "x"}}, 400);
  call("/api/scenario", {{"issue", "dam"}, {"from", "2021-13"}}, 400);
  call("/api/scenario", {{"issue", "dam"}, {"from", "2022"}, {"to", "2021"}}, 400);
  call("/api/scenario", {{"issue", "dam"}, {"poles", "NTH"}}, 400);
  call("/api/scenario", {{"issue", "dam"}, {"actors", "NTH,STH"}}, 400);
  call("/api/scenario", {{"issue", "dam"}, {"actors", "NTH,STH,<script>"}}, 400);
  std::string many;
  for (int i = 0; i < dyad::serve::kSimMaxActors + 1; ++i) many += "A" + std::to_string(i) + ",";
  call("/api/scenario", {{"issue", "dam"}, {"actors", many}}, 400);
  call("/api/simulate", {{"issue", "dam"}, {"set", "XXX:position:10"}}, 400);
  call("/api/simulate", {{"issue", "dam"}, {"set", "EAS:position:101"}}, 400);
  call("/api/simulate", {{"issue", "dam"}, {"set", "EAS:mood:1"}}, 400);
  // Nothing in the store about it / outside the window: the scenario cannot be built.
  json e = call("/api/scenario", {{"issue", "glacier"}}, 422);
  EXPECT_NE(e["error"].get<std::string>().find("glacier"), std::string::npos);
  call("/api/simulate", {{"issue", "dam"}, {"from", "2022"}}, 422);
  call("/api/scenario/extra", {{"issue", "dam"}}, 404);
}

TEST_F(ServeSim, RoutedByTheHttpServer) {
  dyad::serve::Server server({path_, "127.0.0.1", 0, dyad::testing::temp_dir("serve-sim-web"), 1});
  int port = server.bind();
  ASSERT_GT(port, 0);
  std::thread t([&] { server.listen(); });
  for (int i = 0; i < 200 && !server.running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  httplib::Client cli("127.0.0.1", port);
  auto ok = cli.Get("/api/simulate?issue=dam&runs=3");
  auto err = cli.Get("/api/simulate?issue=dam&runs=1000");
  server.stop();
  t.join();
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  EXPECT_NE(ok->get_header_value("Content-Type").find("application/json"), std::string::npos);
  EXPECT_GE(json::parse(ok->body)["run"]["turns"].size(), 2u);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->status, 400);
  EXPECT_TRUE(json::parse(err->body).contains("error"));
}

}  // namespace

// One parameter reader for every route (serve/params.h): the simulation routes
// and the model routes take and refuse a shared parameter alike, with the
// same message.
TEST_F(ServeSim, SharedParametersAreReadAlikeByTheSimulationAndTheModelRoutes) {
  auto error = [](const json& j) { return j.value("error", ""); };
  for (const auto& [k, v] : std::vector<std::pair<std::string, std::string>>{
           {"from", "2021-13"}, {"to", "2021-02-30"}, {"rollup", "yes"}, {"min_events", "-1"},
           {"min_events", "0x10"}}) {
    json model = call("/api/network", {{k, v}}, 400);
    json sim = call("/api/scenario", {{"issue", "dam"}, {k, v}}, 400);
    EXPECT_EQ(error(model), error(sim)) << k << "=" << v;
  }
  json model = call("/api/network", {{"from", "2022"}, {"to", "2021"}}, 400);
  json sim = call("/api/scenario", {{"issue", "dam"}, {"from", "2022"}, {"to", "2021"}}, 400);
  EXPECT_EQ(error(model), error(sim));
  // Values one route took and the other refused are now taken by both.
  call("/api/scenario", {{"issue", "dam"}, {"rollup", "true"}});
  call("/api/network", {{"limit", "0000000100"}});
  // The parsers themselves: one BadRequest type with the status to answer.
  dyad::serve::Params p = {{"n", "12"}, {"x", "1.5"}, {"list", " a, ,b "}};
  EXPECT_EQ(dyad::serve::int_param(p, "n", 0, 1, 20), 12);
  EXPECT_EQ(dyad::serve::int_param(p, "absent", 7, 1, 20), 7);
  EXPECT_DOUBLE_EQ(dyad::serve::real_param(p, "x", 0, 0, 2), 1.5);
  EXPECT_EQ(dyad::serve::list_param(p, "list"), (std::vector<std::string>{"a", "b"}));
  try {
    dyad::serve::int_param(p, "n", 0, 1, 10);
    ADD_FAILURE() << "12 is out of 1..10";
  } catch (const dyad::serve::BadRequest& e) {
    EXPECT_EQ(e.status, 400);
    EXPECT_NE(e.message.find("from 1 to 10"), std::string::npos) << e.message;
  }
}
