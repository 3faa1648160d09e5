// Variable-length integers (7 bits a byte, the high bit set while more
// follow) and zigzag signs: the coding of offset maps, in memory
// (doc/offset_map) and in the store (store/blobs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::base {

inline void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

// Reads a varint at b[i], moving i past it; false when the bytes end first
// or the number runs past 64 bits.
inline bool read_varint(std::string_view b, size_t& i, uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (i >= b.size()) return false;
    auto c = static_cast<uint8_t>(b[i++]);
    v |= static_cast<uint64_t>(c & 0x7f) << shift;
    if (!(c & 0x80)) return true;
  }
  return false;
}

inline uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
inline int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

}  // namespace dyad::base
