// Benchmark of the terminal's API: generates a store of synthetic documents
// with actor mentions, quotes and events (through Store::put, default 100,000
// documents; kept in the temp directory, or the PostgreSQL database of
// --db postgresql://..., for the next run), serves it on a
// loopback port and times every endpoint over many requests, printing
// p50/p95/p99 per endpoint (target: p95 < 100 ms).
//   bench_serve [--docs N] [--requests N] [--db FILE] [--threads N]
// (Google Benchmark flags such as --benchmark_min_time are ignored.)
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <random>
#include <thread>

#include "events/cameo_table.h"
#include "serve/server.h"
#include "store/queries.h"
#include "store/store.h"

namespace {

const char* kCountries[] = {"RUS", "USA", "CHN", "AFG", "PAK", "IRN", "IND", "TJK", "UZB", "TUR", "SYR", "GBR",
                            "FRA", "DEU", "KAZ", "KGZ", "TKM", "IRQ", "SAU", "ISR", "UKR", "QAT", "EGY", "JPN"};
const char* kAgents[] = {"", "GOV", "MIL", "OPP", "BUS", "MED", "REB", "COP", "LEG", "JUD"};
const char* kGroups[] = {"TALIBAN", "AFGREBHQN", "ISIS", "ALQAEDA", "NATO", "UNO", "EUR", "SCO", "UZBREBIMU", "PAKREBTTP"};
const char* kCodes[] = {"010", "020", "0214", "036", "040", "042", "043", "046", "051", "057", "061", "070",
                        "080", "100", "1011", "111", "112", "120", "130", "138", "163", "173", "180", "190",
                        "193", "195"};
const char* kWords[] = {"border", "ceasefire", "pipeline", "sanctions", "refugees", "election", "militants",
                        "negotiations", "convoy", "drought", "grain", "embassy", "summit", "airstrike", "province",
                        "tribal", "elders", "customs", "garrison", "reconstruction", "opium", "corridor",
                        "parliament", "envoy", "minister", "ambush", "hostages", "treaty", "railway", "loans"};

std::vector<std::string> actor_codes() {
  std::vector<std::string> out;
  for (const char* c : kCountries)
    for (const char* a : kAgents) out.push_back(std::string(c) + a);
  for (const char* g : kGroups) out.push_back(g);
  return out;
}

std::string date_of(int day) {  // days after 2010-01-01
  int y = 2010 + day / 365, doy = day % 365, m = std::min(12, doy / 30 + 1), d = std::min(28, doy % 30 + 1);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

void generate(const std::string& path, int docs) {
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  dyad::store::Store db(path);
  auto codes = actor_codes();
  std::mt19937 rng(42);
  // Zipf-like actor popularity: a few actors appear in many articles.
  std::vector<double> w;
  for (size_t i = 0; i < codes.size(); ++i) w.push_back(1.0 / static_cast<double>(i + 1));
  std::discrete_distribution<size_t> pick(w.begin(), w.end());
  std::uniform_int_distribution<int> day(0, 5 * 365 - 1), word(0, std::size(kWords) - 1),
      code(0, std::size(kCodes) - 1), few(2, 5);
  const auto& table = dyad::events::CameoTable::builtin();
  auto t0 = std::chrono::steady_clock::now();
  db.begin();
  for (int i = 0; i < docs; ++i) {
    dyad::Document d;
    d.id = "doc" + std::to_string(i);
    d.path = d.id + ".txt";
    d.format = "text";
    d.hash = "synthetic-" + std::to_string(i);
    d.meta.published = date_of(day(rng));
    d.meta.title = std::string("Talks on ") + kWords[word(rng)] + " and " + kWords[word(rng)];
    d.meta.source = "Synthetic Wire";
    d.meta.language = "en";
    int n = few(rng);
    for (int s = 0; s < n + 3; ++s) {
      std::string a = codes[pick(rng)], b = codes[pick(rng)];
      size_t start = d.text.size();
      std::string sentence = a + " officials discussed the " + kWords[word(rng)] + " and the " + kWords[word(rng)] +
                             " with " + b + " envoys, " + kWords[word(rng)] + " sources said.";
      d.text += sentence + "\n\n";
      d.actors.push_back({.start = static_cast<uint32_t>(start), .end = static_cast<uint32_t>(start + a.size()),
                          .code = a, .name = a + " name", .kind = dyad::MentionKind::Government,
                          .country = a.substr(0, 3), .role = ""});
      if (s < n && a != b) {
        dyad::Event e;
        e.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(start + sentence.size())};
        e.source = a;
        e.target = b;
        e.code = kCodes[code(rng)];
        if (const auto* c = table.resolve(e.code)) e.goldstein = c->goldstein, e.quad = c->quad;
        if (s == 0) e.date = d.meta.published;
        d.events.push_back(e);
      }
    }
    dyad::Quote q;
    q.start = 0;
    q.end = 20;
    q.text = d.text.substr(0, 20);
    q.speaker = "a spokesman";
    q.speaker_actor = d.actors[0].code;
    q.type = dyad::QuoteType::Indirect;
    d.quotes.push_back(q);
    d.timexes.push_back({{0, 10}, dyad::TimexType::Date, dyad::base::SmallString(*d.meta.published)});
    if (i % 10 == 0)
      d.timeline.push_back({.span = d.events.empty() ? dyad::Span{0, 10} : d.events[0].span,
                            .date = *d.meta.published,
                            .end_date = std::nullopt,
                            .text = "A dated entry",
                            .kind = dyad::TimelineKind::Event});
    if (i % 50 == 49) d.duplicate_of = "doc" + std::to_string(i - 1);
    d.meta.word_count = static_cast<int>(d.text.size() / 6);
    db.put(d, "");
    if (i % 5000 == 4999) {
      db.commit();
      db.begin();
      std::fprintf(stderr, "\rgenerated %d documents", i + 1);
    }
  }
  db.commit();
  size_t months = db.refresh_model();
  std::fprintf(stderr, "model tables refreshed for %zu months\n", months);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "\rgenerated %d documents in %.1f s (%.0f docs/s through Store::put)\n", docs, s, docs / s);
}

double pct(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  int docs = 100000, requests = 200, threads = 4;
  std::string db;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--docs") docs = std::max(10, std::stoi(next()));
    else if (a == "--requests") requests = std::max(1, std::stoi(next()));
    else if (a == "--threads") threads = std::max(1, std::stoi(next()));
    else if (a == "--db") db = next();
  }
  if (db.empty())
    db = (std::filesystem::temp_directory_path() / ("dyad-bench-serve-" + std::to_string(docs) + ".sqlite")).string();
  bool ready = false;
  if (dyad::store::is_postgres_url(db) || std::filesystem::exists(db)) {
    try {
      dyad::store::Store s(db, true);
      ready = static_cast<int>(s.document_count()) == docs && s.schema_version() == dyad::store::kSchemaVersion;
    } catch (const dyad::store::StoreError&) {
    }
  }
  if (!ready) generate(db, docs);
  else std::fprintf(stderr, "using %s (%d documents)\n", db.c_str(), docs);

  dyad::serve::Server server({db, "127.0.0.1", 0, "/nonexistent", threads});
  int port = server.bind();
  if (port < 0) {
    std::fprintf(stderr, "cannot bind a loopback port\n");
    return 1;
  }
  std::thread t([&] { server.listen(); });
  while (!server.running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));

  auto codes = actor_codes();
  std::mt19937 rng(7);
  std::vector<double> w;
  for (size_t i = 0; i < codes.size(); ++i) w.push_back(1.0 / static_cast<double>(i + 1));
  std::discrete_distribution<size_t> pick(w.begin(), w.end());
  std::uniform_int_distribution<int> day(0, 5 * 365 - 1), word(0, std::size(kWords) - 1), doc(0, docs - 1),
      coin(0, 1);
  auto actor = [&] { return codes[pick(rng)]; };
  auto month = [&] { return date_of(day(rng)).substr(0, 7); };
  struct Endpoint {
    const char* name;
    std::function<std::string()> url;
  };
  std::vector<Endpoint> endpoints = {
      {"stats", [&] { return std::string("/api/stats"); }},
      {"search q", [&] { return std::string("/api/search?q=") + kWords[word(rng)]; }},
      {"search q+actor+dates", [&] {
         return std::string("/api/search?q=") + kWords[word(rng)] + "&actor=" + actor() + "&from=" + month();
       }},
      {"search actor only", [&] { return "/api/search?actor=" + actor() + "&rollup=" + std::to_string(coin(rng)); }},
      {"documents/{id}", [&] { return "/api/documents/doc" + std::to_string(doc(rng)); }},
      {"actors?q", [&] { return "/api/actors?q=" + actor().substr(0, 2); }},
      {"actors/{code}", [&] { return "/api/actors/" + actor() + "?rollup=" + std::to_string(coin(rng)); }},
      {"dyads/{a}/{b}", [&] {
         return "/api/dyads/" + actor() + "/" + actor() + "?granularity=week&rollup=" + std::to_string(coin(rng));
       }},
      {"network (month)", [&] {
         std::string m = month();
         return "/api/network?from=" + m + "&to=" + m + "&rollup=" + std::to_string(coin(rng));
       }},
      {"network (year)", [&] {
         std::string y = std::to_string(2010 + day(rng) / 365);
         return "/api/network?from=" + y + "&to=" + y + "&min_events=2";
       }},
      {"hedging", [&] { return "/api/hedging?actor=" + actor() + "&granularity=month&rollup=" + std::to_string(coin(rng)); }},
      {"timeline", [&] { return "/api/timeline?actor=" + actor(); }},
      {"evidence", [&] {
         return "/api/evidence?source=" + actor() + "&target=" + actor() + "&from=" + month() + "&quad=" +
                std::to_string(1 + coin(rng) * 3);
       }},
  };
  httplib::Client cli("127.0.0.1", port);
  cli.set_keep_alive(true);
  cli.set_tcp_nodelay(true);
  cli.set_read_timeout(30, 0);
  std::printf("%-22s %8s %8s %8s %8s %6s\n", "endpoint (ms)", "p50", "p95", "p99", "max", "errors");
  bool all_fast = true;
  for (auto& ep : endpoints) {
    std::vector<double> ms;
    int errors = 0;
    for (int i = 0; i < requests; ++i) {
      std::string url = ep.url();
      auto t0 = std::chrono::steady_clock::now();
      auto res = cli.Get(url.c_str());
      double dt = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (!res || res->status != 200) {
        ++errors;
        if (errors == 1)
          std::fprintf(stderr, "%s: %s -> %d %s\n", ep.name, url.c_str(), res ? res->status : -1,
                       res ? res->body.substr(0, 200).c_str() : "");
      }
      ms.push_back(dt);
    }
    double p95 = pct(ms, 0.95);
    all_fast = all_fast && p95 < 100;
    std::printf("%-22s %8.2f %8.2f %8.2f %8.2f %6d\n", ep.name, pct(ms, 0.5), p95, pct(ms, 0.99),
                *std::max_element(ms.begin(), ms.end()), errors);
    std::fflush(stdout);
  }
  std::printf("%d documents, %d requests per endpoint: every p95 %s 100 ms\n", docs, requests,
              all_fast ? "under" : "NOT under");
  server.stop();
  t.join();
  return 0;
}
