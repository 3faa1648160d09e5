// Near-duplicate detection over clean texts (placeholder until MinHash lands).
#pragma once

#include <vector>

#include "doc/document.h"

namespace dyad::dedup {

// Sets duplicate_of on documents that repeat an earlier one in the batch.
void mark_duplicates(std::vector<Document>& docs);

}  // namespace dyad::dedup
