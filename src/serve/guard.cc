// GuardedHttp (src/serve/guard.h): waits for each request head with MSG_PEEK
// and a deadline before handing the connection to httplib's parser through a
// stream that reads the head from memory and the body with deadlines.
#include "serve/guard.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

namespace dyad::serve {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

thread_local bool t_close_after = false;

int ms_until(Clock::time_point end) {
  auto left = std::chrono::duration_cast<milliseconds>(end - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 1 << 30));
}

// Reads the request head from memory (it was taken off the socket whole),
// then the body from the socket, each read within the read timeout and the
// whole body within its deadline.
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(int sock, std::string head, const GuardLimits& l)
      : sock_(sock), head_(std::move(head)), limits_(l),
        body_end_(Clock::now() + milliseconds(l.body_timeout_ms)) {}
  bool is_readable() const override { return pos_ < head_.size() || wait(POLLIN, limits_.read_timeout_ms); }
  bool is_writable() const override { return wait(POLLOUT, limits_.write_timeout_ms); }
  ssize_t read(char* ptr, size_t size) override {
    if (pos_ < head_.size()) {
      size_t n = std::min(size, head_.size() - pos_);
      std::copy_n(head_.data() + pos_, n, ptr);
      pos_ += n;
      return static_cast<ssize_t>(n);
    }
    if (!wait(POLLIN, std::min(limits_.read_timeout_ms, ms_until(body_end_)))) return -1;
    ssize_t n;
    do n = ::recv(sock_, ptr, size, 0);
    while (n < 0 && errno == EINTR);
    return n;
  }
  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    ssize_t n;
    do n = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n;
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override { address(true, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { address(false, ip, port); }
  socket_t socket() const override { return sock_; }

 private:
  bool wait(short events, int ms) const {
    pollfd p{sock_, events, 0};
    int r;
    do r = ::poll(&p, 1, ms);
    while (r < 0 && errno == EINTR);
    return r > 0 && (p.revents & (events | POLLHUP | POLLERR));
  }
  void address(bool peer, std::string& ip, int& port) const {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    int r = peer ? getpeername(sock_, reinterpret_cast<sockaddr*>(&a), &len)
                 : getsockname(sock_, reinterpret_cast<sockaddr*>(&a), &len);
    if (r != 0) return;
    char buf[INET6_ADDRSTRLEN] = {};
    if (a.ss_family == AF_INET) {
      auto* s = reinterpret_cast<sockaddr_in*>(&a);
      inet_ntop(AF_INET, &s->sin_addr, buf, sizeof buf);
      port = ntohs(s->sin_port);
    } else if (a.ss_family == AF_INET6) {
      auto* s = reinterpret_cast<sockaddr_in6*>(&a);
      inet_ntop(AF_INET6, &s->sin6_addr, buf, sizeof buf);
      port = ntohs(s->sin6_port);
    }
    ip = buf;
  }
  int sock_;
  std::string head_;
  size_t pos_ = 0;
  GuardLimits limits_;
  Clock::time_point body_end_;
};

enum class Head { Ready, Closed, Idle, TimedOut };

// Peeks at the socket until a whole request head ("\r\n\r\n") is there;
// `head_len` is its length (0 when the head is over the peek size: httplib
// then reads and refuses it itself).
Head wait_for_head(int sock, int idle_ms, int head_ms, const GuardedHttp& http, size_t& head_len) {
  constexpr size_t kPeek = 16384 + 4;
  thread_local std::vector<char> buf(kPeek);
  const auto idle_end = Clock::now() + milliseconds(idle_ms);
  Clock::time_point head_end{};
  size_t seen = 0;
  head_len = 0;
  for (;;) {
    if (http.stopping()) return Head::Closed;
    ssize_t n = ::recv(sock, buf.data(), buf.size(), MSG_PEEK | MSG_DONTWAIT);
    if (n == 0) return Head::Closed;
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return Head::Closed;
    if (n > 0 && static_cast<size_t>(n) > seen) {
      if (seen == 0) head_end = Clock::now() + milliseconds(head_ms);
      std::string_view v(buf.data(), static_cast<size_t>(n));
      size_t from = seen > 3 ? seen - 3 : 0;
      if (auto t = v.find("\r\n\r\n", from); t != std::string_view::npos) {
        head_len = t + 4;
        return Head::Ready;
      }
      if (auto t = v.find("\n\n", from); t != std::string_view::npos) {
        head_len = t + 2;
        return Head::Ready;
      }
      if (static_cast<size_t>(n) == buf.size()) return Head::Ready;
      seen = static_cast<size_t>(n);
    }
    auto end = seen ? head_end : idle_end;
    int left = ms_until(end);
    if (left == 0) return seen ? Head::TimedOut : Head::Idle;
    if (seen) {
      std::this_thread::sleep_for(milliseconds(std::min(left, 20)));  // bytes wait in the buffer: poll would not block
    } else {
      pollfd p{sock, POLLIN, 0};
      ::poll(&p, 1, std::min(left, 100));
    }
  }
}

class ElasticPool : public httplib::TaskQueue {
 public:
  explicit ElasticPool(size_t max) : max_(std::max<size_t>(1, max)) {}
  ~ElasticPool() override { shutdown(); }
  void enqueue(std::function<void()> fn) override {
    std::lock_guard<std::mutex> lock(mu_);
    jobs_.push_back(std::move(fn));
    if (jobs_.size() > idle_ && threads_.size() < max_) threads_.emplace_back([this] { work(); });
    cv_.notify_one();
  }
  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_ && threads_.empty()) return;
      stopping_ = true;
    }
    cv_.notify_all();
    std::vector<std::thread> all;
    {
      std::lock_guard<std::mutex> lock(mu_);
      all.swap(threads_);
    }
    for (auto& t : all) t.join();
  }

 private:
  void work() {
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> lock(mu_);
        ++idle_;
        cv_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
        --idle_;
        if (jobs_.empty()) return;  // stopping
        fn = std::move(jobs_.front());
        jobs_.pop_front();
      }
      fn();
    }
  }
  size_t max_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  size_t idle_ = 0;
  bool stopping_ = false;
};

}  // namespace

void send_raw_error(int sock, int status, const char* reason, const std::string& message) {
  std::string body = nlohmann::json{{"error", message}}.dump();
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason +
                    "\r\nContent-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n"
                    "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n" + body;
  size_t sent = 0;
  while (sent < out.size()) {
    pollfd p{sock, POLLOUT, 0};
    if (::poll(&p, 1, 1000) <= 0) return;
    ssize_t n = ::send(sock, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<size_t>(n);
  }
}

GuardedHttp::GuardedHttp(const GuardLimits& limits) : limits_(limits) {}

void GuardedHttp::close_after_response() { t_close_after = true; }

bool GuardedHttp::process_and_close_socket(socket_t sock) {
  int open = ++open_;
  bool ok = false;
  if (open > limits_.max_connections) {
    send_raw_error(sock, 503, "Service Unavailable",
                   "too many open connections (" + std::to_string(limits_.max_connections) + "); try again");
  } else {
    ok = serve_connection(sock);
  }
  --open_;
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

bool GuardedHttp::serve_connection(socket_t sock) {
  bool ok = false;
  for (int i = 0; i < limits_.requests_per_connection && !stopping(); ++i) {
    size_t head_len = 0;
    // The first request may take its time to start (a browser's preconnect);
    // later ones on the same connection get the keep-alive timeout.
    // (A second beyond the advertised keep-alive timeout: a client's request
    // sent just before it expires still finds the connection open.)
    int idle = i == 0 ? limits_.header_timeout_ms : limits_.keep_alive_ms + 1000;
    Head h = wait_for_head(sock, idle, limits_.header_timeout_ms, *this, head_len);
    if (h == Head::TimedOut) {
      send_raw_error(sock, 408, "Request Timeout",
                     "the request head did not arrive within " + std::to_string(limits_.header_timeout_ms) + " ms");
      return false;
    }
    if (h != Head::Ready) return ok;
    std::string head(head_len, '\0');
    if (head_len) {
      ssize_t n = ::recv(sock, head.data(), head_len, MSG_WAITALL);
      if (n != static_cast<ssize_t>(head_len)) return false;
    }
    DeadlineStream strm(sock, std::move(head), limits_);
    t_close_after = head_len == 0;  // an oversized head: answer it and close
    bool last = i + 1 == limits_.requests_per_connection || stopping();
    bool closed = false;
    ok = process_request(strm, last, closed, nullptr);
    if (!ok || closed || t_close_after) break;
  }
  return ok;
}

httplib::TaskQueue* new_elastic_pool(size_t max_threads) { return new ElasticPool(max_threads); }

}  // namespace dyad::serve
