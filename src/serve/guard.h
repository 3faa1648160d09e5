// Connection handling for the terminal's HTTP server, in front of
// cpp-httplib's request parser: a worker pool that grows with the open
// connections (up to a cap), a deadline on each whole request head (a client
// sending a header line a second is cut off, not waited for per line), a
// deadline on bodies, an idle keep-alive timeout, and a cap on open
// connections answered with 503. Slow clients therefore hold one thread each
// for a bounded time and never keep a well-formed request waiting.
#pragma once

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <cstddef>

namespace dyad::serve {

struct GuardLimits {
  int max_connections = 256;
  int header_timeout_ms = 10000;   // from the first byte of a request to its blank line
  int keep_alive_ms = 2000;        // idle time allowed between requests
  int read_timeout_ms = 5000;      // silence allowed while reading a body
  int body_timeout_ms = 30000;     // a whole body
  int write_timeout_ms = 5000;
  int requests_per_connection = 100;
};

class GuardedHttp : public httplib::Server {
 public:
  explicit GuardedHttp(const GuardLimits& limits);
  // From a handler: the connection is closed after this response (a request
  // whose body was not read, a refused request).
  static void close_after_response();
  int open_connections() const { return open_.load(); }
  // After binding: a listen queue of `n` (httplib's 5 drops the SYNs of a
  // burst of connections, each dropped one waiting a second to retry).
  void widen_backlog(int n) {
    if (svr_sock_ != INVALID_SOCKET) ::listen(svr_sock_, n);
  }
  // True once stop() closed the listening socket (workers then give up waiting).
  bool stopping() const { return svr_sock_ == INVALID_SOCKET; }

 private:
  bool process_and_close_socket(socket_t sock) override;
  bool serve_connection(socket_t sock);
  GuardLimits limits_;
  std::atomic<int> open_{0};
};

// A task queue whose threads grow with demand up to `max_threads` (then tasks
// wait), so each open connection has its own worker.
httplib::TaskQueue* new_elastic_pool(size_t max_threads);

// Writes a complete JSON error response (Connection: close) straight to a socket.
void send_raw_error(int sock, int status, const char* reason, const std::string& message);

}  // namespace dyad::serve
