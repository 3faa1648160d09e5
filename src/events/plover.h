// CAMEO -> PLOVER: the PLOVER event type and mode of a CAMEO event code, read
// from data/events/plover.tsv (longest listed prefix of the code decides).
// POLECAT-era users read events by PLOVER type; Dyad codes in CAMEO and adds
// the PLOVER reading beside it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace dyad::events {

struct PloverType {
  std::string type;  // "DISAPPROVE", "" when the code has no PLOVER type
  std::string mode;  // "accuse", "" when none
};

class PloverTable {
 public:
  // Reads code<TAB>type<TAB>mode lines ('#' comments, "-" = no mode); bad lines are counted.
  static PloverTable load_file(const std::string& path);
  // data/events/plover.tsv, loaded once (thread-safe).
  static const PloverTable& builtin();
  // The type and mode of a CAMEO code (empty type when none fits).
  PloverType lookup(std::string_view code) const;
  size_t size() const { return rows_.size(); }
  size_t bad_lines() const { return bad_lines_; }

 private:
  std::unordered_map<std::string, PloverType> rows_;
  size_t bad_lines_ = 0;
};

}  // namespace dyad::events
