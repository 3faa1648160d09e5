// HTTP for the terminal with cpp-httplib: routes /api/ to handle_api with a
// pooled read-only store connection per request, serves web/dist with an
// index.html fallback for client routes, or a page explaining how to build it.
#include "serve/server.h"

#include <httplib.h>
#include <malloc.h>

#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <vector>

#include "serve/api.h"
#include "store/queries.h"
#include "store/store.h"

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

const char* kNotBuilt =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Dyad</title></head><body>"
    "<h1>Dyad</h1><p>front end not built: run make web (the JSON API is available under "
    "<a href=\"/api/stats\">/api/</a>).</p></body></html>";

}  // namespace

struct Server::Impl {
  ServerOptions opt;
  std::unique_ptr<Pool> pool;
  httplib::Server http;
  bool web = false;
};

Server::Server(const ServerOptions& opt) : impl_(std::make_unique<Impl>()) {
  impl_->opt = opt;
  // Requests build vectors of a few MB (a year of dyad counts) and free them:
  // keep that memory in the heap instead of mapping fresh pages each time.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  if (impl_->opt.web_dir.empty()) impl_->opt.web_dir = DYAD_WEB_DIR;
  if (!std::filesystem::exists(opt.db)) throw store::StoreError(opt.db + ": no such database");
  // Bring an older schema up to date when the file can be written.
  try {
    store::Store migrate(opt.db);
  } catch (const store::StoreError&) {
  }
  impl_->pool = std::make_unique<Pool>(opt.db, opt.threads);
  std::error_code ec;
  impl_->web = std::filesystem::is_regular_file(impl_->opt.web_dir + "/index.html", ec);
  auto& http = impl_->http;
  int threads = std::max(1, opt.threads);
  http.set_tcp_nodelay(true);  // small JSON replies go out at once (no 40 ms Nagle delay)
  // HTTP workers outnumber store connections: an idle keep-alive connection
  // holds its worker, so too few workers leave new connections waiting in the
  // listen queue for seconds. Queries still run on at most `threads` connections.
  size_t http_threads = static_cast<size_t>(std::max(32, threads * 8));
  http.new_task_queue = [http_threads] { return new httplib::ThreadPool(http_threads); };
  http.set_keep_alive_timeout(2);
  Pool* pool = impl_->pool.get();
  http.Get(R"(/api(/.*)?)", [pool](const httplib::Request& req, httplib::Response& res) {
    Params params;
    for (const auto& [k, v] : req.params) params.emplace(k, v);  // first value of each name
    ApiResponse r;
    {
      auto lease = pool->take();
      store::Queries q(*lease.store);
      r = handle_api(q, req.path, params);
    }
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(r.body, "application/json; charset=utf-8");
  });
  if (impl_->web) {
    http.set_mount_point("/", impl_->opt.web_dir);
    std::string index = impl_->opt.web_dir + "/index.html";
    http.Get(".*", [index](const httplib::Request&, httplib::Response& res) {
      std::ifstream in(index, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      res.set_content(ss.str(), "text/html; charset=utf-8");
    });
  } else {
    http.Get(".*", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kNotBuilt, "text/html; charset=utf-8");
    });
  }
}

Server::~Server() { stop(); }

int Server::bind() {
  if (impl_->opt.port == 0) return impl_->http.bind_to_any_port(impl_->opt.host.c_str());
  return impl_->http.bind_to_port(impl_->opt.host.c_str(), impl_->opt.port) ? impl_->opt.port : -1;
}

void Server::listen() { impl_->http.listen_after_bind(); }
void Server::stop() {
  if (impl_->http.is_running()) impl_->http.stop();
}
bool Server::running() const { return impl_->http.is_running(); }
bool Server::web_available() const { return impl_->web; }
const std::string& Server::web_dir() const { return impl_->opt.web_dir; }

}  // namespace dyad::serve
