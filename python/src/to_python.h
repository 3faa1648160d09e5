// Converts the engine's contract (nlohmann::json values built by
// src/pipeline/contract.h) into Python objects, value by value (no JSON text
// in between). Needs the GIL.
#pragma once

#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>

namespace dyad::python {

pybind11::object to_python(const nlohmann::json& j);

}  // namespace dyad::python
