// The first-level subdivisions (states, provinces, territories) of the
// countries named in data/actors/subdivisions.txt, read from Debian's
// iso-codes (ISO 3166-2): "South Dakota Gov. X" and "the New York attorney
// general" name a United States official through the state they serve.
#pragma once

#include <string>
#include <vector>

namespace dyad::actors {

struct Subdivision {
  std::string country;              // ISO alpha-3
  std::vector<std::string> names;   // as ISO writes it, then without accents
};

// Subdivisions of the listed countries and types. A name two listed
// countries share (Punjab) names neither and is left out. `warning` is set
// when iso-codes cannot be read.
std::vector<Subdivision> load_subdivisions(std::string& warning);

}  // namespace dyad::actors
