// The `dyad._core` extension module: Engine (analyze texts or files, ingest
// into a store), expand_paths and merge. The Python package (python/dyad/)
// wraps it with keyword options, DataFrames and the Dask runner.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <stdexcept>

#include "engine.h"
#include "ingest/read.h"
#include "store/merge.h"
#include "store/store.h"
#include "store_tables.h"
#include "to_python.h"

namespace py = pybind11;
using namespace dyad::python;

namespace {

py::list error_list(const std::vector<InputError>& errors) {
  py::list out;
  for (const auto& e : errors) out.append(py::make_tuple(e.where, e.message));
  return out;
}

py::tuple analysis_result(Analysis&& a) { return py::make_tuple(to_python(a.contract), error_list(a.errors)); }

py::dict ingest_result(const IngestCounts& c) {
  py::dict d;
  d["files"] = c.files;
  d["documents"] = c.documents;
  d["inserted"] = c.inserted;
  d["updated"] = c.updated;
  d["unchanged"] = c.unchanged;
  d["duplicates"] = c.duplicates;
  d["errors"] = error_list(c.errors);
  return d;
}

py::dict merge_parts(const std::string& out_path, const std::vector<std::string>& parts, bool refresh_model) {
  dyad::store::MergeCounts total;
  size_t documents = 0;
  {
    py::gil_scoped_release release;
    dyad::store::Store out(out_path);
    for (const auto& p : parts) {
      auto c = dyad::store::merge_store(out, p);
      total.inserted += c.inserted;
      total.replaced += c.replaced;
      total.unchanged += c.unchanged;
      total.duplicates += c.duplicates;
    }
    if (refresh_model) out.refresh_model();
    documents = out.document_count();
  }
  py::dict d;
  d["inserted"] = total.inserted;
  d["replaced"] = total.replaced;
  d["unchanged"] = total.unchanged;
  d["duplicates"] = total.duplicates;
  d["documents"] = documents;
  return d;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "Dyad's C++ engine (use the `dyad` package, not this module directly)";
  py::register_exception<dyad::store::StoreError>(m, "StoreError", PyExc_OSError);

  py::class_<Engine>(m, "Engine")
      .def(py::init([](std::vector<std::string> actors, std::vector<std::string> agents,
                       std::vector<std::string> verbs, bool default_actors, bool default_verbs) {
             EngineConfig c{std::move(actors), std::move(agents), std::move(verbs), default_actors, default_verbs};
             py::gil_scoped_release release;
             return std::make_unique<Engine>(c);
           }),
           py::arg("actors"), py::arg("agents"), py::arg("verbs"), py::arg("default_actors"),
           py::arg("default_verbs"))
      .def(
          "analyze_texts",
          [](const Engine& e, const std::vector<std::string>& texts, const std::vector<std::string>& ids,
             bool with_text, int jobs) {
            if (ids.size() != texts.size()) throw std::invalid_argument("ids: one id per text is needed");
            Analysis a;
            {
              py::gil_scoped_release release;
              a = e.analyze_texts(texts, ids, with_text, jobs);
            }
            return analysis_result(std::move(a));
          },
          py::arg("texts"), py::arg("ids"), py::arg("with_text"), py::arg("jobs"))
      .def(
          "analyze_files",
          [](const Engine& e, const std::vector<std::string>& paths, bool with_text, int jobs) {
            Analysis a;
            {
              py::gil_scoped_release release;
              a = e.analyze_files(paths, with_text, jobs);
            }
            return analysis_result(std::move(a));
          },
          py::arg("paths"), py::arg("with_text"), py::arg("jobs"))
      .def(
          "ingest",
          [](const Engine& e, const std::vector<std::string>& paths, const std::string& db, int jobs,
             bool refresh_model) {
            IngestCounts c;
            {
              py::gil_scoped_release release;
              c = e.ingest(paths, db, jobs, refresh_model);
            }
            return ingest_result(c);
          },
          py::arg("paths"), py::arg("db"), py::arg("jobs"), py::arg("refresh_model"));

  m.def(
      "expand_paths",
      [](const std::vector<std::string>& paths) {
        std::vector<dyad::ingest::ReadError> errors;
        std::vector<std::string> files = dyad::ingest::expand_paths(paths, errors);
        py::list errs;
        for (const auto& e : errors) errs.append(py::make_tuple(e.path, e.message));
        return py::make_tuple(files, errs);
      },
      py::arg("paths"), "Files under the given files and folders, in the order `dyad ingest` reads them");
  m.def("merge", &merge_parts, py::arg("out"), py::arg("parts"), py::arg("refresh_model") = true,
        "Merge partition stores into `out` (an SQLite file or a postgresql:// URL), as `dyad merge OUT PART...`; "
        "refresh_model=False leaves the model tables to a later merge");
  m.def(
      "store_table",
      [](const std::string& db, const std::string& what, std::string from, std::string to, std::string granularity,
         bool rollup, long long min_events) {
        return store_table(db, what, {std::move(from), std::move(to), std::move(granularity), rollup, min_events});
      },
      py::arg("db"), py::arg("what"), py::arg("from_"), py::arg("to"), py::arg("granularity"), py::arg("rollup"),
      py::arg("min_events"), "Columns (name -> list) of events, dyads, network or nodes of a store");
  m.attr("SCHEMA_VERSION") = dyad::store::kSchemaVersion;
}
