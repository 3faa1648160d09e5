// Content hashes: xxh3-128 of a document's original bytes, as 32 hex digits.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

std::string content_hash(std::string_view bytes);

}  // namespace dyad
