// The query parameters every API endpoint shares, read and checked in one
// place, so the routes (api.cc, sim_api.cc) accept and refuse exactly the
// same values with the same messages; a bad value throws BadRequest, which
// the routes answer with its status and {"error": message}.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/model.h"
#include "store/queries.h"

namespace dyad::serve {

using Params = std::map<std::string, std::string>;

// A request the API refuses: 400 (bad parameter), 404 (unknown id or
// endpoint), 422 (a well-formed request the data cannot answer).
struct BadRequest {
  int status;
  std::string message;
};
[[noreturn]] void bad_request(const std::string& message, int status = 400);

// The parameter's value, "" when absent.
std::string get(const Params& p, const std::string& k);

// True for a date of the window form YYYY, YYYY-MM or YYYY-MM-DD with a real
// month and day ("2024-02-30" is not one).
bool is_date_prefix(const std::string& v);

// Integers (decimal digits only) within [lo, hi]; `def` when absent.
long long int_param(const Params& p, const std::string& k, long long def, long long lo, long long hi);
// Plain decimals ("0.05") within [lo, hi]; `def` when absent.
double real_param(const Params& p, const std::string& k, double def, double lo, double hi);
// 0/1 (or false/true); false when absent.
bool bool_param(const Params& p, const std::string& k);
// A date YYYY[-MM[-DD]], "" when absent.
std::string date_param(const Params& p, const std::string& k);
// `from` and `to` as a window ('from' after 'to' refused).
store::Window window_param(const Params& p);
// An actor code (letters, digits, ':', '_', '.', '-'; up to 64), "" when absent and not required.
std::string code_param(const Params& p, const std::string& k, bool required);
bool is_actor_code(const std::string& v);
// A comma-separated list, items trimmed, empty items dropped.
std::vector<std::string> list_param(const Params& p, const std::string& k);
// A comma-separated list of at most `max` actor codes.
std::vector<std::string> codes_param(const Params& p, const std::string& k, size_t max);
// modality=asserted,reported: the names of event modalities (see store::EventFilter).
std::vector<std::string> modality_param(const Params& p);
// day | week | month; month when absent.
model::Granularity granularity_param(const Params& p);

}  // namespace dyad::serve
