// The encodings of a document's large columns: the original bytes kept as a
// zstd frame compressed against the document's clean text (which is stored
// beside it, so most of the original costs a few bytes), and the offset map
// as varint-packed deltas. Both back ends store these same bytes.
#pragma once

#include <string>
#include <string_view>

#include "doc/offset_map.h"

namespace dyad::store {

// `raw` compressed with `text` as its reference.
std::string pack_raw(std::string_view raw, std::string_view text);
// The original bytes back from pack_raw's output and the same `text`; throws
// StoreError on a damaged frame.
std::string unpack_raw(std::string_view packed, std::string_view text);

// The map's segments as zigzag varints of the gaps to the previous segment's
// ends and of the lengths.
std::string pack_offsets(const OffsetMap& m);
// Reads pack_offsets' bytes; throws StoreError on truncated input.
OffsetMap unpack_offsets(std::string_view packed);
// Schema versions up to 5 stored four little-endian uint32 per segment.
OffsetMap unpack_offsets_v5(std::string_view packed);

}  // namespace dyad::store
