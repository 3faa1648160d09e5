// Reads a KTAB XML scenario (smpSchema.xsd): name, description, PRNG seed,
// optional model parameters, dimension names, actors with capability,
// position and salience (0..100), and the optional ideal adjustments.
#include <charconv>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "sim/scenario.h"
#include "sim/xml_lite.h"

namespace dyad::sim {
namespace {

struct XmlReader {
  const std::string& path;

  const XmlElement& need(const XmlElement& parent, const std::string& name) const {
    const XmlElement* c = parent.child(name);
    if (!c)
      throw ScenarioError(path, parent.line,
                          fmt::format("<{}> is missing its <{}> element", parent.name, name));
    return *c;
  }
  const std::string& text(const XmlElement& e, const std::string& what) const {
    if (e.text.empty())
      throw ScenarioError(path, e.line, fmt::format("empty <{}> ({})", e.name, what));
    return e.text;
  }
  double number(const XmlElement& e, const std::string& what) const {
    const std::string& s = text(e, what);
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
      throw ScenarioError(path, e.line, fmt::format("<{}> ({}) is not a number: '{}'", e.name,
                                                    what, s));
    return v;
  }
  ScenarioActor actor(const XmlElement& e, size_t m) const {
    ScenarioActor a;
    a.name = text(need(e, "name"), "actor name");
    if (const XmlElement* d = e.child("description")) a.description = d->text;
    a.capability = number(need(e, "capability"), "capability of " + a.name);
    auto coords = need(e, "Position").all("dCoord");
    auto sals = need(e, "Salience").all("dSal");
    if (coords.size() != m || sals.size() != m)
      throw ScenarioError(path, e.line, fmt::format("actor {} has {} positions and {} saliences "
                                                    "for {} dimensions",
                                                    a.name, coords.size(), sals.size(), m));
    for (size_t k = 0; k < m; ++k) {
      a.position.push_back(number(*coords[k], fmt::format("position {} of {}", k + 1, a.name)) / 100.0);
      a.salience.push_back(number(*sals[k], fmt::format("salience {} of {}", k + 1, a.name)) / 100.0);
    }
    check_actor(a, path, e.line);
    return a;
  }
  void adjustments(const XmlElement& e, Scenario& sc) const {
    size_t n = sc.num_actors();
    auto index = [&](const XmlElement& x) {
      const std::string& name = text(x, "actor name");
      for (size_t i = 0; i < n; ++i)
        if (sc.actors[i].name == name) return i;
      throw ScenarioError(path, x.line, fmt::format("unknown actor '{}' in <{}>", name, x.name));
    };
    for (const XmlElement* p : e.all("iaPair")) {
      size_t i = index(need(*p, "adjustingIdeal"));
      size_t j = index(need(*p, "referencePos"));
      sc.accommodation[i * n + j] = number(need(*p, "adjust"), "ideal adjustment");
    }
  }
};

unsigned long long parse_seed(const XmlElement& e, const std::string& path) {
  unsigned long long v = 0;
  auto [p, ec] = std::from_chars(e.text.data(), e.text.data() + e.text.size(), v);
  if (ec != std::errc() || p != e.text.data() + e.text.size())
    throw ScenarioError(path, e.line, fmt::format("<prngSeed> is not a 64-bit number: '{}'", e.text));
  return v;
}

}  // namespace

Scenario read_scenario_xml(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ScenarioError(path, 0, "cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_scenario_xml(ss.str(), path);
}

Scenario parse_scenario_xml(const std::string& text, const std::string& path) {
  XmlElement root = parse_xml(text, path);
  if (root.name != "Scenario")
    throw ScenarioError(path, root.line, fmt::format("root element is <{}>, not <Scenario>", root.name));
  XmlReader r{path};
  Scenario sc;
  sc.source = path;
  sc.name = r.text(r.need(root, "name"), "scenario name");
  if (const XmlElement* d = root.child("desc")) sc.description = d->text;
  if (const XmlElement* s = root.child("prngSeed"); s && !s->text.empty())
    sc.seed = parse_seed(*s, path);
  if (const XmlElement* mp = root.child("ModelParameters"))
    for (const auto& p : mp->children)
      if (auto err = set_parameter(sc.settings, p.name, p.text)) throw ScenarioError(path, p.line, *err);
  const XmlElement& dims = r.need(root, "Dimensions");
  for (const XmlElement* d : dims.all("dName")) sc.dimensions.push_back(r.text(*d, "dimension name"));
  const XmlElement& actors = r.need(root, "Actors");
  auto list = actors.all("Actor");
  check_sizes(list.size(), sc.num_dims(), path, actors.line);
  for (const XmlElement* a : list) sc.actors.push_back(r.actor(*a, sc.num_dims()));
  sc.accommodation = identity_matrix(sc.num_actors());
  if (const XmlElement* ia = root.child("IdealAdjustment")) r.adjustments(*ia, sc);
  return sc;
}

}  // namespace dyad::sim
