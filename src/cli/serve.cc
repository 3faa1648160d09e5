// `dyad serve --db FILE [--port 8080] [--host 127.0.0.1] [--web DIR]
// [--allow-host NAME]`: serves the analyst's web terminal and its JSON API
// (docs/api.md) over a store until Ctrl-C (SIGINT) or SIGTERM. A port already
// in use is refused (exit code 4).
#include <signal.h>

#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "serve/server.h"
#include "store/store.h"

namespace dyad::cli {

namespace {
struct ServeArgs {
  std::string db = "dyad.sqlite", host = "127.0.0.1", web;
  int port = 8080, threads = 4, max_connections = 256;
  std::vector<std::string> allow_hosts;
};
}  // namespace

void register_serve(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "Serve the analyst's web terminal and its JSON API over a store.");
  cmd->add_option("--db", args->db, "Store from `dyad ingest`: SQLite file or postgresql:// URL")->default_val("dyad.sqlite");
  cmd->add_option("--port", args->port, "TCP port (0 = any free port)")->default_val(8080)->check(CLI::Range(0, 65535));
  cmd->add_option("--host", args->host, "Address to listen on (loopback by default)")->default_val("127.0.0.1");
  cmd->add_option("--web", args->web, "Built front end to serve (default: the source tree's web/dist)");
  cmd->add_option("--threads", args->threads, "Store connections (queries at once)")->default_val(4)->check(CLI::Range(1, 64));
  cmd->add_option("--allow-host", args->allow_hosts,
                  "Accept this name in the Host header besides the loopback names (repeatable; e.g. a LAN name "
                  "when serving with --host 0.0.0.0)");
  cmd->add_option("--max-connections", args->max_connections, "Open connections at most (more get 503)")
      ->default_val(256)->check(CLI::Range(1, 4096));
  cmd->callback([args] {
    // Block the stop signals in every thread; one thread waits for them.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::unique_ptr<serve::Server> server;
    try {
      serve::ServerOptions opt{.db = args->db,
                               .host = args->host,
                               .port = args->port,
                               .web_dir = args->web,
                               .threads = args->threads,
                               .allow_hosts = args->allow_hosts,
                               .max_connections = args->max_connections};
      server = std::make_unique<serve::Server>(opt);
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << e.what() << "\n";
      set_exit_code(3);
      return;
    }
    int port = server->bind();
    if (port < 0) {
      std::cerr << "dyad: " << server->bind_error() << "\n";
      set_exit_code(4);
      return;
    }
    if (!server->web_available())
      std::cerr << "dyad: front end not built (" << server->web_dir() << "): run make web; serving the API only\n";
    std::cout << "dyad: serving " << args->db << " at http://" << args->host << ":" << port << "/ (Ctrl-C stops)"
              << std::endl;
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&set, &sig);
      server->stop();
    });
    server->listen();
    // listen returned (stopped by the signal, or failed): release the waiter.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    std::cerr << "dyad: stopped\n";
    set_exit_code(0);
  });
}

}  // namespace dyad::cli
