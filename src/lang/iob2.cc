// The IOB2 reader.
#include "lang/iob2.h"

#include <fstream>
#include <sstream>

namespace dyad::lang {

bool read_iob2_file(const std::string& path, std::vector<Iob2Sentence>& out, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ": cannot open";
    return false;
  }
  Iob2Sentence cur;
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!cur.forms.empty()) out.push_back(std::move(cur));
      cur = {};
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(c);
    if (cols.size() < 3) {
      error = path + ": line " + std::to_string(n) + ": expected at least 3 tab-separated columns";
      return false;
    }
    cur.forms.push_back(cols[1]);
    cur.labels.push_back(cols[2]);
  }
  if (!cur.forms.empty()) out.push_back(std::move(cur));
  return true;
}

}  // namespace dyad::lang
