// MinHash signatures by one-permutation hashing: each shingle hash falls into
// one of 128 bins (its top 7 bits) and each bin keeps the least of its low 32
// bits. Bins a short text leaves empty are filled by optimal densification
// (Shrivastava 2017): a fixed pseudo-random probe sequence per bin picks the
// non-empty bin to copy from, the same for every text, so equal slots still
// estimate Jaccard similarity.
#include "dedup/minhash.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace dyad::dedup {

namespace {

constexpr char kMagic[4] = {'D', 'M', 'H', '1'};
constexpr size_t kBytes = 4 + 4 + 4 * kSlots;


void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

uint32_t get_u32(std::string_view s, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= uint32_t(static_cast<unsigned char>(s[at + i])) << (8 * i);
  return v;
}

// Exact count of distinct hashes, the low bit left out (as a table keyed by
// `h | 1` would count them). Sorting in place needs no memory beside the
// hashes: a table took two to four times their size, held for the thread's
// life, and a long document's table raised the whole run's peak memory.
uint32_t count_distinct(std::vector<uint64_t>& hashes) {
  if (hashes.empty()) return 0;
  std::sort(hashes.begin(), hashes.end());
  uint32_t distinct = 1;
  for (size_t i = 1; i < hashes.size(); ++i) distinct += (hashes[i] | 1) != (hashes[i - 1] | 1);
  return distinct;
}

}  // namespace

std::string Signature::to_bytes() const {
  std::string out;
  out.reserve(kBytes);
  out.append(kMagic, 4);
  put_u32(out, shingles);
  for (uint32_t v : slots) put_u32(out, v);
  return out;
}

std::optional<Signature> Signature::from_bytes(std::string_view bytes) {
  if (bytes.size() != kBytes || std::memcmp(bytes.data(), kMagic, 4) != 0) return std::nullopt;
  Signature s;
  s.shingles = get_u32(bytes, 4);
  for (int i = 0; i < kSlots; ++i) s.slots[i] = get_u32(bytes, 8 + 4 * i);
  return s;
}

Signature signature_of_hashes(std::vector<uint64_t>& hashes) {
  Signature sig;
  if (hashes.empty()) return sig;
  std::array<uint32_t, kSlots> mins;
  mins.fill(UINT32_MAX);
  uint64_t filled[2] = {0, 0};
  for (uint64_t h : hashes) {
    unsigned bin = static_cast<unsigned>(h >> 57);
    uint32_t v = static_cast<uint32_t>(h);
    mins[bin] = std::min(mins[bin], v);
    filled[bin >> 6] |= uint64_t(1) << (bin & 63);
  }
  auto is_filled = [&](unsigned b) { return (filled[b >> 6] >> (b & 63)) & 1; };
  for (unsigned i = 0; i < kSlots; ++i) {
    if (is_filled(i)) {
      sig.slots[i] = mins[i];
      continue;
    }
    // Probe bins in a fixed order for this bin until a filled one is found.
    unsigned from = kSlots;
    for (uint64_t t = 1; t <= 1024 && from == kSlots; ++t) {
      unsigned j = static_cast<unsigned>(mix64((uint64_t(i) << 32) | t) & (kSlots - 1));
      if (is_filled(j)) from = j;
    }
    if (from == kSlots) {  // vanishingly rare: fall back to the next filled bin
      for (unsigned d = 1; d < kSlots && from == kSlots; ++d)
        if (is_filled((i + d) % kSlots)) from = (i + d) % kSlots;
    }
    sig.slots[i] = mins[from];
  }
  sig.shingles = count_distinct(hashes);
  return sig;
}

Signature signature(std::string_view text, int shingle_words) {
  std::vector<uint64_t> hashes;  // one per shingle, freed with the call
  shingle_hashes(text, hashes, shingle_words);
  return signature_of_hashes(hashes);
}

Similarity compare(const Signature& a, const Signature& b) {
  Similarity s;
  if (a.empty() || b.empty()) return s;
  for (int i = 0; i < kSlots; ++i) s.matches += a.slots[i] == b.slots[i];
  s.jaccard = double(s.matches) / kSlots;
  // |A∩B| = J (|A| + |B|) / (1 + J); share of the smaller set.
  double na = a.shingles, nb = b.shingles;
  double inter = s.jaccard * (na + nb) / (1.0 + s.jaccard);
  s.containment = std::min(1.0, inter / std::min(na, nb));
  return s;
}

}  // namespace dyad::dedup
