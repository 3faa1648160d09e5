// The seed articles' raw texts (../shared/seeds beside the source tree), read
// once by the benchmarks that time stages on real news; empty without them.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

inline std::vector<std::string> seed_texts() {
  std::vector<std::string> out;
  std::string dir = std::string(DYAD_DATA_DIR) + "/../../shared/seeds";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}
