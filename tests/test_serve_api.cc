// The JSON API over HTTP: a server on an ephemeral loopback port over a store
// built from hand-made documents with events; every endpoint is called with
// httplib::Client and its JSON checked; bad parameters give clear 4xx errors;
// the front end fallback page and static files are served.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "events/cameo_table.h"
#include "fixtures.h"
#include "serve/api.h"
#include "serve/server.h"
#include "store/store.h"

using dyad::Document;
using dyad::testing::add_event;
using dyad::testing::add_mention;
using nlohmann::json;

namespace {



Document doc(const std::string& id, const std::string& date, const std::string& text) {
  return dyad::testing::bare_document(id, date, text);
}

// Russia courts Kabul (March and April) and the Taliban (April) while the two
// fight; Russia demands that the Taliban stop attacks.
std::string build_db() {
  std::string path = dyad::testing::test_store("serve");
  dyad::store::Store db(path);
  Document a = doc("moscow-kabul", "2013-03-05",
                   "Russia Pledges Aid to Kabul\n\nMOSCOW - Russia pledged economic aid to the Afghan government "
                   "on Tuesday, the foreign ministry said.\n\n\"Kabul can count on us & our partners,\" said "
                   "Zamir Kabulov, the Russian envoy.\n");
  add_mention(a, "Russia pledged", "RUS", "Russia");
  add_mention(a, "Afghan government", "AFGGOV", "Afghan government");
  add_mention(a, "Zamir Kabulov", "RUSGOV", "Zamir Kabulov");
  add_event(a, "Russia pledged economic aid to the Afghan government on Tuesday", "RUS", "AFGGOV", "061");
  auto q = a.text.find("Kabul can count");
  dyad::Quote quote;
  quote.start = static_cast<uint32_t>(q);
  quote.end = static_cast<uint32_t>(q + 33);
  quote.text = a.text.substr(q, 33);
  quote.speaker = "Zamir Kabulov";
  quote.speaker_actor = "RUSGOV";
  quote.speaker_kind = dyad::MentionKind::Person;
  quote.attribution = "explicit";
  quote.type = dyad::QuoteType::Direct;
  quote.speaker_start = static_cast<int64_t>(a.text.find("Zamir Kabulov"));
  quote.speaker_end = quote.speaker_start + 13;
  quote.verb = "said";
  a.quotes.push_back(quote);
  auto tue = a.text.find("Tuesday");
  a.timexes.push_back({{static_cast<uint32_t>(tue), static_cast<uint32_t>(tue + 7)}, dyad::TimexType::Date, dyad::base::SmallString("2013-03-05")});
  db.put(a, "");

  Document b = doc("taliban-attack", "2013-04-10",
                   "Taliban Attack Kunduz Post\n\nKUNDUZ - Taliban fighters attacked an Afghan government post "
                   "overnight, police said.\n\nRussia demanded that the Taliban halt the attacks.\n\n"
                   "Russian officials nevertheless met Taliban envoys in Doha.\n\n"
                   "Russia praised the Taliban for their restraint in the north.\n");
  add_mention(b, "Taliban fighters", "TALIBAN", "the Taliban");
  add_mention(b, "Afghan government", "AFGGOV", "Afghan government");
  add_mention(b, "Russia demanded", "RUS", "Russia");
  add_event(b, "Taliban fighters attacked an Afghan government post overnight", "TALIBAN", "AFGGOV", "190");
  add_event(b, "Russia demanded that the Taliban halt the attacks", "RUS", "TALIBAN", "10");
  add_event(b, "Russian officials nevertheless met Taliban envoys in Doha", "RUSGOV", "TALIBAN", "036");
  add_event(b, "Russia praised the Taliban for their restraint", "RUS", "TALIBAN", "051");
  b.timeline.push_back({.span = b.events[0].span,
                        .date = "2013-04-09",
                        .end_date = std::nullopt,
                        .text = "Taliban attack on a Kunduz post",
                        .kind = dyad::TimelineKind::Event});
  db.put(b, "");

  Document c = doc("kabul-aid", "2013-04-12",
                   "Kabul Welcomes Russian Aid\n\nKABUL - The Afghan government praised Russia for its aid and "
                   "signed a fuel agreement.\n");
  add_mention(c, "Afghan government", "AFGGOV", "Afghan government");
  add_mention(c, "Russia for", "RUS", "Russia");
  add_event(c, "The Afghan government praised Russia for its aid", "AFGGOV", "RUS", "051");
  db.put(c, "");

  // A syndicated copy of the first article: never "related", adds no events.
  Document dup = doc("moscow-kabul-copy", "2013-03-05",
                     "Russia Pledges Aid to Kabul\n\nMOSCOW - Russia pledged economic aid to the Afghan "
                     "government on Tuesday, the foreign ministry said.\n\nSyndicated.\n");
  dup.duplicate_of = "moscow-kabul";
  add_mention(dup, "Russia pledged", "RUS", "Russia");
  add_event(dup, "Russia pledged economic aid", "RUS", "AFGGOV", "061");
  db.put(dup, "");
  db.refresh_model();  // the monthly hedging index, as `dyad ingest` leaves it
  return path;
}

class ServeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    web_ = dyad::testing::temp_dir("serve-web");
    std::ofstream(web_ + "/index.html") << "<!doctype html><title>Dyad terminal</title>";
    std::filesystem::create_directories(web_ + "/assets");
    std::ofstream(web_ + "/assets/app.js") << "console.log('dyad');";
    server_ = new dyad::serve::Server({build_db(), "127.0.0.1", 0, web_, 2});
    port_ = server_->bind();
    ASSERT_GT(port_, 0);
    thread_ = new std::thread([] { server_->listen(); });
    for (int i = 0; i < 200 && !server_->running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_TRUE(server_->running());
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
  }
  static json get(const std::string& path, int status = 200) {
    httplib::Client cli("127.0.0.1", port_);
    auto res = cli.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    auto j = json::parse(res->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path;
    if (status >= 400) {
      EXPECT_TRUE(j.contains("error")) << path;
    }
    return j;
  }
  static std::string page(const std::string& path) {
    httplib::Client cli("127.0.0.1", port_);
    auto res = cli.Get(path.c_str());
    return res && res->status == 200 ? res->body : std::string();
  }
  static inline dyad::serve::Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline int port_ = 0;
  static inline std::string web_;
};

const json* find_by(const json& list, const std::string& key, const std::string& value) {
  for (const auto& x : list)
    if (x.contains(key) && x[key] == value) return &x;
  return nullptr;
}

const json* find_rel(const json& list, const std::string& other, const std::string& direction) {
  for (const auto& x : list)
    if (x["other"] == other && x["direction"] == direction) return &x;
  return nullptr;
}

}  // namespace

TEST_F(ServeApi, Stats) {
  json s = get("/api/stats");
  EXPECT_EQ(s["documents"], 3);  // the duplicate is not counted
  EXPECT_EQ(s["events"], 6);
  EXPECT_EQ(s["quotes"], 1);
  EXPECT_EQ(s["actors"], 4);
  EXPECT_EQ(s["first_date"], "2013-03-05");
  EXPECT_EQ(s["last_date"], "2013-04-12");
}

TEST_F(ServeApi, SearchWithQueryAndFilters) {
  json r = get("/api/search?q=pledged");
  EXPECT_EQ(r["total"], 1);
  ASSERT_EQ(r["hits"].size(), 1u);
  EXPECT_EQ(r["hits"][0]["id"], "moscow-kabul");
  std::string snip = r["hits"][0]["snippet"];
  EXPECT_NE(snip.find("<mark>pledged</mark>"), std::string::npos) << snip;
  // Filters without a query; root 19 = fighting.
  r = get("/api/search?actor=TALIBAN");
  EXPECT_EQ(r["total"], 1);
  r = get("/api/search?root=19");
  EXPECT_EQ(r["hits"][0]["id"], "taliban-attack");
  r = get("/api/search?actor=RUS&from=2013-04&to=2013-04-30");
  EXPECT_EQ(r["total"], 2);
  r = get("/api/search?actor=RUS&limit=1&offset=1");
  EXPECT_EQ(r["total"], 3);
  EXPECT_EQ(r["hits"].size(), 1u);
  // Text is HTML-escaped in snippets.
  r = get("/api/search?q=partners");
  ASSERT_EQ(r["hits"].size(), 1u);
  snip = r["hits"][0]["snippet"];
  EXPECT_NE(snip.find("&amp;"), std::string::npos) << snip;
  EXPECT_NE(snip.find("&quot;"), std::string::npos) << snip;
  // Bad syntax is searched as words.
  EXPECT_EQ(get("/api/search?q=%22unbalanced")["total"], 0);
}

TEST_F(ServeApi, DocumentView) {
  json d = get("/api/documents/moscow-kabul");
  EXPECT_EQ(d["document"]["id"], "moscow-kabul");
  EXPECT_EQ(d["document"]["published"], "2013-03-05");
  std::string clean = d["document"]["text"].get<std::string>();
  ASSERT_EQ(d["actors"].size(), 3u);
  const auto& m = d["actors"][1];
  EXPECT_EQ(clean.substr(m["start"].get<size_t>(), m["end"].get<size_t>() - m["start"].get<size_t>()),
            "Afghan government");
  ASSERT_EQ(d["quotes"].size(), 1u);
  EXPECT_EQ(d["quotes"][0]["speaker_actor"], "RUSGOV");
  // The quotation's kind, reporting verb and speaker mention (clean-text bytes) are served.
  EXPECT_EQ(d["quotes"][0]["type"], "direct");
  EXPECT_EQ(d["quotes"][0]["verb"], "said");
  ASSERT_TRUE(d["quotes"][0]["speaker_start"].is_number());
  std::string text = d["document"]["text"].get<std::string>();
  EXPECT_EQ(text.substr(d["quotes"][0]["speaker_start"].get<size_t>(),
                        d["quotes"][0]["speaker_end"].get<size_t>() - d["quotes"][0]["speaker_start"].get<size_t>()),
            "Zamir Kabulov");
  ASSERT_EQ(d["events"].size(), 1u);
  EXPECT_EQ(d["events"][0]["code"], "061");
  EXPECT_EQ(d["events"][0]["quad"], 2);
  EXPECT_EQ(d["events"][0]["name"], "Cooperate economically");
  EXPECT_EQ(d["timex"].size(), 1u);
  EXPECT_TRUE(d["boilerplate"].is_array());
  // Related: the other Kabul articles, never the duplicate.
  ASSERT_FALSE(d["related"].empty());
  EXPECT_FALSE(find_by(d["related"], "id", "moscow-kabul-copy"));
  const json* r = find_by(d["related"], "id", "kabul-aid");
  ASSERT_TRUE(r);
  EXPECT_GT((*r)["score"].get<double>(), 0);
  EXPECT_FALSE((*r)["shared"].empty());
  // The duplicate's own view does not list its original as related either.
  json copy = get("/api/documents/moscow-kabul-copy");
  EXPECT_EQ(copy["document"]["duplicate_of"], "moscow-kabul");
  EXPECT_FALSE(find_by(copy["related"], "id", "moscow-kabul"));
  json missing = get("/api/documents/no-such-article", 404);
  EXPECT_NE(missing["error"].get<std::string>().find("no-such-article"), std::string::npos);
}

TEST_F(ServeApi, ActorsListAndActorPage) {
  json l = get("/api/actors");
  ASSERT_GE(l["actors"].size(), 4u);
  EXPECT_TRUE(find_by(l["actors"], "code", "TALIBAN"));
  l = get("/api/actors?q=tali&limit=5");
  ASSERT_EQ(l["actors"].size(), 1u);
  EXPECT_EQ(l["actors"][0]["code"], "TALIBAN");
  EXPECT_EQ(l["actors"][0]["name"], "the Taliban");

  json a = get("/api/actors/RUS");
  EXPECT_EQ(a["code"], "RUS");
  EXPECT_EQ(a["name"], "Russia");
  // Relations have a direction: Russia's aid to Kabul and Kabul's praise of Russia are two rows,
  // each linking to the dyad page of its direction, which counts the same events.
  const json* kabul = find_rel(a["relations"], "AFGGOV", "out");
  ASSERT_TRUE(kabul);
  EXPECT_EQ((*kabul)["events"], 1);
  EXPECT_EQ((*kabul)["cooperation"], 1);
  EXPECT_EQ((*kabul)["source"], "RUS");
  const json* back = find_rel(a["relations"], "AFGGOV", "in");
  ASSERT_TRUE(back);
  EXPECT_EQ((*back)["events"], 1);
  EXPECT_EQ((*back)["source"], "AFGGOV");
  EXPECT_EQ((*back)["target"], "RUS");
  EXPECT_EQ(get("/api/dyads/AFGGOV/RUS")["total"]["events"], (*back)["events"]);
  const json* tal = find_rel(a["relations"], "TALIBAN", "out");
  ASSERT_TRUE(tal);
  EXPECT_EQ((*tal)["conflict"], 1);
  EXPECT_FALSE(find_rel(a["relations"], "TALIBAN", "in"));
  ASSERT_FALSE(a["stances"].empty());
  EXPECT_EQ(a["stances"][0]["kind"], "demands");
  EXPECT_EQ(a["stances"][0]["target"], "TALIBAN");
  EXPECT_EQ(a["stances"][0]["doc"], "taliban-attack");
  EXPECT_EQ(a["stances"][0]["issue"], "");  // a demand coded 10 names no particular issue
  // Rolled up, RUSGOV's quote and its meeting with the Taliban count for RUS.
  json r = get("/api/actors/RUS?rollup=1");
  ASSERT_EQ(r["quotes"].size(), 1u);
  EXPECT_EQ(r["quotes"][0]["speaker"], "Zamir Kabulov");
  EXPECT_EQ(r["quotes"][0]["type"], "direct");
  EXPECT_EQ((*find_by(r["relations"], "other", "TALIBAN"))["events"], 3);
  EXPECT_TRUE(find_by(r["relations"], "other", "AFG"));  // AFGGOV rolled up
  json t = get("/api/actors/TALIBAN");
  ASSERT_FALSE(t["timeline"].empty());
  EXPECT_EQ(t["timeline"][0]["date"], "2013-04-09");
  get("/api/actors/NOSUCH", 404);
  get("/api/actors/RUS?rollup=maybe", 400);
  get("/api/actors?limit=0", 400);
  get("/api/actors?limit=5000", 400);
}

TEST_F(ServeApi, DyadSeriesAndEvents) {
  json d = get("/api/dyads/RUS/AFGGOV?granularity=month");
  EXPECT_EQ(d["source"], "RUS");
  ASSERT_EQ(d["series"].size(), 1u);
  EXPECT_EQ(d["series"][0]["period"], "2013-03");
  EXPECT_EQ(d["series"][0]["material_cooperation"], 1);  // the duplicate's event is not counted
  EXPECT_DOUBLE_EQ(d["series"][0]["mean_goldstein"].get<double>(), 6.4);
  ASSERT_EQ(d["events"].size(), 1u);
  EXPECT_EQ(d["events"][0]["doc"], "moscow-kabul");
  json r = get("/api/dyads/RUS/TALIBAN?granularity=day&rollup=1");
  ASSERT_EQ(r["series"].size(), 1u);
  EXPECT_EQ(r["series"][0]["events"], 3);
  EXPECT_EQ(r["series"][0]["verbal_conflict"], 1);
  EXPECT_EQ(r["series"][0]["verbal_cooperation"], 2);
  EXPECT_EQ(get("/api/dyads/RUS/TALIBAN?granularity=week&rollup=1")["series"][0]["period"], "2013-04-08");
  EXPECT_TRUE(get("/api/dyads/RUS/AFGGOV?from=2013-04")["series"].empty());
  json bad = get("/api/dyads/RUS/AFGGOV?granularity=year", 400);
  EXPECT_NE(bad["error"].get<std::string>().find("granularity"), std::string::npos);
  bad = get("/api/dyads/RUS/AFGGOV?from=2013-13", 400);
  EXPECT_NE(bad["error"].get<std::string>().find("from"), std::string::npos);
  get("/api/dyads/RUS/AFGGOV?from=2013-05&to=2013-04", 400);
}

TEST_F(ServeApi, NetworkWithHedgingAndSignChanges) {
  json n = get("/api/network?rollup=1");
  const json* rus = find_by(n["nodes"], "id", "RUS");
  ASSERT_TRUE(rus);
  EXPECT_GT((*rus)["hedging"].get<double>(), 0.5);  // with Kabul and the Taliban, who fight
  EXPECT_EQ((*rus)["degree"], 2);
  EXPECT_EQ((*rus)["name"], "Russia");
  bool found = false;
  for (const auto& e : n["edges"])
    if (e["source"] == "TALIBAN" && e["target"] == "AFG") {
      found = true;
      EXPECT_EQ(e["sign"], -1);
      EXPECT_EQ(e["conflict"], 1);
    }
  EXPECT_TRUE(found);
  // April against March: RUS -> AFGGOV does not appear in April; AFGGOV -> RUS is new.
  json apr = get("/api/network?from=2013-04&to=2013-04&min_events=1");
  for (const auto& e : apr["edges"]) EXPECT_FALSE(e["changed"].get<bool>());
  EXPECT_EQ(get("/api/network?min_events=2&rollup=1")["edges"].size(), 1u);  // RUS -> TALIBAN
  get("/api/network?min_events=-1", 400);
  get("/api/network?from=yesterday", 400);
}

TEST_F(ServeApi, HedgingSeries) {
  json h = get("/api/hedging?actor=RUS&granularity=month&rollup=1");
  EXPECT_EQ(h["actor"], "RUS");
  ASSERT_EQ(h["series"].size(), 2u);
  EXPECT_EQ(h["series"][0]["period"], "2013-03");
  EXPECT_DOUBLE_EQ(h["series"][0]["hedging"].get<double>(), 0.0);  // only Kabul in March
  EXPECT_EQ(h["series"][1]["period"], "2013-04");
  EXPECT_GT(h["series"][1]["hedging"].get<double>(), 0.5);
  // Weekly periods are computed on demand: the week of 8 April hedges.
  json wk = get("/api/hedging?actor=RUS&granularity=week&rollup=1");
  ASSERT_EQ(wk["series"].size(), 2u);
  EXPECT_EQ(wk["series"][1]["period"], "2013-04-08");
  EXPECT_GT(wk["series"][1]["hedging"].get<double>(), 0.5);
  json bad = get("/api/hedging", 400);
  EXPECT_NE(bad["error"].get<std::string>().find("actor"), std::string::npos);
  get("/api/hedging?actor=RUS&granularity=fortnight", 400);
}

TEST_F(ServeApi, TimelineAndEvidence) {
  json t = get("/api/timeline");
  ASSERT_EQ(t["entries"].size(), 1u);
  EXPECT_EQ(t["entries"][0]["doc"], "taliban-attack");
  EXPECT_TRUE(t["entries"][0]["end_date"].is_null());
  EXPECT_EQ(get("/api/timeline?actor=TALIBAN&from=2013-04")["entries"].size(), 1u);
  EXPECT_TRUE(get("/api/timeline?to=2013-03")["entries"].empty());
  get("/api/timeline?limit=abc", 400);

  json e = get("/api/evidence?source=RUS&target=TALIBAN&rollup=1");
  ASSERT_EQ(e["events"].size(), 3u);
  EXPECT_EQ(e["events"][0]["title"], "Taliban Attack Kunduz Post");
  std::string text = e["events"][0]["text"];
  EXPECT_NE(text.find("Taliban"), std::string::npos);
  EXPECT_EQ(get("/api/evidence?source=RUS&target=TALIBAN&rollup=1&quad=verbal_conflict")["events"].size(), 1u);
  EXPECT_EQ(get("/api/evidence?quad=4")["events"].size(), 1u);
  get("/api/evidence?quad=warm", 400);
  get("/api/evidence?source=RUS%20GOV", 400);
}

TEST_F(ServeApi, UnknownEndpointsAndStaticFiles) {
  get("/api/nothing-here", 404);
  get("/api/", 404);
  EXPECT_NE(page("/").find("Dyad terminal"), std::string::npos);
  EXPECT_NE(page("/doc/moscow-kabul").find("Dyad terminal"), std::string::npos);  // client route
  EXPECT_NE(page("/assets/app.js").find("console.log"), std::string::npos);
}

TEST(ServeApiPure, FrontEndMissingPageAndSnippetEscaping) {
  EXPECT_EQ(dyad::serve::snippet_html("a <b> & \x02x\x03"), "a &lt;b&gt; &amp; <mark>x</mark>");
  std::string db = dyad::testing::temp_dir("serve-noweb") + "/a.sqlite";
  { dyad::store::Store s(db); }
  dyad::serve::Server server({db, "127.0.0.1", 0, "/nonexistent/web/dist", 1});
  EXPECT_FALSE(server.web_available());
  int port = server.bind();
  ASSERT_GT(port, 0);
  std::thread t([&] { server.listen(); });
  for (int i = 0; i < 200 && !server.running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  httplib::Client cli("127.0.0.1", port);
  auto res = cli.Get("/network");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("front end not built: run make web"), std::string::npos);
  auto stats = cli.Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(json::parse(stats->body)["documents"], 0);
  server.stop();
  t.join();
  EXPECT_THROW(dyad::serve::Server({"/nonexistent/db.sqlite", "127.0.0.1", 0, "", 1}), dyad::store::StoreError);
}

TEST(ServeApiPure, PreviousWindowKeepsWholeYearsAndMonths) {
  using dyad::serve::previous_window;
  using W = dyad::store::Window;
  auto same = [](const std::optional<W>& w, const std::string& from, const std::string& to) {
    return w && w->from == from && w->to == to;
  };
  EXPECT_TRUE(same(previous_window({"2013", "2013"}), "2012", "2012"));
  EXPECT_TRUE(same(previous_window({"2013", "2014"}), "2011", "2012"));
  EXPECT_TRUE(same(previous_window({"2013-03", "2013-03"}), "2013-02", "2013-02"));
  EXPECT_TRUE(same(previous_window({"2013-01", "2013-03"}), "2012-10", "2012-12"));
  EXPECT_TRUE(same(previous_window({"2013-03-05", "2013-03-10"}), "2013-02-27", "2013-03-04"));
  // Mixed precision goes by days: 2013 .. 2013-02 is 59 days.
  EXPECT_TRUE(same(previous_window({"2013", "2013-02"}), "2012-11-03", "2012-12-31"));
  EXPECT_FALSE(previous_window({"2013", ""}));
  EXPECT_FALSE(previous_window({"", "2013"}));
  EXPECT_FALSE(previous_window({"2014", "2013"}));
}
