// The version-6 re-encoding of migrate.h: one document at a time, so a large
// store is never held in memory.
#include "store/migrate.h"

#include <vector>

#include "store/blobs.h"
#include "store/statement.h"
#include "store/store.h"

namespace dyad::store {

namespace {

// True when `raw` is a zstd frame (magic 28 B5 2F FD) that decodes against `text`.
bool packed_already(std::string_view raw, std::string_view text) {
  if (raw.size() < 4 || raw.substr(0, 4) != std::string_view("\x28\xb5\x2f\xfd", 4)) return false;
  try {
    unpack_raw(raw, text);
    return true;
  } catch (const StoreError&) {
    return false;
  }
}

}  // namespace

void pack_documents_v6(Connection* db) {
  std::vector<long long> rows;
  {
    Statement all(db, "SELECT rowid FROM documents ORDER BY rowid");
    while (all.step()) rows.push_back(all.integer(0));
  }
  Statement read(db, "SELECT raw, text, offset_map FROM documents WHERE rowid = ?1");
  Statement write(db, "UPDATE documents SET raw = ?1, offset_map = ?2 WHERE rowid = ?3");
  for (long long row : rows) {
    read.reset();
    read.bind(1, row);
    if (!read.step()) continue;
    std::string text(read.view(1));
    write.reset();
    if (read.is_null(0)) {
      write.bind_null(1);
    } else {
      if (packed_already(read.view(0), text)) continue;
      write.bind_blob(1, pack_raw(read.view(0), text));
    }
    write.bind_blob(2, pack_offsets(unpack_offsets_v5(read.view(2))));
    write.bind(3, row);
    write.step();
  }
}

}  // namespace dyad::store
