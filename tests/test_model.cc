// The system model on hand-built event counts: periods, dyad series, code
// roll-up, the network (degree, centrality, sign changes), the hedging index
// (an actor cooperating with both sides of a conflict hedges; an ally of one
// side does not) and stances.
#include <gtest/gtest.h>

#include "model/model.h"

using namespace dyad::model;

namespace {

// n events of one quad class between source and target on a date.
DyadCount count(const std::string& date, const std::string& s, const std::string& t, int quad, int n,
                double goldstein) {
  DyadCount c;
  c.date = date;
  c.source = s;
  c.target = t;
  c.quad[static_cast<size_t>(quad)] = n;
  c.events = n;
  c.goldstein_sum = goldstein * n;
  return c;
}

double of(const std::map<std::string, double>& m, const std::string& k) {
  auto it = m.find(k);
  return it == m.end() ? -1 : it->second;
}

}  // namespace

TEST(Model, PeriodsOfDates) {
  EXPECT_EQ(period_of("2013-03-22", Granularity::Day), "2013-03-22");
  EXPECT_EQ(period_of("2013-03-22", Granularity::Month), "2013-03");
  EXPECT_EQ(period_of("2013-03-22", Granularity::Week), "2013-03-18");  // a Friday: Monday 18th
  EXPECT_EQ(period_of("2013-03-18", Granularity::Week), "2013-03-18");
  EXPECT_EQ(period_of("2013-03-24", Granularity::Week), "2013-03-18");  // Sunday
  EXPECT_EQ(period_of("2013-03", Granularity::Day), "2013-03-01");
  EXPECT_EQ(period_of("2013", Granularity::Month), "2013-01");
  EXPECT_EQ(period_of("not a date", Granularity::Month), "");
  EXPECT_EQ(period_of("2013-13-01", Granularity::Month), "");
  EXPECT_FALSE(parse_granularity("year"));
  EXPECT_EQ(parse_granularity("week"), Granularity::Week);
}

TEST(Model, DyadSeriesSumsPerPeriodWithMeanGoldstein) {
  std::vector<DyadCount> rows = {count("2013-03-02", "RUS", "AFG", 1, 2, 4.0),
                                 count("2013-03-20", "RUS", "AFG", 4, 1, -10.0),
                                 count("2013-04-01", "RUS", "AFG", 2, 3, 7.0)};
  auto s = dyad_series(rows, Granularity::Month);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].period, "2013-03");
  EXPECT_EQ(s[0].events, 3);
  EXPECT_EQ(s[0].quad[1], 2);
  EXPECT_EQ(s[0].quad[4], 1);
  EXPECT_NEAR(s[0].mean_goldstein, (8.0 - 10.0) / 3, 1e-9);
  EXPECT_EQ(s[1].period, "2013-04");
  EXPECT_NEAR(s[1].mean_goldstein, 7.0, 1e-9);
}

TEST(Model, RollupToCountryPrefix) {
  EXPECT_EQ(rollup_code("RUSGOV"), "RUS");
  EXPECT_EQ(rollup_code("RUSMIL"), "RUS");
  EXPECT_EQ(rollup_code("RUS"), "RUS");
  EXPECT_EQ(rollup_code("AFGINSTAL"), "AFG");
  EXPECT_EQ(rollup_code("IGOUNO"), "IGO");
  EXPECT_EQ(rollup_code("TALIBAN"), "TALIBAN");  // TAL is no country
  EXPECT_EQ(rollup_code("NATO"), "NATO");
  // Rows merge under the rolled-up pair; a pair that becomes a self-pair goes.
  auto rows = rollup_rows({count("2013-03-02", "RUSGOV", "AFGGOV", 1, 2, 4.0),
                           count("2013-03-02", "RUSMIL", "AFG", 1, 1, 4.0),
                           count("2013-03-02", "RUSGOV", "RUSMIL", 1, 5, 4.0)});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].source, "RUS");
  EXPECT_EQ(rows[0].target, "AFG");
  EXPECT_EQ(rows[0].events, 3);
}

TEST(Model, NetworkDegreeCentralityAndSignChanges) {
  std::vector<DyadCount> now = {count("2013-03-02", "RUS", "AFG", 1, 2, 3.0),
                                count("2013-03-05", "AFG", "PAK", 4, 3, -9.0),
                                count("2013-03-06", "USA", "AFG", 1, 1, 2.0)};
  std::vector<DyadCount> before = {count("2013-02-02", "AFG", "PAK", 1, 2, 3.0),  // were cooperating
                                   count("2013-02-03", "RUS", "AFG", 1, 1, 1.0)};
  auto net = build_network(now, before);
  ASSERT_EQ(net.nodes.size(), 4u);
  EXPECT_EQ(net.nodes[0].id, "AFG");  // touches everyone
  EXPECT_EQ(net.nodes[0].degree, 3);
  EXPECT_DOUBLE_EQ(net.nodes[0].centrality, 1.0);
  ASSERT_EQ(net.edges.size(), 3u);
  for (const auto& e : net.edges) {
    if (e.source == "AFG" && e.target == "PAK") {
      EXPECT_EQ(e.sign, -1);
      EXPECT_TRUE(e.changed);
      EXPECT_EQ(e.conflict, 3);
      EXPECT_DOUBLE_EQ(e.weight, -9.0);
    } else {
      EXPECT_EQ(e.sign, 1);
      EXPECT_FALSE(e.changed);  // RUS-AFG kept its sign; USA-AFG is new
    }
  }
  // min_events drops thin edges.
  auto thick = build_network(now, {}, 2);
  EXPECT_EQ(thick.edges.size(), 2u);
}

TEST(Model, HedgingRussiaBetweenKabulAndTheTaliban) {
  // Russia cooperates with Kabul and with the Taliban, who fight each other;
  // India cooperates with Kabul only.
  std::vector<DyadCount> rows = {
      count("2013-03-01", "RUS", "AFGGOV", 1, 4, 3.0), count("2013-03-02", "AFGGOV", "RUS", 2, 2, 6.0),
      count("2013-03-03", "RUS", "TALIBAN", 1, 5, 3.0), count("2013-03-04", "TALIBAN", "AFGGOV", 4, 6, -9.0),
      count("2013-03-05", "AFGGOV", "TALIBAN", 3, 2, -4.0), count("2013-03-06", "IND", "AFGGOV", 1, 7, 3.0)};
  auto h = hedging(edges_of(rows));
  // Russia: partners AFGGOV (6) and TALIBAN (5), opposed: (min(6,5) + min(5,6)) / 11.
  EXPECT_NEAR(of(h, "RUS"), 10.0 / 11.0, 1e-9);
  EXPECT_GT(of(h, "RUS"), 0.5);
  EXPECT_DOUBLE_EQ(of(h, "IND"), 0.0);  // allied with one side only
  EXPECT_DOUBLE_EQ(of(h, "TALIBAN"), 0.0);
  // Kabul's partners (Russia, India) are not in conflict with each other.
  EXPECT_DOUBLE_EQ(of(h, "AFGGOV"), 0.0);
}

TEST(Model, HedgingIsSmallWhenOneSideGetsAlmostEverything) {
  std::vector<DyadCount> rows = {count("2013-03-01", "RUS", "AFGGOV", 1, 99, 3.0),
                                 count("2013-03-03", "RUS", "TALIBAN", 1, 1, 3.0),
                                 count("2013-03-04", "TALIBAN", "AFGGOV", 4, 6, -9.0)};
  auto h = hedging(edges_of(rows));
  EXPECT_NEAR(of(h, "RUS"), 2.0 / 100.0, 1e-9);
  // Conflict with one side is not hedging either.
  rows[1] = count("2013-03-03", "RUS", "TALIBAN", 4, 3, -10.0);
  EXPECT_DOUBLE_EQ(of(hedging(edges_of(rows)), "RUS"), 0.0);
}

TEST(Model, StancesGroupedByTargetWithLatestEvidence) {
  std::vector<StanceEvent> ev = {
      {"TALIBAN", "1011", "10", "Moscow demanded that the Taliban lay down arms.", "d1", "2013-03-01"},
      {"TALIBAN", "1011", "10", "Moscow again demanded a ceasefire from the Taliban.", "d2", "2013-03-09"},
      {"AFGGOV", "051", "05", "Moscow praised Kabul's peace plan.", "d3", "2013-03-02"},
      {"USA", "111", "11", "Moscow criticised Washington's troop plans.", "d4", "2013-03-04"},
      {"USA", "0214", "02", "Moscow urged Washington to talk.", "d5", "2013-03-05"},
      {"USA", "043", "04", "Not a stance: a visit.", "d6", "2013-03-06"}};
  auto s = stances(ev);
  ASSERT_EQ(s.size(), 4u);
  // Targets by number of stance events: TALIBAN (2) and USA (2) before AFGGOV (1).
  EXPECT_EQ(s[0].target, "TALIBAN");
  EXPECT_EQ(s[0].kind, "demands");
  EXPECT_EQ(s[0].count, 2);
  EXPECT_EQ(s[0].doc, "d2");  // latest evidence
  EXPECT_EQ(s[1].target, "USA");
  EXPECT_EQ(s[1].kind, "appeals");
  EXPECT_EQ(s[2].kind, "opposes");
  EXPECT_EQ(s[3].target, "AFGGOV");
  EXPECT_EQ(s[3].kind, "supports");
  EXPECT_EQ(stance_kind("12"), "rejects");
  EXPECT_EQ(stance_kind("04"), "");
}

TEST(Model, StancesAreGroupedByIssue) {
  using dyad::model::stance_issue;
  EXPECT_EQ(stance_issue("1032"), "military aid");
  EXPECT_EQ(stance_issue("0332"), "military aid");  // the same issue as an intent
  EXPECT_EQ(stance_issue("1041"), "leadership change");
  EXPECT_EQ(stance_issue("1054"), "sanctions");
  EXPECT_EQ(stance_issue("105"), "concessions");    // the three-digit fallback
  EXPECT_EQ(stance_issue("111"), "");               // criticism of nothing in particular
  EXPECT_EQ(stance_issue("1123"), "aggression");
  std::vector<StanceEvent> ev = {
      {"USA", "1032", "10", "Kabul demanded more U.S. weapons.", "d1", "2013-03-01"},
      {"USA", "1041", "10", "Kabul demanded a new U.S. envoy.", "d2", "2013-03-02"},
      {"USA", "1032", "10", "Kabul again demanded U.S. helicopters.", "d3", "2013-03-03"},
      {"USA", "1222", "12", "Kabul rejected U.S. military aid conditions.", "d4", "2013-03-04"}};
  auto s = stances(ev);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].kind, "demands");
  EXPECT_EQ(s[0].issue, "leadership change");
  EXPECT_EQ(s[1].kind, "demands");
  EXPECT_EQ(s[1].issue, "military aid");
  EXPECT_EQ(s[1].count, 2);
  EXPECT_EQ(s[1].doc, "d3");
  EXPECT_EQ(s[2].kind, "rejects");
  EXPECT_EQ(s[2].issue, "military aid");
}
