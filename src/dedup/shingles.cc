// Tokenising and shingling of clean text for near-duplicate detection.
// ASCII is handled through a byte table; other code points go through ICU's
// character properties (letters and digits are lower-cased, combining marks
// dropped, everything else separates tokens).
#include "dedup/shingles.h"
#include "base/text.h"

#include <unicode/uchar.h>
#include <xxhash.h>

#include <array>

namespace dyad::dedup {

namespace {

// Byte classes for the ASCII fast path.
enum : uint8_t { kSep = 0, kWord = 1, kBackslash = 2, kMulti = 3 };

struct ByteTable {
  std::array<uint8_t, 256> cls{};
  std::array<char, 256> lower{};
  constexpr ByteTable() {
    for (int b = 0; b < 256; ++b) {
      lower[b] = static_cast<char>(b);
      if (b >= 0x80) cls[b] = kMulti;
      else if ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z')) cls[b] = kWord;
      else if (b >= 'A' && b <= 'Z') {
        cls[b] = kWord;
        lower[b] = static_cast<char>(b - 'A' + 'a');
      } else if (b == '\\') cls[b] = kBackslash;
      else cls[b] = kSep;
    }
  }
};
constexpr ByteTable kTable;

// Decodes one UTF-8 code point at s[i]; returns its length (1 on bad bytes,
// with cp = 0xFFFD).
size_t decode_utf8(std::string_view s, size_t i, UChar32& cp) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) {
    cp = 0xFFFD;
    return 1;
  }
  UChar32 c = b & (0x3F >> (len - 1));
  for (size_t k = 1; k < len; ++k) {
    auto cb = static_cast<unsigned char>(s[i + k]);
    if ((cb & 0xC0) != 0x80) {
      cp = 0xFFFD;
      return 1;
    }
    c = (c << 6) | (cb & 0x3F);
  }
  cp = c;
  return len;
}


bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Calls emit(token) for every normalised token of `text`; `buf` is scratch.
template <class Emit>
void for_each_token(std::string_view text, std::string& buf, Emit&& emit) {
  buf.clear();
  size_t i = 0;
  const size_t n = text.size();
  auto flush = [&] {
    if (!buf.empty()) {
      emit(std::string_view(buf));
      buf.clear();
    }
  };
  while (i < n) {
    auto b = static_cast<unsigned char>(text[i]);
    switch (kTable.cls[b]) {
      case kWord: {
        // Fast path: a run of ASCII letters and digits ending at a separator
        // is emitted in place (lower-cased into buf only when it has capitals).
        size_t j = i;
        bool upper = false;
        while (j < n && kTable.cls[static_cast<unsigned char>(text[j])] == kWord) {
          upper |= text[j] >= 'A' && text[j] <= 'Z';
          ++j;
        }
        bool ends = j == n || kTable.cls[static_cast<unsigned char>(text[j])] != kMulti;
        if (buf.empty() && ends && !upper) {
          emit(text.substr(i, j - i));
        } else {
          for (size_t k = i; k < j; ++k) buf += kTable.lower[static_cast<unsigned char>(text[k])];
          if (ends) flush();
        }
        i = j;
        break;
      }
      case kSep:
        flush();
        ++i;
        break;
      case kBackslash: {
        // Escapes left by exports (\" \n \t \r \uXXXX) separate words the
        // way the character they stand for would.
        flush();
        ++i;
        if (i < n) {
          char c = text[i];
          if (c == 'n' || c == 't' || c == 'r') {
            ++i;
          } else if (c == 'u' && i + 4 < n && is_hex(text[i + 1]) &&
                     is_hex(text[i + 2]) && is_hex(text[i + 3]) && is_hex(text[i + 4])) {
            i += 5;
          }
        }
        break;
      }
      default: {
        UChar32 cp;
        i += decode_utf8(text, i, cp);
        int8_t type = u_charType(cp);
        if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) {
          break;  // combining accents, soft hyphens, zero-width joiners: invisible
        }
        if (u_isalnum(cp)) {
          base::append_utf8(buf, static_cast<uint32_t>(u_tolower(cp)));
        } else {
          flush();
        }
        break;
      }
    }
  }
  flush();
}


}  // namespace

std::vector<std::string> normalized_tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string buf;
  for_each_token(text, buf, [&](std::string_view t) { out.emplace_back(t); });
  return out;
}

void shingle_hashes(std::string_view text, std::vector<uint64_t>& out, int k) {
  if (k < 1) k = 1;
  if (k > 16) k = 16;
  std::array<uint64_t, 16> ring{};
  size_t count = 0;
  thread_local std::string buf;
  // Room for exactly the shingles, from a count of the tokens first: a
  // doubling vector holds its old and new buffers at once and keeps up to
  // half unused, and a long text's hashes are the dedup stage's peak.
  size_t tokens = 0;
  for_each_token(text, buf, [&tokens](std::string_view) { ++tokens; });
  out.reserve(out.size() + (tokens >= static_cast<size_t>(k) ? tokens - static_cast<size_t>(k) + 1 : 1));
  for_each_token(text, buf, [&](std::string_view t) {
    ring[count % k] = XXH3_64bits(t.data(), t.size());
    ++count;
    if (count >= static_cast<size_t>(k)) {
      // Polynomial combination of the last k token hashes, oldest first.
      uint64_t h = 0;
      for (int j = 0; j < k; ++j) h = h * 0x9E3779B97F4A7C15ULL + ring[(count + j) % k];
      out.push_back(mix64(h));
    }
  });
  if (count > 0 && count < static_cast<size_t>(k)) {
    uint64_t h = 0;
    for (size_t j = 0; j < count; ++j) h = h * 0x9E3779B97F4A7C15ULL + ring[j];
    out.push_back(mix64(h ^ count));
  }
}

}  // namespace dyad::dedup
