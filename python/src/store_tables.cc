// store_table (store_tables.h): the store's read queries (src/store/queries.h)
// and the system model (src/model/) into columns, outside the GIL.
#include "store_tables.h"

#include <pybind11/stl.h>

#include <map>
#include <stdexcept>
#include <variant>
#include <vector>

#include "events/plover.h"
#include "model/model.h"
#include "store/queries.h"
#include "store/store.h"

namespace dyad::python {

namespace py = pybind11;

namespace {

using Column = std::variant<std::vector<std::string>, std::vector<long long>, std::vector<double>>;
using Columns = std::vector<std::pair<std::string, Column>>;

template <class T>
std::vector<T>& col(Columns& c, size_t i) {
  return std::get<std::vector<T>>(c[i].second);
}

Columns events_table(const store::Queries& q, const TableQuery& t) {
  using S = std::vector<std::string>;
  using I = std::vector<long long>;
  Columns c = {{"id", I{}},        {"date", S{}},  {"source", S{}},     {"source_name", S{}}, {"target", S{}},
               {"target_name", S{}}, {"code", S{}},  {"root", S{}},       {"quad_class", I{}},  {"goldstein", std::vector<double>{}},
               {"doc", S{}},       {"sentence", I{}}, {"modality", S{}}, {"text", S{}},
               {"plover_type", S{}}, {"plover_mode", S{}}};
  q.each_event({t.from, t.to}, [&](const store::EventRow& e) {
    col<long long>(c, 0).push_back(e.id);
    for (auto [i, v] : {std::pair{1, &e.date}, {2, &e.source}, {3, &e.source_name}, {4, &e.target},
                        {5, &e.target_name}, {6, &e.code}, {7, &e.root}, {10, &e.doc}, {12, &e.modality},
                        {13, &e.text}})
      col<std::string>(c, static_cast<size_t>(i)).push_back(*v);
    col<long long>(c, 8).push_back(e.quad);
    col<double>(c, 9).push_back(e.goldstein);
    col<long long>(c, 11).push_back(e.sentence);
    events::PloverType pl = events::PloverTable::builtin().lookup(e.code);
    col<std::string>(c, 14).push_back(pl.type);
    col<std::string>(c, 15).push_back(pl.mode);
  });
  return c;
}

std::vector<model::DyadCount> counts(const store::Queries& q, const TableQuery& t) {
  auto rows = q.dyad_counts("", "", {t.from, t.to}, false);
  return t.rollup ? model::rollup_rows(rows) : rows;
}

Columns dyads_table(const store::Queries& q, const TableQuery& t) {
  auto g = model::parse_granularity(t.granularity);
  if (!g) throw std::invalid_argument("granularity must be day, week or month, not '" + t.granularity + "'");
  std::map<std::pair<std::string, std::string>, std::vector<model::DyadCount>> by;
  for (auto& r : counts(q, t)) by[{r.source, r.target}].push_back(std::move(r));
  using S = std::vector<std::string>;
  using I = std::vector<long long>;
  Columns c = {{"source", S{}},  {"target", S{}},         {"period", S{}},          {"neutral", I{}},
               {"verbal_cooperation", I{}}, {"material_cooperation", I{}}, {"verbal_conflict", I{}},
               {"material_conflict", I{}},  {"events", I{}},           {"mean_goldstein", std::vector<double>{}}};
  for (const auto& [pair, list] : by)
    for (const auto& s : model::dyad_series(list, *g)) {
      col<std::string>(c, 0).push_back(pair.first);
      col<std::string>(c, 1).push_back(pair.second);
      col<std::string>(c, 2).push_back(s.period);
      for (size_t k = 0; k < 5; ++k) col<long long>(c, 3 + k).push_back(s.quad[k]);
      col<long long>(c, 8).push_back(s.events);
      col<double>(c, 9).push_back(s.mean_goldstein);
    }
  return c;
}

Columns network_table(const store::Queries& q, const TableQuery& t, bool nodes) {
  // The network `dyad export` and the terminal draw: every counted event of
  // the window (with no window, undated events too).
  auto net = model::build_network(q.pair_totals({t.from, t.to}, t.rollup), {}, t.min_events);
  using S = std::vector<std::string>;
  using I = std::vector<long long>;
  using D = std::vector<double>;
  if (nodes) {
    Columns c = {{"id", S{}}, {"name", S{}}, {"degree", I{}}, {"centrality", D{}}, {"hedging", D{}}, {"events", I{}}};
    for (const auto& n : net.nodes) {
      col<std::string>(c, 0).push_back(n.id);
      col<std::string>(c, 1).push_back(q.actor_name(n.id));
      col<long long>(c, 2).push_back(n.degree);
      col<double>(c, 3).push_back(n.centrality);
      col<double>(c, 4).push_back(n.hedging);
      col<long long>(c, 5).push_back(n.events);
    }
    return c;
  }
  Columns c = {{"source", S{}}, {"target", S{}}, {"events", I{}}, {"cooperation", I{}},
               {"conflict", I{}}, {"weight", D{}}, {"sign", I{}}};
  for (const auto& e : net.edges) {
    col<std::string>(c, 0).push_back(e.source);
    col<std::string>(c, 1).push_back(e.target);
    col<long long>(c, 2).push_back(e.events);
    col<long long>(c, 3).push_back(e.cooperation);
    col<long long>(c, 4).push_back(e.conflict);
    col<double>(c, 5).push_back(e.weight);
    col<long long>(c, 6).push_back(e.sign);
  }
  return c;
}

}  // namespace

py::dict store_table(const std::string& db, const std::string& what, const TableQuery& t) {
  Columns c;
  {
    py::gil_scoped_release release;
    store::Store s(db, true);
    store::Queries q(s);
    if (what == "events") c = events_table(q, t);
    else if (what == "dyads") c = dyads_table(q, t);
    else if (what == "network") c = network_table(q, t, false);
    else if (what == "nodes") c = network_table(q, t, true);
    else throw std::invalid_argument("unknown table '" + what + "' (events, dyads, network, nodes)");
  }
  py::dict out;
  for (auto& [name, column] : c) std::visit([&](auto& v) { out[py::str(name)] = py::cast(v); }, column);
  return out;
}

}  // namespace dyad::python
