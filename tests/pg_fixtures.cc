// Test helpers for the two store back ends: which one the store, API and
// export suites run on (DYAD_TEST_BACKEND), and fresh PostgreSQL databases in
// the throw-away cluster of scripts/pg-cluster.sh (its URL in DYAD_PG_URL or
// the file DYAD_PG_STATE_FILE, where ctest's pg_cluster_start fixture puts it).
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>

#include "fixtures.h"
#include "store/connection.h"

namespace dyad::testing {

bool test_on_postgres() {
  const char* b = std::getenv("DYAD_TEST_BACKEND");
  return b && std::string(b) == "postgresql";
}

namespace {

std::string cluster_url() {
  if (const char* u = std::getenv("DYAD_PG_URL"); u && *u) return u;
  std::ifstream in(DYAD_PG_STATE_FILE);
  std::string url;
  if (std::getline(in, url) && !url.empty()) return url;
  throw std::runtime_error(std::string("no PostgreSQL test cluster: ") + DYAD_PG_STATE_FILE +
                           " is missing (ctest's pg_cluster_start fixture starts one with scripts/pg-cluster.sh; "
                           "or set DYAD_PG_URL)");
}

}  // namespace

std::string postgres_database(const std::string& tag) {
  std::string url = cluster_url();
  std::random_device rd;
  std::string name = "t_" + tag + "_" + std::to_string(rd());
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  auto admin = store::open_connection(url, false);
  admin->exec("CREATE DATABASE " + name);
  size_t slash = url.find('/', url.find("://") + 3), q = url.find('?');
  return url.substr(0, slash + 1) + name + (q == std::string::npos ? "" : url.substr(q));
}

std::string test_store(const std::string& tag) {
  if (test_on_postgres()) return postgres_database(tag);
  return temp_dir(tag) + "/" + tag + ".sqlite";
}

}  // namespace dyad::testing
