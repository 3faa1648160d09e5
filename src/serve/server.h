// The terminal's HTTP server: the JSON API (src/serve/api.h) under /api/ and
// the built front end (web/dist) for everything else, with the client's app
// routes falling back to index.html. Each request borrows one read-only store
// connection from a pool (SQLite handles are never shared between threads).
// Hardened for a loopback service: a deadline on every request head, a cap on
// open connections (slow clients hold neither workers nor the accept loop),
// a Host allow-list against DNS rebinding, security headers, GET/HEAD only,
// and a database file that was deleted or replaced answered with 503.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace dyad::serve {

struct ServerOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;         // 0 = any free port
  std::string web_dir;     // "" = the build's default (DYAD_WEB_DIR)
  int threads = 4;         // store connections (queries running at once)
  std::vector<std::string> allow_hosts = {};  // Host names accepted besides the loopback names
  int max_connections = 256;             // open connections; more are answered 503 and closed
  int header_timeout_ms = 10000;         // a request head must arrive whole within this
  int keep_alive_ms = 2000;              // an idle keep-alive connection is closed after this
};

class Server {
 public:
  // Opens the database (migrating an older schema when the file is
  // writable) and the connection pool. Throws store::StoreError.
  explicit Server(const ServerOptions& opt);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket; returns the port (useful with port 0), -1 on failure
  // (bind_error() then says why: the port in use, no permission...).
  int bind();
  const std::string& bind_error() const;
  // Serves until stop() (blocking).
  void listen();
  void stop();
  bool running() const;
  bool web_available() const;
  const std::string& web_dir() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when `host` (a Host header, with or without port) names this machine's
// loopback (localhost, 127.x.y.z, [::1]) or one of `allowed` (case-insensitive).
bool host_allowed(const std::string& host, const std::vector<std::string>& allowed);

// True for the front end's own routes (/, /search, /doc/..., /actor/...):
// the ones answered with index.html when no file matches.
bool app_route(const std::string& path);

}  // namespace dyad::serve
