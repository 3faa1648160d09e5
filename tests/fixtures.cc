// Test helpers shared by every test binary.
#include "fixtures.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "pipeline/pipeline.h"

namespace dyad::testing {

std::string shared_path(const std::string& rel) { return std::string(DYAD_SHARED_DIR) + "/" + rel; }

bool shared_available() { return std::filesystem::exists(shared_path("seeds")); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string temp_dir(const std::string& tag) {
  std::random_device rd;
  auto p = std::filesystem::temp_directory_path() / ("dyad-test-" + tag + "-" + std::to_string(rd()));
  std::filesystem::create_directories(p);
  return p.string();
}

Document process_text(const std::string& text, const std::string& path) {
  Document d = document_from_text(text, path);
  process_document(d);
  return d;
}

CliRun run_dyad(const std::string& args) {
  std::string err_file = temp_dir("stderr") + "/err.txt";
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " 2>" + err_file;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return {-1, "", ""};
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out, read_file(err_file)};
}

}  // namespace dyad::testing
