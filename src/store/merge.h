// Merging stores: the documents and analysis layers of a partition store
// (written by one worker of a distributed run) are copied into an output
// store, as if the output had ingested the partition's files itself.
#pragma once

#include <cstddef>
#include <string>

#include "store/store.h"

namespace dyad::store {

struct MergeCounts {
  size_t inserted = 0;    // documents new to the output
  size_t replaced = 0;    // same id, other bytes: the output's version replaced
  size_t unchanged = 0;   // bytes already in the output (by content hash)
  size_t duplicates = 0;  // copies found only across partitions (near-duplicate of an output document)
};

// Copies `part` (a store of this schema version) into `out` in one
// transaction, document by document in the part's order: documents keep
// their ids, a content hash already present is skipped (so merging twice
// changes nothing), a near-duplicate of an output document is linked to it
// (its events left out of the model, the kept copy's metadata completed),
// and the layer rows go through the output's triggers, so actor counts,
// dyad tables and totals stay right. Call out.refresh_model() after the last
// part. Throws StoreError naming the file on any problem (nothing is copied).
MergeCounts merge_store(Store& out, const std::string& part);

}  // namespace dyad::store
