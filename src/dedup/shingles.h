// Word shingles for near-duplicate detection: the clean text is cut into
// normalised tokens (lower-cased letters and digits; punctuation, quotes of
// any style, backslash escapes and whitespace are all separators) and every
// run of k consecutive tokens is hashed to 64 bits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::dedup {

// A 64-bit finaliser (MurmurHash3's fmix64): spreads a hash's bits.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

inline constexpr int kDefaultShingleWords = 5;

// The normalised tokens of `text` (for tests and debugging; the hot path
// hashes them without building strings).
std::vector<std::string> normalized_tokens(std::string_view text);

// Appends the 64-bit hash of every k-token shingle of `text` to `out`, in text
// order (repeats included). A text with fewer than k tokens (but at least one)
// gives one shingle of all its tokens; a text without tokens gives none.
void shingle_hashes(std::string_view text, std::vector<uint64_t>& out,
                    int k = kDefaultShingleWords);

}  // namespace dyad::dedup
