// HTTP for the terminal with cpp-httplib behind GuardedHttp (serve/guard.h):
// routes /api/ to handle_api with a pooled read-only store connection per
// request (exports streamed in chunks), serves web/dist with index.html for the app's routes (a missing
// asset is a 404), checks the Host header and the method first, adds the
// security headers to every response and a JSON body to every error, and
// answers 503 once the database file was deleted or replaced.
#include "serve/server.h"

#include <httplib.h>
#include <malloc.h>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <vector>

#include "export/export.h"
#include "serve/api.h"
#include "serve/guard.h"
#include "store/queries.h"
#include "store/store.h"
#include "base/text.h"

#ifndef DYAD_WEB_DIR
#define DYAD_WEB_DIR "web/dist"
#endif

namespace dyad::serve {

namespace {

// Read-only store connections, lent to one request at a time.
class Pool {
 public:
  Pool(const std::string& db, int n) {
    for (int i = 0; i < std::max(1, n); ++i) free_.push_back(std::make_unique<store::Store>(db, true));
  }
  struct Lease {
    Pool* pool;
    std::unique_ptr<store::Store> store;
    ~Lease() {
      std::lock_guard<std::mutex> lock(pool->mu_);
      pool->free_.push_back(std::move(store));
      pool->cv_.notify_one();
    }
  };
  Lease take() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return !free_.empty(); });
    std::unique_ptr<store::Store> s = std::move(free_.back());
    free_.pop_back();
    return Lease{this, std::move(s)};
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<store::Store>> free_;
};

// The database file the server opened: a file deleted or replaced (another
// inode at the path) since is reported instead of answering from the old one.
class DbFile {
 public:
  explicit DbFile(std::string path) : path_(std::move(path)), server_(store::is_postgres_url(path_)) {
    struct stat st {};
    if (::stat(path_.c_str(), &st) == 0) dev_ = st.st_dev, ino_ = st.st_ino;
  }
  std::optional<std::string> problem() const {
    if (server_) return std::nullopt;  // a PostgreSQL database: no file to watch
    struct stat st {};
    if (::stat(path_.c_str(), &st) != 0)
      return "the database " + path_ + " was deleted since the server started; restart dyad serve";
    if (st.st_dev != dev_ || st.st_ino != ino_)
      return "the database " + path_ + " was replaced since the server started; restart dyad serve to read the new file";
    return std::nullopt;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  bool server_ = false;
  dev_t dev_ = 0;
  ino_t ino_ = 0;
};

const char* kNotBuilt =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Dyad</title></head><body>"
    "<h1>Dyad</h1><p>front end not built: run make web (the JSON API is available under "
    "<a href=\"/api/stats\">/api/</a>).</p></body></html>";

const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

std::string json_error(const std::string& message) { return nlohmann::json{{"error", message}}.dump(); }

std::string status_text(int status) {
  switch (status) {
    case 400: return "400 bad request (malformed request line or headers)";
    case 404: return "404 not found";
    case 408: return "408 request timeout";
    case 413: return "413 payload too large";
    case 414: return "414 request URI too long (over 8192 bytes)";
    case 416: return "416 range not satisfiable";
    case 431: return "431 request header fields too large";
    default: return std::to_string(status) + " error";
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Why binding host:port fails (the same options as the server's socket).
std::string probe_bind(const std::string& host, int port) {
  addrinfo hints{}, *res = nullptr;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0 || !res)
    return "cannot resolve the address " + host;
  std::string why = "cannot listen on " + host + ":" + std::to_string(port);
  int fd = ::socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0) {
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, res->ai_addr, res->ai_addrlen) != 0) {
      if (errno == EADDRINUSE)
        why = "port " + std::to_string(port) + " on " + host +
              " is already in use (another dyad serve?); stop it or choose another --port";
      else
        why += std::string(": ") + std::strerror(errno);
    }
    ::close(fd);
  }
  freeaddrinfo(res);
  return why;
}

}  // namespace

bool host_allowed(const std::string& header, const std::vector<std::string>& allowed) {
  std::string h = base::lower_ascii(header);
  // Strip the port: "[::1]:8080" -> "[::1]", "localhost:8080" -> "localhost".
  if (!h.empty() && h[0] == '[') {
    auto close = h.find(']');
    if (close == std::string::npos) return false;
    h = h.substr(0, close + 1);
  } else if (auto colon = h.rfind(':'); colon != std::string::npos) {
    h = h.substr(0, colon);
  }
  if (!h.empty() && h.back() == '.') h.pop_back();
  if (h == "localhost" || h == "[::1]" || h.ends_with(".localhost")) return true;
  if (h.starts_with("127.") && h.find_first_not_of("0123456789.") == std::string::npos) return true;
  for (const auto& a : allowed)
    if (!a.empty() && base::lower_ascii(a) == h) return true;
  return false;
}

bool app_route(const std::string& path) {
  static const char* kRoutes[] = {"/search", "/doc/", "/actor/", "/actors", "/dyad/", "/network", "/timeline"};
  if (path == "/" || path.empty()) return true;
  for (const char* r : kRoutes) {
    std::string_view p(path), route(r);
    if (!p.starts_with(route)) continue;
    if (route.back() == '/' || p.size() == route.size() || p[route.size()] == '/' || p[route.size()] == '?')
      return true;
  }
  return false;
}

struct Server::Impl {
  ServerOptions opt;
  std::unique_ptr<Pool> pool;
  std::unique_ptr<DbFile> file;
  std::unique_ptr<GuardedHttp> http;
  std::vector<std::string> hosts;  // accepted Host names beyond loopback
  std::string bind_error;
  bool web = false;
};

namespace {

// An output stream over an HTTP chunked body: written in chunks of 64 KB
// (not one chunk per field); a client that went away makes the next write
// throw, which ends the export.
class ChunkBuf : public std::streambuf {
 public:
  explicit ChunkBuf(httplib::DataSink& sink) : sink_(sink), buf_(64 << 10) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int sync() override {
    auto n = static_cast<size_t>(pptr() - pbase());
    if (n && !sink_.write(pbase(), n)) return -1;
    setp(buf_.data(), buf_.data() + buf_.size());
    return 0;
  }
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }

 private:
  httplib::DataSink& sink_;
  std::vector<char> buf_;
};

// /api/export streamed: the parameters are checked first (a 400 has a JSON
// body); the file is then written as it is read from the store, in chunks,
// with a store connection held only while it is written.
void stream_export(const httplib::Request& req, httplib::Response& res, Pool* pool) {
  Params params;
  for (const auto& [k, v] : req.params) params.emplace(k, v);
  exporter::Options o;
  ApiResponse head = export_head(params, o);
  if (head.status != 200) {
    res.status = head.status;
    res.set_content(head.body, head.content_type);
    return;
  }
  res.set_header("Content-Disposition", "attachment; filename=\"" + head.filename + "\"");
  res.set_chunked_content_provider(head.content_type, [pool, o](size_t, httplib::DataSink& sink) {
    ChunkBuf buf(sink);
    std::ostream os(&buf);
    os.exceptions(std::ios::badbit);
    try {
      auto lease = pool->take();
      store::Queries q(*lease.store);
      exporter::write(q, o, os);
      os.flush();
    } catch (const std::exception&) {
      return false;  // the client left or the store failed: the body ends unfinished
    }
    sink.done();
    return true;
  });
}

void route_api(GuardedHttp& http, Pool* pool, const DbFile* file) {
  http.Get(R"(/api(/.*)?)", [pool, file](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    std::string raw = req.target.substr(0, req.target.find('?'));
    if (auto bad = file->problem()) {
      res.status = 503;
      res.set_content(json_error(*bad), "application/json; charset=utf-8");
      return;
    }
    if (raw == "/api/health") {
      auto lease = pool->take();
      store::Queries q(*lease.store);
      nlohmann::json h = {{"status", "ok"}, {"database", file->path()},
                          {"schema", lease.store->schema_version()}, {"documents", q.stats().documents}};
      res.set_content(h.dump(), "application/json; charset=utf-8");
      return;
    }
    if (raw == "/api/export") return stream_export(req, res, pool);
    Params params;
    for (const auto& [k, v] : req.params) params.emplace(k, v);  // first value of each name
    ApiResponse r;
    {
      auto lease = pool->take();
      store::Queries q(*lease.store);
      r = handle_api(q, raw, params);
    }
    res.status = r.status;
    if (!r.filename.empty()) res.set_header("Content-Disposition", "attachment; filename=\"" + r.filename + "\"");
    res.set_content(r.body, r.content_type);
  });
}

void route_web(GuardedHttp& http, const std::string& dir, bool web) {
  if (!web) {
    http.Get(".*", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kNotBuilt, "text/html; charset=utf-8");
    });
    return;
  }
  http.set_mount_point("/", dir);
  std::string index = dir + "/index.html";
  http.Get(".*", [index](const httplib::Request& req, httplib::Response& res) {
    if (app_route(req.path)) {
      res.set_header("Cache-Control", "no-cache");
      res.set_content(read_file(index), "text/html; charset=utf-8");
      return;
    }
    // A missing file (an asset, a mistyped address): a 404, never the page
    // itself with 200; a path without a file extension still gets the page
    // (its router shows "Not found").
    std::string last = req.path.substr(req.path.rfind('/') + 1);
    res.status = 404;
    if (last.find('.') == std::string::npos && !req.path.starts_with("/assets/"))
      res.set_content(read_file(index), "text/html; charset=utf-8");
    else
      res.set_content(json_error("no such file: " + req.path), "application/json; charset=utf-8");
  });
}

// Before routing: only loopback names (and --allow-host names) in Host, and
// only GET/HEAD (a refused request's body is never read: the connection closes).
void guard_requests(GuardedHttp& http, const std::vector<std::string>* hosts) {
  http.set_pre_routing_handler([hosts](const httplib::Request& req, httplib::Response& res) {
    std::string host = req.get_header_value("Host");
    if (!host.empty() && !host_allowed(host, *hosts)) {
      res.status = 403;
      res.set_content(json_error("host '" + host + "' is not allowed (loopback names only; start dyad serve with "
                                 "--allow-host NAME to accept another)"),
                      "application/json; charset=utf-8");
      GuardedHttp::close_after_response();
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content(json_error("method " + req.method + " not allowed (the terminal is read-only: GET)"),
                      "application/json; charset=utf-8");
      GuardedHttp::close_after_response();
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Errors httplib answers itself (400, 414, 431...) get a JSON body too.
  http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    res.set_content(json_error(status_text(res.status)), "application/json; charset=utf-8");
    GuardedHttp::close_after_response();  // the rest of a refused request is not read
    return httplib::Server::HandlerResponse::Handled;
  }));
}

}  // namespace

Server::Server(const ServerOptions& opt) : impl_(std::make_unique<Impl>()) {
  impl_->opt = opt;
  // Requests build vectors of a few MB (a year of dyad counts) and free them:
  // keep that memory in the heap instead of mapping fresh pages each time.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  if (impl_->opt.web_dir.empty()) impl_->opt.web_dir = DYAD_WEB_DIR;
  if (!store::is_postgres_url(opt.db) && !std::filesystem::exists(opt.db))
    throw store::StoreError(opt.db + ": no such database");
  // Bring an older schema up to date when the file can be written.
  try {
    store::Store migrate(opt.db);
  } catch (const store::StoreError&) {
  }
  impl_->file = std::make_unique<DbFile>(opt.db);
  impl_->pool = std::make_unique<Pool>(opt.db, opt.threads);
  impl_->hosts = opt.allow_hosts;
  // Listening on a named address accepts that name as Host too.
  if (opt.host != "0.0.0.0" && opt.host != "::" && !opt.host.empty()) impl_->hosts.push_back(opt.host);
  std::error_code ec;
  impl_->web = std::filesystem::is_regular_file(impl_->opt.web_dir + "/index.html", ec);
  GuardLimits limits;
  limits.max_connections = std::max(1, opt.max_connections);
  limits.header_timeout_ms = std::max(1, opt.header_timeout_ms);
  limits.keep_alive_ms = std::max(1, opt.keep_alive_ms);
  impl_->http = std::make_unique<GuardedHttp>(limits);
  auto& http = *impl_->http;
  // The Keep-Alive header tells clients the idle timeout (and the request
  // count) the guard keeps, so they do not reuse a connection it closed.
  http.set_keep_alive_timeout(std::max(1, limits.keep_alive_ms / 1000));
  http.set_keep_alive_max_count(static_cast<size_t>(limits.requests_per_connection));
  http.set_tcp_nodelay(true);  // small JSON replies go out at once (no 40 ms Nagle delay)
  // One worker per open connection (an idle keep-alive connection holds its
  // worker); a few more answer the connections over the cap with 503.
  size_t workers = static_cast<size_t>(limits.max_connections) + 16;
  http.new_task_queue = [workers] { return new_elastic_pool(workers); };
  // SO_REUSEADDR only: without SO_REUSEPORT a second server on the same port
  // fails to bind instead of sharing the port (and answering from another database).
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  http.set_default_headers({{"Content-Security-Policy", kCsp},
                            {"X-Content-Type-Options", "nosniff"},
                            {"X-Frame-Options", "DENY"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cross-Origin-Opener-Policy", "same-origin"}});
  guard_requests(http, &impl_->hosts);
  route_api(http, impl_->pool.get(), impl_->file.get());
  route_web(http, impl_->opt.web_dir, impl_->web);
}

Server::~Server() { stop(); }

int Server::bind() {
  auto& http = *impl_->http;
  int port = impl_->opt.port == 0 ? http.bind_to_any_port(impl_->opt.host.c_str())
                                  : (http.bind_to_port(impl_->opt.host.c_str(), impl_->opt.port) ? impl_->opt.port : -1);
  if (port < 0) impl_->bind_error = probe_bind(impl_->opt.host, impl_->opt.port);
  else http.widen_backlog(SOMAXCONN);
  return port;
}

const std::string& Server::bind_error() const { return impl_->bind_error; }
void Server::listen() { impl_->http->listen_after_bind(); }
void Server::stop() {
  if (impl_->http && impl_->http->is_running()) impl_->http->stop();
}
bool Server::running() const { return impl_->http->is_running(); }
bool Server::web_available() const { return impl_->web; }
const std::string& Server::web_dir() const { return impl_->opt.web_dir; }

}  // namespace dyad::serve
