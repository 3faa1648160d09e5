// Checks on the query parameters every API endpoint shares, so the routes
// (api.cc, sim_api.cc) accept and refuse exactly the same values.
#pragma once

#include <string>

namespace dyad::serve {

// True for a date of the window form YYYY, YYYY-MM or YYYY-MM-DD with a real
// month and day ("2024-02-30" is not one).
bool is_date_prefix(const std::string& v);

}  // namespace dyad::serve
