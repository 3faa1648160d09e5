// The terminal's JSON API (docs/api.md) as a pure function of a request path
// and its parameters over a store's queries: no HTTP here, so it can be called
// directly by tests and benchmarks. src/serve/server.h puts it on HTTP.
#pragma once

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "export/export.h"
#include "serve/params.h"
#include "store/queries.h"

namespace dyad::serve {

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON ({"error": "..."} when status >= 400), or an export file
  std::string content_type = "application/json; charset=utf-8";
  std::string filename = "";  // an export: sent as an attachment of this name
};

// The answer of an endpoint that renders `make()` as JSON: a BadRequest
// thrown on the way is answered with its status, a store error with 500,
// anything else with 500 "internal error"; every error body is {"error": "..."}.
ApiResponse answer_json(const std::function<nlohmann::json()>& make);

// Answers GET `path` (starting with /api/) with query parameters `params`.
// Never throws: bad parameters give 400, unknown ids 404, store errors 500.
ApiResponse handle_api(const store::Queries& q, const std::string& path, const Params& params);

// /api/export in two steps, for a server that streams the file: checks the
// parameters into `options` and returns the response's head (status 200,
// content type, file name, empty body), or the 400 error; the body is then
// exporter::write(q, options, stream). handle_api does both at once.
ApiResponse export_head(const Params& params, exporter::Options& options);

// The window of the same length just before `w` (for sign changes in the
// network): whole years and months stay whole, other windows go by days;
// nullopt when `w` is open at either end.
std::optional<store::Window> previous_window(const store::Window& w);

// HTML-escapes text, turning the \x02 / \x03 match marks of search snippets
// into <mark> / </mark>.
std::string snippet_html(const std::string& snippet);

}  // namespace dyad::serve
