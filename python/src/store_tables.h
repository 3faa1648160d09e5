// Tables read from a store for `dyad.open(db)`: events, dyad series and the
// network with the columns of `dyad export` (src/cli/export.cc), as column
// dicts (name -> list) that pandas.DataFrame takes directly.
#pragma once

#include <pybind11/pybind11.h>

#include <string>

namespace dyad::python {

struct TableQuery {
  std::string from, to;               // dates YYYY[-MM[-DD]], empty = open
  std::string granularity = "month";  // dyads: day | week | month
  bool rollup = false;                // codes rolled up to country/organisation
  long long min_events = 1;           // network: smallest edge kept
};

// what: "events" | "dyads" | "network" | "nodes". Throws StoreError naming the
// file when it is not a readable dyad store.
pybind11::dict store_table(const std::string& db, const std::string& what, const TableQuery& q);

}  // namespace dyad::python
