// The first-level subdivisions (states, provinces, territories) of the
// countries named in data/actors/subdivisions.txt, read from Debian's
// iso-codes (ISO 3166-2): "South Dakota Gov. X" and "the New York attorney
// general" name a United States official through the state they serve.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dyad::actors {

struct Subdivision {
  std::string country;              // ISO alpha-3
  std::vector<std::string> names;   // as ISO writes it, then without accents
};

// Subdivisions of the listed countries and types, their ISO 3166-2 codes'
// alpha-2 prefixes read through `alpha3_by_alpha2` (ISO 3166-1). A name two
// listed countries share (Punjab) names neither and is left out. `warning` is
// set when iso-codes' iso_3166-2.json (or $DYAD_ISO_3166_2) cannot be read.
std::vector<Subdivision> load_subdivisions(const std::map<std::string, std::string>& alpha3_by_alpha2,
                                           std::string& warning);

}  // namespace dyad::actors
