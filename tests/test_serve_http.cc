// The terminal's server under hostile or careless clients, over raw sockets
// on 127.0.0.1 (every loop bounded): slow clients that send half a request
// head, a connection cap, a head deadline, a second server on a busy port, a
// database deleted or replaced under the server, Host names from elsewhere
// (DNS rebinding), security headers, document ids with "/", missing assets,
// JSON bodies on the errors httplib answers itself, POST without a body, and
// actor filters where "_" and "%" are plain characters.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "fixtures.h"
#include "serve/api.h"
#include "serve/server.h"
#include "store/queries.h"
#include "store/store.h"

using dyad::Document;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

Document doc(const std::string& id, const std::string& date, const std::string& text) {
  return dyad::testing::bare_document(id, date, text, "x.txt");
}

// Two documents, one with "/" and a space in its id; actors RUS and RUSGOV.
std::string build_db(const std::string& dir) {
  std::string path = dir + "/http.sqlite";
  dyad::store::Store db(path);
  Document a = doc("wire/2014/05 moscow", "2014-05-02", "Moscow Talks\n\nRussia hosted Afghan envoys in Moscow.\n");
  dyad::testing::add_mention(a, "Russia", "RUS", "Russia");
  dyad::testing::add_mention(a, "Afghan envoys", "AFGGOV", "Afghan government");
  dyad::testing::add_event(a, "Russia hosted Afghan envoys", "RUS", "AFGGOV", "042");
  db.put(a, "");
  Document b = doc("plain", "2014-06-01", "Kabul Answers\n\nThe Afghan government thanked Russia.\n");
  dyad::testing::add_mention(b, "Afghan government", "AFGGOV", "Afghan government");
  dyad::testing::add_mention(b, "Russia", "RUSGOV", "Russian government");
  // Dated to the year only by its text.
  dyad::testing::add_event(b, "The Afghan government thanked Russia", "AFGGOV", "RUSGOV", "051", "2013");
  db.put(b, "");
  // No date anywhere: its event is undated, never dropped. A threat the
  // text negates is no threat: listed when asked for, never counted.
  Document c = doc("undated", "", "Envoys Again\n\nRussia hosted Afghan envoys once more. Russia did not "
                                  "threaten the Afghan envoys. Envoy Zamir Kabulov said so.\n");
  c.meta.published.reset();
  dyad::testing::add_mention(c, "Russia", "RUS", "Russia");
  dyad::testing::add_mention(c, "Zamir Kabulov", "RUSGOV", "Zamir Kabulov");  // the actor row keeps its first name
  dyad::testing::add_event(c, "Russia hosted Afghan envoys once more", "RUS", "AFGGOV", "042");
  dyad::testing::add_event(c, "Russia did not threaten the Afghan envoys", "RUS", "AFGGOV", "138");
  c.events.back().modality = dyad::Modality::Negated;
  db.put(c, "");
  // A dated act the text denies: shown under modality=denied, never counted as an attack.
  Document d = doc("denial", "2014-07-01", "No Attack\n\nThe Afghan government denied attacking Russia.\n");
  dyad::testing::add_mention(d, "Afghan government", "AFGGOV", "Afghan government");
  dyad::testing::add_mention(d, "Russia", "RUS", "Russia");
  dyad::testing::add_event(d, "The Afghan government denied attacking Russia", "AFGGOV", "RUS", "190");
  d.events.back().modality = dyad::Modality::Denied;
  db.put(d, "");
  return path;
}

class Running {
 public:
  explicit Running(dyad::serve::ServerOptions opt) : server_(opt) {
    port_ = server_.bind();
    if (port_ <= 0) return;
    thread_ = std::thread([this] { server_.listen(); });
    for (int i = 0; i < 200 && !server_.running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~Running() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  int port() const { return port_; }
  dyad::serve::Server& server() { return server_; }

 private:
  dyad::serve::Server server_;
  std::thread thread_;
  int port_ = -1;
};

int connect_to(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

void send_all(int fd, const std::string& s) { ASSERT_EQ(::send(fd, s.data(), s.size(), MSG_NOSIGNAL), static_cast<ssize_t>(s.size())); }

// Everything the server sends until it closes or `ms` pass.
std::string read_reply(int fd, int ms) {
  std::string out;
  auto end = Clock::now() + std::chrono::milliseconds(ms);
  char buf[4096];
  while (Clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count());
    if (::poll(&p, 1, std::max(1, left)) <= 0) break;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

std::string body_of(const std::string& reply) {
  auto p = reply.find("\r\n\r\n");
  return p == std::string::npos ? "" : reply.substr(p + 4);
}

class ServeHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = dyad::testing::temp_dir("serve-http");
    web_ = dir_ + "/web";
    std::filesystem::create_directories(web_ + "/assets");
    std::ofstream(web_ + "/index.html") << "<!doctype html><title>Dyad terminal</title>";
    std::ofstream(web_ + "/assets/app.js") << "console.log('dyad');";
    db_ = build_db(dir_);
  }
  dyad::serve::ServerOptions options() const { return {db_, "127.0.0.1", 0, web_, 2}; }
  std::string dir_, web_, db_;
};

}  // namespace

TEST_F(ServeHttp, SixtyFourIdlePartialConnectionsDoNotStallANormalRequest) {
  Running r(options());
  ASSERT_GT(r.port(), 0);
  std::vector<int> idle;
  for (int i = 0; i < 64; ++i) {
    int fd = connect_to(r.port());
    ASSERT_GE(fd, 0);
    send_all(fd, "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n");  // and never the blank line
    idle.push_back(fd);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  auto t0 = Clock::now();
  httplib::Client cli("127.0.0.1", r.port());
  cli.set_connection_timeout(2);
  cli.set_read_timeout(2);
  auto res = cli.Get("/api/stats");
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_LT(ms, 1000) << "a normal request waited behind 64 slow clients";
  for (int fd : idle) ::close(fd);
}

TEST_F(ServeHttp, AHeadThatNeverEndsIsCutOffWith408) {
  auto opt = options();
  opt.header_timeout_ms = 300;
  Running r(opt);
  int fd = connect_to(r.port());
  ASSERT_GE(fd, 0);
  auto t0 = Clock::now();
  // One header line at a time, each well within any per-read timeout.
  send_all(fd, "GET /api/stats HTTP/1.1\r\n");
  for (int i = 0; i < 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    ::send(fd, "X-Slow: 1\r\n", 11, MSG_NOSIGNAL);
  }
  std::string reply = read_reply(fd, 2000);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
  ::close(fd);
  EXPECT_NE(reply.find("408"), std::string::npos) << reply;
  EXPECT_TRUE(json::parse(body_of(reply), nullptr, false).contains("error")) << reply;
  EXPECT_LT(ms, 1500);
}

TEST_F(ServeHttp, ConnectionsOverTheCapAreAnswered503) {
  auto opt = options();
  opt.max_connections = 4;
  Running r(opt);
  std::vector<int> held;
  for (int i = 0; i < 4; ++i) {
    held.push_back(connect_to(r.port()));
    send_all(held.back(), "GET /api/stats HTTP/1.1\r\n");
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  int extra = connect_to(r.port());
  send_all(extra, "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  std::string reply = read_reply(extra, 2000);
  EXPECT_NE(reply.find(" 503 "), std::string::npos) << reply;
  EXPECT_NE(body_of(reply).find("too many open connections"), std::string::npos) << reply;
  ::close(extra);
  for (int fd : held) ::close(fd);
}

TEST_F(ServeHttp, ASecondServerOnABusyPortRefusesToStart) {
  Running first(options());
  ASSERT_GT(first.port(), 0);
  auto opt = options();
  opt.port = first.port();
  dyad::serve::Server second(opt);
  EXPECT_EQ(second.bind(), -1);
  EXPECT_NE(second.bind_error().find("already in use"), std::string::npos) << second.bind_error();
  auto cli = dyad::testing::run_dyad("serve --db " + db_ + " --port " + std::to_string(first.port()) + " --web " + web_);
  EXPECT_EQ(cli.rc, 4) << cli.err;
  EXPECT_NE(cli.err.find("already in use"), std::string::npos) << cli.err;
}

TEST_F(ServeHttp, ADeletedOrReplacedDatabaseIsReported503) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto ok = cli.Get("/api/health");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
  EXPECT_EQ(json::parse(ok->body)["status"], "ok");
  // Replaced: another file renamed over the path.
  std::string other = dir_ + "/other.sqlite";
  std::filesystem::copy_file(db_, other);
  std::filesystem::rename(other, db_);
  for (const char* path : {"/api/health", "/api/stats"}) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 503) << path;
    EXPECT_NE(json::parse(res->body)["error"].get<std::string>().find("replaced"), std::string::npos) << res->body;
  }
  std::filesystem::remove(db_);
  auto gone = cli.Get("/api/health");
  ASSERT_TRUE(gone);
  EXPECT_EQ(gone->status, 503);
  EXPECT_NE(json::parse(gone->body)["error"].get<std::string>().find("deleted"), std::string::npos) << gone->body;
}

TEST_F(ServeHttp, HostAllowListAgainstDnsRebinding) {
  using dyad::serve::host_allowed;
  EXPECT_TRUE(host_allowed("localhost:8080", {}));
  EXPECT_TRUE(host_allowed("127.0.0.1", {}));
  EXPECT_TRUE(host_allowed("[::1]:8080", {}));
  EXPECT_TRUE(host_allowed("LOCALHOST", {}));
  EXPECT_FALSE(host_allowed("evil.example:8080", {}));
  EXPECT_FALSE(host_allowed("127.0.0.1.evil.example", {}));
  EXPECT_FALSE(host_allowed("localhost.evil.example", {}));
  EXPECT_TRUE(host_allowed("dyad.lan:8080", {"dyad.lan"}));

  auto opt = options();
  opt.allow_hosts = {"dyad.lan"};
  Running r(opt);
  for (const auto& [host, status] : std::vector<std::pair<std::string, int>>{
           {"evil.example", 403}, {"localhost", 200}, {"dyad.lan", 200}}) {
    int fd = connect_to(r.port());
    send_all(fd, "GET /api/stats HTTP/1.1\r\nHost: " + host + ":" + std::to_string(r.port()) +
                     "\r\nConnection: close\r\n\r\n");
    std::string reply = read_reply(fd, 2000);
    ::close(fd);
    EXPECT_NE(reply.find(" " + std::to_string(status) + " "), std::string::npos) << host << ": " << reply;
    if (status == 403) {
      EXPECT_NE(body_of(reply).find("--allow-host"), std::string::npos) << reply;
    }
  }
}

TEST_F(ServeHttp, SecurityHeadersOnPagesApiAndErrors) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  for (const char* path : {"/", "/api/stats", "/api/nothing", "/assets/app.js", "/assets/missing.js"}) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res) << path;
    std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << path;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY") << path;
    EXPECT_EQ(res->get_header_value("Referrer-Policy"), "no-referrer") << path;
  }
}

TEST_F(ServeHttp, DocumentIdsWithSlashesAndSpaces) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto res = cli.Get("/api/documents/wire%2F2014%2F05%20moscow");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["document"]["id"], "wire/2014/05 moscow");
  // A literal "%25" stays a percent sign (decoded once, not twice).
  auto pct = cli.Get("/api/documents/a%2541");
  ASSERT_TRUE(pct);
  EXPECT_EQ(pct->status, 404);
  EXPECT_NE(json::parse(pct->body)["error"].get<std::string>().find("'a%41'"), std::string::npos) << pct->body;
  // The page of such a document is an app route.
  auto page = cli.Get("/doc/wire%2F2014%2F05%20moscow");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Dyad terminal"), std::string::npos);
}

TEST_F(ServeHttp, MissingAssetsAre404NotThePage) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  for (const char* path : {"/assets/missing.js", "/favicon.ico", "/robots.txt"}) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->get_header_value("Content-Type").find("text/html"), std::string::npos) << path;
  }
  for (const char* path : {"/", "/search", "/actors", "/actor/RUS", "/dyad/RUS/AFGGOV", "/network", "/timeline"}) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_NE(res->body.find("Dyad terminal"), std::string::npos) << path;
  }
  auto unknown = cli.Get("/no-such-page");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);  // the page, so its router says "Not found"
  auto asset = cli.Get("/assets/app.js");
  ASSERT_TRUE(asset);
  EXPECT_EQ(asset->status, 200);
}

TEST_F(ServeHttp, ErrorsHttplibAnswersCarryJsonBodies) {
  Running r(options());
  // A request line over 8192 bytes: 414.
  int fd = connect_to(r.port());
  send_all(fd, "GET /api/search?q=" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  std::string reply = read_reply(fd, 2000);
  ::close(fd);
  EXPECT_NE(reply.find(" 414 "), std::string::npos) << reply.substr(0, 200);
  EXPECT_TRUE(json::parse(body_of(reply), nullptr, false).contains("error")) << reply.substr(0, 400);
  // A malformed request line: 400.
  fd = connect_to(r.port());
  send_all(fd, "NONSENSE\r\n\r\n");
  reply = read_reply(fd, 2000);
  ::close(fd);
  EXPECT_NE(reply.find(" 400 "), std::string::npos) << reply;
  EXPECT_TRUE(json::parse(body_of(reply), nullptr, false).contains("error")) << reply;
}

TEST_F(ServeHttp, PostWithoutItsBodyIsRefusedAtOnce) {
  Running r(options());
  int fd = connect_to(r.port());
  auto t0 = Clock::now();
  send_all(fd, "POST /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n");
  std::string reply = read_reply(fd, 3000);  // ends when the server closes
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
  ::close(fd);
  EXPECT_NE(reply.find(" 405 "), std::string::npos) << reply;
  EXPECT_TRUE(json::parse(body_of(reply), nullptr, false).contains("error")) << reply;
  EXPECT_LT(ms, 1000) << "the server waited for a body it does not need";
}

TEST_F(ServeHttp, ActorFilterTreatsUnderscoreAndPercentAsCharacters) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto count = [&](const std::string& q) {
    auto res = cli.Get(("/api/actors?q=" + q).c_str());
    EXPECT_TRUE(res && res->status == 200) << q;
    return res ? json::parse(res->body)["actors"].size() : 0;
  };
  EXPECT_GE(count("RUS"), 2u);  // RUS and RUSGOV
  EXPECT_EQ(count("R_S"), 0u);
  EXPECT_EQ(count("%25"), 0u);
  EXPECT_EQ(count("_"), 0u);
}

TEST_F(ServeHttp, EveryViewCountsTheSameEventsUndatedIncluded) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto get = [&](const std::string& path) {
    auto res = cli.Get(path.c_str());
    EXPECT_TRUE(res && res->status == 200) << path << (res ? res->body : "");
    return res ? json::parse(res->body) : json();
  };
  json actor = get("/api/actors/RUS");
  const json* rel = nullptr;
  for (const auto& x : actor["relations"])
    if (x["other"] == "AFGGOV" && x["direction"] == "out") rel = &x;
  ASSERT_TRUE(rel);
  EXPECT_EQ((*rel)["events"], 2);
  json dyad = get("/api/dyads/RUS/AFGGOV");
  EXPECT_EQ(dyad["total"]["events"], (*rel)["events"]);
  EXPECT_EQ(dyad["undated"]["events"], 1);
  int64_t dated = 0;
  for (const auto& p : dyad["series"]) dated += p["events"].get<int64_t>();
  EXPECT_EQ(dated + dyad["undated"]["events"].get<int64_t>(), dyad["total"]["events"].get<int64_t>());
  ASSERT_EQ(dyad["events"].size(), 2u);
  std::set<std::string> kinds;
  for (const auto& e : dyad["events"]) kinds.insert(e["date_kind"].get<std::string>());
  EXPECT_EQ(kinds, (std::set<std::string>{"none", "publication"}));
  // "Everything" on the network (no window) is every event too.
  json net = get("/api/network");
  const json* edge = nullptr;
  for (const auto& e : net["edges"])
    if (e["source"] == "RUS" && e["target"] == "AFGGOV") edge = &e;
  ASSERT_TRUE(edge);
  EXPECT_EQ((*edge)["events"], 2);
  // A window holds the dated events only, and says nothing is undated in it.
  json y = get("/api/dyads/RUS/AFGGOV?from=2014&to=2014");
  EXPECT_EQ(y["total"]["events"], 1);
  // The hedging index of a window equals the network node's.
  for (const auto& n : net["nodes"]) {
    json h = get("/api/hedging?overall=1&actor=" + n["id"].get<std::string>());
    EXPECT_DOUBLE_EQ(h["overall"].get<double>(), n["hedging"].get<double>()) << n["id"];
  }
}

TEST_F(ServeHttp, ModalityFiltersEveryViewAndNegatedActsAreNotCounted) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto get = [&](const std::string& path, int status = 200) {
    auto res = cli.Get(path.c_str());
    EXPECT_TRUE(res && res->status == status) << path << (res ? res->body : "");
    return res ? json::parse(res->body) : json();
  };
  // Counted: the two visits, not the threat that did not happen.
  json all = get("/api/dyads/RUS/AFGGOV");
  EXPECT_EQ(all["total"]["events"], 2);
  EXPECT_EQ(all["total"]["material_conflict"], 0);
  for (const auto& e : all["events"]) EXPECT_NE(e["modality"], "negated");
  // Asked for by name, the negated threat is there, in the undated bucket.
  json neg = get("/api/dyads/RUS/AFGGOV?modality=negated");
  EXPECT_EQ(neg["total"]["events"], 1);
  EXPECT_EQ(neg["undated"]["events"], 1);
  ASSERT_EQ(neg["events"].size(), 1u);
  EXPECT_EQ(neg["events"][0]["code"], "138");
  json asserted = get("/api/dyads/RUS/AFGGOV?modality=asserted");
  EXPECT_EQ(asserted["total"]["events"], 2);
  EXPECT_EQ(get("/api/evidence?source=RUS&target=AFGGOV&modality=negated")["events"].size(), 1u);
  EXPECT_EQ(get("/api/evidence?source=RUS&target=AFGGOV&modality=asserted,reported")["events"].size(), 2u);
  json net = get("/api/network?modality=negated");
  ASSERT_EQ(net["edges"].size(), 1u);
  EXPECT_EQ(net["edges"][0]["events"], 1);
  EXPECT_EQ(get("/api/network?modality=asserted")["edges"][0]["events"], 2);
  // The actor page counts what the dyad page counts.
  json rels = get("/api/actors/RUS")["relations"];
  for (const auto& x : rels) {
    if (x["other"] == "AFGGOV" && x["direction"] == "out") {
      EXPECT_EQ(x["events"], 2);
    }
  }
  get("/api/dyads/RUS/AFGGOV?modality=rumoured", 400);
  // The document view still shows the negated event, with its modality.
  json d = get("/api/documents/undated");
  ASSERT_EQ(d["events"].size(), 2u);
}

TEST_F(ServeHttp, ActorCodesAreCaseInsensitiveAndPeopleAreFoundByName) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto res = cli.Get("/api/actors/rus");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  auto a = json::parse(res->body);
  EXPECT_EQ(a["code"], "RUS");
  EXPECT_FALSE(a["relations"].empty());
  // A person met in the text under RUSGOV (whose actor row is named
  // "Russian government") is found by name.
  auto found = cli.Get("/api/actors?q=Kabulov");
  ASSERT_TRUE(found);
  json list = json::parse(found->body)["actors"];
  ASSERT_EQ(list.size(), 1u) << found->body;
  EXPECT_EQ(list[0]["code"], "RUSGOV");
  EXPECT_EQ(list[0]["name"], "Russian government");
}

TEST_F(ServeHttp, YearOnlyDatesAreNotPlottedAsJanuary) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto res = cli.Get("/api/dyads/AFGGOV/RUSGOV?granularity=month");
  ASSERT_TRUE(res && res->status == 200);
  json d = json::parse(res->body);
  EXPECT_TRUE(d["series"].empty()) << d["series"].dump();  // never "2013-01"
  ASSERT_EQ(d["coarse"].size(), 1u);
  EXPECT_EQ(d["coarse"][0]["period"], "2013");
  EXPECT_EQ(d["coarse"][0]["events"], 1);
  EXPECT_EQ(d["total"]["events"], 1);
}

TEST_F(ServeHttp, ExportButtonsGetTheExportLayersFiles) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto csv = cli.Get("/api/export?what=events&format=csv");
  ASSERT_TRUE(csv);
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_NE(csv->get_header_value("Content-Type").find("text/csv"), std::string::npos);
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("dyad-events.csv"), std::string::npos);
  // The same rows as `dyad export`.
  auto cmd = dyad::testing::run_dyad("export --db " + db_ + " --what events --format csv");
  EXPECT_EQ(cmd.rc, 0) << cmd.err;
  EXPECT_EQ(csv->body, cmd.out);
  auto graph = cli.Get("/api/export?what=network&format=graphml");
  ASSERT_TRUE(graph && graph->status == 200);
  EXPECT_NE(graph->body.find("<graphml"), std::string::npos);
  // The exported network is the terminal's "everything" (undated events counted).
  EXPECT_NE(graph->body.find("source=\"RUS\" target=\"AFGGOV\"><data key=\"events\">2<"), std::string::npos) << graph->body;
  auto lines = cli.Get("/api/export?what=dyads&format=jsonl");
  ASSERT_TRUE(lines && lines->status == 200);
  auto bad = cli.Get("/api/export?what=events&format=graphml");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
}

// An export is written to the client as it is read from the store (chunked
// transfer, no Content-Length: never built whole in memory first), and is the
// same file `dyad export` writes; a refused export still has a JSON body.
TEST_F(ServeHttp, ExportsAreStreamedInChunks) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  for (std::string args : {"--what events --format csv", "--what events --format jsonl",
                                  "--what network --format graphml", "--what dyads --format csv"}) {
    std::string what = args.substr(7, args.find(' ', 7) - 7), format = args.substr(args.rfind(' ') + 1);
    auto res = cli.Get(("/api/export?what=" + what + "&format=" + format).c_str());
    ASSERT_TRUE(res) << args;
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(res->get_header_value("Transfer-Encoding"), "chunked") << args;
    EXPECT_FALSE(res->has_header("Content-Length")) << args;
    EXPECT_NE(res->get_header_value("Content-Disposition").find("dyad-" + what), std::string::npos);
    auto cmd = dyad::testing::run_dyad("export --db " + db_ + " " + args);
    EXPECT_EQ(cmd.rc, 0) << cmd.err;
    EXPECT_EQ(res->body, cmd.out) << args;
  }
  auto bad = cli.Get("/api/export?what=everything");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_TRUE(json::parse(bad->body).contains("error")) << bad->body;
  // The server keeps answering after a client that leaves in the middle.
  int fd = connect_to(r.port());
  ASSERT_GE(fd, 0);
  send_all(fd, "GET /api/export?what=events HTTP/1.1\r\nHost: localhost\r\n\r\n");
  ::close(fd);
  auto after = cli.Get("/api/stats");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 200);
}

TEST_F(ServeHttp, CombinedDyadAndActorSeriesOverTime) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto get = [&](const std::string& path) {
    auto res = cli.Get(path.c_str());
    EXPECT_TRUE(res && res->status == 200) << path << (res ? res->body : "");
    return res ? json::parse(res->body) : json();
  };
  // RUS -> AFGGOV (2) and AFGGOV -> RUS (none; AFGGOV -> RUSGOV is another pair): both ways, rolled up.
  json one = get("/api/dyads/RUS/AFG?rollup=1");
  json back = get("/api/dyads/AFG/RUS?rollup=1");
  json both = get("/api/dyads/RUS/AFG?rollup=1&both=1");
  EXPECT_EQ(both["total"]["events"].get<int64_t>(),
            one["total"]["events"].get<int64_t>() + back["total"]["events"].get<int64_t>());
  EXPECT_EQ(back["total"]["events"], 1);  // AFGGOV -> RUSGOV, dated 2013
  EXPECT_EQ(both["events"].size(), 3u);
  json s = get("/api/actors/RUS/series?granularity=month");
  ASSERT_EQ(s["series"].size(), 1u);  // 2014-05 (the undated visit has no period)
  EXPECT_EQ(s["series"][0]["period"], "2014-05");
  EXPECT_EQ(s["series"][0]["cooperation"], 1);
}

// The modality filter on the actor page (relations and the series over time)
// and on hedging, as on the dyad and network pages; a denied attack asked for
// by name is listed and counted as an event, never as an attack.
TEST_F(ServeHttp, ModalityFiltersTheActorPageAndHedgingDeniedActsAreNotTheAct) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto get = [&](const std::string& path, int status = 200) {
    auto res = cli.Get(path.c_str());
    EXPECT_TRUE(res && res->status == status) << path << (res ? res->body : "");
    return res ? json::parse(res->body) : json();
  };
  auto relation = [](const json& actor, const std::string& other, const std::string& direction) {
    for (const auto& x : actor["relations"])
      if (x["other"] == other && x["direction"] == direction) return x;
    return json();
  };
  // Counted: no relation AFGGOV -> RUS at all (the attack was denied).
  EXPECT_TRUE(relation(get("/api/actors/AFGGOV"), "RUS", "out").is_null());
  json denied = get("/api/actors/AFGGOV?modality=denied");
  json rel = relation(denied, "RUS", "out");
  ASSERT_FALSE(rel.is_null()) << denied["relations"].dump();
  EXPECT_EQ(rel["events"], 1);
  EXPECT_EQ(rel["conflict"], 0);
  EXPECT_EQ(rel["mean_goldstein"], 0.0);
  EXPECT_EQ(denied["relations"].size(), 1u) << denied["relations"].dump();
  // The relation links to the dyad page of that modality, which counts the same event.
  json dy = get("/api/dyads/AFGGOV/RUS?modality=denied");
  EXPECT_EQ(dy["total"]["events"], 1);
  EXPECT_EQ(dy["total"]["material_conflict"], 0);
  EXPECT_EQ(dy["total"]["neutral"], 1);
  ASSERT_EQ(dy["events"].size(), 1u);
  EXPECT_EQ(dy["events"][0]["code"], "190");  // listed as what the text denies
  // The actor's series over time.
  json all = get("/api/actors/AFGGOV/series");
  for (const auto& x : all["series"]) EXPECT_NE(x["period"], "2014-07");
  json ds = get("/api/actors/AFGGOV/series?modality=denied");
  ASSERT_EQ(ds["series"].size(), 1u) << ds.dump();
  EXPECT_EQ(ds["series"][0]["period"], "2014-07");
  EXPECT_EQ(ds["series"][0]["events"], 1);
  EXPECT_EQ(ds["series"][0]["conflict"], 0);
  // Hedging: over the events of the modality only, per period and overall.
  json hs = get("/api/hedging?actor=AFGGOV&granularity=month&modality=denied");
  ASSERT_EQ(hs["series"].size(), 1u) << hs.dump();
  EXPECT_EQ(hs["series"][0]["period"], "2014-07");
  json asserted = get("/api/hedging?actor=RUS&granularity=month&modality=asserted");
  json plain = get("/api/hedging?actor=RUS&granularity=month");
  EXPECT_EQ(asserted["series"], plain["series"]);
  json net = get("/api/network?modality=denied");
  for (const auto& n : net["nodes"]) {
    json h = get("/api/hedging?overall=1&modality=denied&actor=" + n["id"].get<std::string>());
    EXPECT_DOUBLE_EQ(h["overall"].get<double>(), n["hedging"].get<double>()) << n["id"];
  }
  ASSERT_EQ(net["edges"].size(), 1u);
  EXPECT_EQ(net["edges"][0]["conflict"], 0);
  get("/api/actors/AFGGOV?modality=rumoured", 400);
  get("/api/actors/AFGGOV/series?modality=rumoured", 400);
  get("/api/hedging?actor=AFGGOV&modality=rumoured", 400);
}

// Actor codes are case-insensitive on every route, not only the actor page.
TEST_F(ServeHttp, ActorCodesAreCaseInsensitiveOnEveryRoute) {
  Running r(options());
  httplib::Client cli("127.0.0.1", r.port());
  auto get = [&](const std::string& path) {
    auto res = cli.Get(path.c_str());
    EXPECT_TRUE(res && res->status == 200) << path << (res ? res->body : "");
    return res ? json::parse(res->body) : json();
  };
  for (const auto& [lower, upper] : std::vector<std::pair<std::string, std::string>>{
           {"/api/dyads/rus/afggov", "/api/dyads/RUS/AFGGOV"},
           {"/api/actors/rus/series", "/api/actors/RUS/series"},
           {"/api/hedging?actor=rus", "/api/hedging?actor=RUS"},
           {"/api/evidence?source=rus&target=afggov", "/api/evidence?source=RUS&target=AFGGOV"},
           {"/api/search?actor=rus", "/api/search?actor=RUS"},
           {"/api/timeline?actor=rus", "/api/timeline?actor=RUS"}}) {
    json a = get(lower), b = get(upper);
    EXPECT_EQ(a, b) << lower;
  }
  EXPECT_EQ(get("/api/dyads/rus/afggov")["total"]["events"], 2);
  EXPECT_EQ(get("/api/dyads/rus/afggov")["source"], "RUS");
}

// An actor row takes its name from the dictionary, not from the first
// mention: a think tank first met through a researcher quoted in it, a
// government met only through a person; a code the dictionary does not know
// takes a non-person mention's name. People are found by name. `dyad merge`
// keeps the names.
TEST(ServeActorNames, ActorRowsAreNamedFromTheDictionaryNotTheFirstMention) {
  std::string dir = dyad::testing::temp_dir("serve-names");
  std::string path = dir + "/names.sqlite";
  {
    dyad::store::Store db(path);
    Document a = doc("think", "2016-02-01",
                     "Analysts\n\nAleksei Malashenko said Moscow was cautious. The Carnegie center agreed. "
                     "Arman Sargsyan praised Russia. Jane Roe spoke for Zeta Front. Zeta Front thanked Russia.\n");
    auto person = [&](const std::string& phrase, const std::string& code) {
      dyad::testing::add_mention(a, phrase, code, phrase);
      a.actors.back().kind = dyad::MentionKind::Person;
    };
    person("Aleksei Malashenko", "THINKTANK:CARNEGIE");
    dyad::testing::add_mention(a, "Carnegie center", "THINKTANK:CARNEGIE", "Carnegie Moscow Center");
    a.actors.back().set_kind("think tank");
    person("Arman Sargsyan", "ARMGOV");
    dyad::testing::add_mention(a, "Russia", "RUS", "Russia");
    person("Jane Roe", "ZZZFRONT");
    dyad::testing::add_mention(a, "Zeta Front", "ZZZFRONT", "Zeta Front");
    a.actors.back().set_kind("armed group");
    dyad::testing::add_event(a, "Arman Sargsyan praised Russia", "ARMGOV", "RUS", "051");
    dyad::testing::add_event(a, "Zeta Front thanked Russia", "ZZZFRONT", "RUS", "051");
    db.put(a, "");
  }
  auto check = [](const std::string& db_path) {
    dyad::store::Store db(db_path, true);
    dyad::store::Queries q(db);
    auto call = [&](const std::string& p, const dyad::serve::Params& params = {}) {
      auto r = dyad::serve::handle_api(q, p, params);
      EXPECT_EQ(r.status, 200) << p << r.body;
      return json::parse(r.body);
    };
    EXPECT_EQ(call("/api/actors/THINKTANK:CARNEGIE")["name"], "Carnegie Endowment for International Peace");
    EXPECT_EQ(call("/api/actors/ARMGOV")["name"], "Armenian government");
    EXPECT_EQ(call("/api/actors/ARMGOV")["kind"], "government");
    EXPECT_EQ(call("/api/actors/ZZZFRONT")["name"], "Zeta Front");
    EXPECT_EQ(call("/api/dyads/ARMGOV/RUS")["source_name"], "Armenian government");
    EXPECT_EQ(call("/api/evidence", {{"source", "ARMGOV"}})["events"][0]["source_name"], "Armenian government");
    // People are found by their names (any case), under the code they act for.
    for (const auto& [who, code] : std::vector<std::pair<std::string, std::string>>{
             {"Malashenko", "THINKTANK:CARNEGIE"}, {"sargsyan", "ARMGOV"}, {"Jane Roe", "ZZZFRONT"}}) {
      json found = call("/api/actors", {{"q", who}})["actors"];
      ASSERT_EQ(found.size(), 1u) << who << found.dump();
      EXPECT_EQ(found[0]["code"], code) << who;
    }
  };
  check(path);
  std::string merged = dir + "/merged.sqlite";
  auto run = dyad::testing::run_dyad("merge " + merged + " " + path);
  ASSERT_EQ(run.rc, 0) << run.err;
  check(merged);
}

// Each event records where its subject, verb and object are (clean-text
// bytes): in the contract JSON of `dyad analyze`, in the store, and in the
// document view the terminal marks them from.
TEST(ServeEventRoles, SubjectVerbAndObjectSpansFromTheCoderToTheDocumentView) {
  std::string dir = dyad::testing::temp_dir("serve-roles");
  std::string text = "Russia accused Ukraine of shelling the border on Monday.\n";
  std::ofstream(dir + "/roles.txt") << text;
  auto run = dyad::testing::run_dyad("analyze " + dir + "/roles.txt --json");
  ASSERT_EQ(run.rc, 0) << run.err;
  json out = json::parse(run.out);
  ASSERT_FALSE(out["events"].empty()) << run.out;
  const json& e = out["events"][0];
  auto slice = [&](const json& a, const json& z) {
    return a.is_number() && z.is_number() ? text.substr(a.get<size_t>(), z.get<size_t>() - a.get<size_t>()) : "";
  };
  EXPECT_EQ(slice(e["source_start"], e["source_end"]), "Russia") << e.dump();
  EXPECT_EQ(slice(e["target_start"], e["target_end"]), "Ukraine") << e.dump();
  EXPECT_EQ(slice(e["verb_start"], e["verb_end"]), "accused") << e.dump();
  // Stored and served with the event.
  std::string path = dir + "/roles.sqlite";
  {
    dyad::store::Store db(path);
    Document d = doc("roles", "2014-05-05", "Talks\n\nRussia hosted Afghan envoys in Moscow.\n");
    dyad::testing::add_mention(d, "Russia", "RUS", "Russia");
    dyad::testing::add_mention(d, "Afghan envoys", "AFGGOV", "Afghan government");
    dyad::testing::add_event(d, "Russia hosted Afghan envoys", "RUS", "AFGGOV", "042");
    d.events.back().source_mention = 0;
    d.events.back().target_mention = 1;
    auto verb = static_cast<uint32_t>(d.text.find("hosted"));
    d.events.back().verb = {verb, verb + 6};
    db.put(d, "");
  }
  dyad::store::Store db(path, true);
  dyad::store::Queries q(db);
  auto r = dyad::serve::handle_api(q, "/api/documents/roles", {});
  ASSERT_EQ(r.status, 200) << r.body;
  json v = json::parse(r.body);
  const std::string& t = v["document"]["text"].get_ref<const std::string&>();
  const json& ev = v["events"][0];
  auto cut = [&](const char* a, const char* z) {
    return ev[a].is_number() ? t.substr(ev[a].get<size_t>(), ev[z].get<size_t>() - ev[a].get<size_t>()) : "";
  };
  EXPECT_EQ(cut("source_start", "source_end"), "Russia") << ev.dump();
  EXPECT_EQ(cut("verb_start", "verb_end"), "hosted") << ev.dump();
  EXPECT_EQ(cut("target_start", "target_end"), "Afghan envoys") << ev.dump();
}
