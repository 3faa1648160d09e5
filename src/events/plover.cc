// The CAMEO -> PLOVER table (see plover.h).
#include "events/plover.h"

#include <fstream>
#include <sstream>

#include "base/text.h"

namespace dyad::events {

PloverTable PloverTable::load_file(const std::string& path) {
  PloverTable t;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string code, type, mode;
    if (!std::getline(f, code, '\t') || !std::getline(f, type, '\t') || !std::getline(f, mode, '\t') ||
        code.empty() || type.empty()) {
      ++t.bad_lines_;
      continue;
    }
    t.rows_[code] = {type, mode == "-" ? std::string() : mode};
  }
  return t;
}

const PloverTable& PloverTable::builtin() {
  static const PloverTable t = load_file(base::data_dir() + "/events/plover.tsv");
  return t;
}

PloverType PloverTable::lookup(std::string_view code) const {
  // Letter variants of dictionaries ("174K") read as their digits.
  size_t n = 0;
  while (n < code.size() && code[n] >= '0' && code[n] <= '9') ++n;
  for (; n >= 2; --n) {
    auto it = rows_.find(std::string(code.substr(0, n)));
    if (it != rows_.end()) return it->second;
  }
  return {};
}

}  // namespace dyad::events
