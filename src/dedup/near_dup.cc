// Near-duplicate detection (placeholder: exact clean-text matches only).
#include "dedup/near_dup.h"

#include <unordered_map>

namespace dyad::dedup {

void mark_duplicates(std::vector<Document>& docs) {
  std::unordered_map<std::string, std::string> seen;
  for (auto& d : docs) {
    auto [it, fresh] = seen.emplace(d.text, d.id);
    if (!fresh && !d.text.empty()) d.duplicate_of = it->second;
  }
}

}  // namespace dyad::dedup
