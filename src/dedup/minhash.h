// The compact signature of a text for near-duplicate detection: a MinHash
// sketch (one-permutation hashing with densification, 128 x 32-bit values)
// over the text's 5-word shingles, plus the number of distinct shingles so
// that containment (how much of the smaller text the larger one holds) can be
// estimated as well as Jaccard similarity. Serialises to 520 bytes for the
// store (to_bytes / from_bytes).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/shingles.h"

namespace dyad::dedup {

inline constexpr int kSlots = 128;

struct Signature {
  std::array<uint32_t, kSlots> slots{};
  uint32_t shingles = 0;  // distinct shingles of the text; 0 = no text, never matches

  bool empty() const { return shingles == 0; }
  bool operator==(const Signature&) const = default;

  // "DMH1", the shingle count, then the slots; all little-endian. 520 bytes.
  std::string to_bytes() const;
  // nullopt when the bytes are not a signature of this version.
  static std::optional<Signature> from_bytes(std::string_view bytes);
};

// The signature of a clean text.
Signature signature(std::string_view text, int shingle_words = kDefaultShingleWords);
// The signature of a set of shingle hashes (repeats allowed); sorts them.
Signature signature_of_hashes(std::vector<uint64_t>& hashes);

struct Similarity {
  int matches = 0;           // slots with equal values
  double jaccard = 0;        // estimated |A∩B| / |A∪B|
  double containment = 0;    // estimated |A∩B| / min(|A|, |B|): the smaller text's share in the larger
};

// Similarity estimates; both are 0 when either signature is empty.
Similarity compare(const Signature& a, const Signature& b);

}  // namespace dyad::dedup
