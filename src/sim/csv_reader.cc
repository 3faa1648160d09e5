// Reads a KTAB CSV scenario: a title line (name, description, actors,
// dimensions), a header naming the dimensions, then one line per actor
// (name, description, capability, then position and salience per dimension,
// on 0..100). Extra fields and trailing commas are ignored.
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "sim/scenario.h"
#include "base/text.h"

namespace dyad::sim {
namespace {

// Splits one CSV line; double quotes group commas.
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) out.push_back(base::trim_ascii(cur)), cur.clear();
    else cur += c;
  }
  out.push_back(base::trim_ascii(cur));
  return out;
}

struct Reader {
  const std::string& path;
  std::vector<std::string> lines;  // raw lines, 1-based line = index + 1

  const std::string& field(const std::vector<std::string>& f, size_t i, int line,
                           const char* what) const {
    if (i >= f.size() || f[i].empty())
      throw ScenarioError(path, line, fmt::format("missing field {} ({})", i + 1, what));
    return f[i];
  }
  double number(const std::vector<std::string>& f, size_t i, int line, const char* what) const {
    const std::string& s = field(f, i, line, what);
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
      throw ScenarioError(path, line, fmt::format("field {} ({}) is not a number: '{}'", i + 1,
                                                  what, s));
    return v;
  }
  size_t count(const std::vector<std::string>& f, size_t i, int line, const char* what) const {
    double v = number(f, i, line, what);
    if (!(v >= 0 && v <= 1e9) || v != std::floor(v))
      throw ScenarioError(path, line, fmt::format("{} must be a whole number, not {}", what, v));
    return static_cast<size_t>(v);
  }
};

}  // namespace

Scenario parse_scenario_csv(const std::string& text, const std::string& path) {
  Reader r{path, {}};
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) r.lines.push_back(l);
  if (!r.lines.empty() && r.lines[0].rfind("\xEF\xBB\xBF", 0) == 0) r.lines[0].erase(0, 3);
  // Line numbers of the non-blank lines, in order.
  std::vector<int> rows;
  for (size_t i = 0; i < r.lines.size(); ++i)
    if (!base::trim_ascii(r.lines[i]).empty()) rows.push_back(static_cast<int>(i) + 1);
  if (rows.size() < 2) throw ScenarioError(path, 0, "empty scenario: no title and header lines");
  Scenario sc;
  sc.source = path;
  auto title = split(r.lines[rows[0] - 1]);
  sc.name = r.field(title, 0, rows[0], "scenario name");
  sc.description = title.size() > 1 ? title[1] : "";
  size_t n = r.count(title, 2, rows[0], "number of actors");
  size_t m = r.count(title, 3, rows[0], "number of dimensions");
  check_sizes(n, m, path, rows[0]);
  auto header = split(r.lines[rows[1] - 1]);
  for (size_t k = 0; k < m; ++k)
    sc.dimensions.push_back(r.field(header, 3 + 2 * k, rows[1], "dimension name"));
  if (rows.size() < 2 + n)
    throw ScenarioError(path, rows.back(), fmt::format("the title line announces {} actors but "
                                                       "only {} actor lines follow",
                                                       n, rows.size() - 2));
  for (size_t i = 0; i < n; ++i) {
    int line = rows[2 + i];
    auto f = split(r.lines[line - 1]);
    ScenarioActor a;
    a.name = r.field(f, 0, line, "actor name");
    a.description = f.size() > 1 ? f[1] : "";
    a.capability = r.number(f, 2, line, "capability");
    for (size_t k = 0; k < m; ++k) {
      a.position.push_back(r.number(f, 3 + 2 * k, line, "position") / 100.0);
      a.salience.push_back(r.number(f, 4 + 2 * k, line, "salience") / 100.0);
    }
    check_actor(a, path, line);
    sc.actors.push_back(std::move(a));
  }
  sc.accommodation = identity_matrix(n);
  return sc;
}

Scenario read_scenario_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ScenarioError(path, 0, "cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_scenario_csv(ss.str(), path);
}

}  // namespace dyad::sim
