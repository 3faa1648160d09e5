// The terminal's HTTP server: the JSON API (src/serve/api.h) under /api/ and
// the built front end (web/dist) for everything else, with client-side routes
// falling back to index.html. Each request borrows one read-only store
// connection from a pool (SQLite handles are never shared between threads).
#pragma once

#include <memory>
#include <string>

namespace dyad::serve {

struct ServerOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;         // 0 = any free port
  std::string web_dir;     // "" = the build's default (DYAD_WEB_DIR)
  int threads = 4;         // worker threads = store connections
};

class Server {
 public:
  // Opens the database (migrating an older schema when the file is
  // writable) and the connection pool. Throws store::StoreError.
  explicit Server(const ServerOptions& opt);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket; returns the port (useful with port 0), -1 on failure.
  int bind();
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

}  // namespace dyad::serve
