// Content hashes with xxHash (XXH3, 128 bits).
#include "doc/hash.h"

#include <xxhash.h>

#include <cstdio>

namespace dyad {

std::string content_hash(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

}  // namespace dyad
