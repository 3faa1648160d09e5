// Steps of the schema migrations that need more than SQL (store.cc runs them
// inside the migrating transaction, on either back end).
#pragma once

#include "store/connection.h"

namespace dyad::store {

// Version 6: re-encodes the originals and offset maps of documents written
// by versions 1-5 (raw bytes, 16-byte segments) as blobs.h packs them. A row
// whose original already decodes against its text is left as it is.
void pack_documents_v6(Connection* db);

}  // namespace dyad::store
