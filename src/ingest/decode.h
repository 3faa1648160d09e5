// Byte-level decoding shared by the readers: binary/empty checks and
// conversion of any text encoding Dyad meets (UTF-8, UTF-16, Windows-1252)
// to UTF-8, with an offset map back to the input bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/offset_map.h"

namespace dyad::ingest {

// Offsets are 32-bit (every Span, the store's packed offset maps): a text,
// raw or derived, may hold at most kMaxTextBytes bytes. "" when `bytes`
// fit, else the problem for the reader's error line ("text too large for
// 32-bit offsets (N bytes > 4294967295)"); the readers refuse such a file
// instead of letting its offsets wrap.
inline constexpr size_t kMaxTextBytes = UINT32_MAX;
std::string text_size_problem(size_t bytes);

// Why `bytes` look like a binary file ("binary file (NUL bytes)", ...), or ""
// when they look like text. Only mostly non-text bytes are binary: over 10%
// NUL/control bytes (5% when most other bytes are not UTF-8 either); text
// with a few stray ones is read and they are dropped. UTF-16 is not binary.
std::string binary_reason(std::string_view bytes);

// True when `s` holds only whitespace (ASCII, NBSP, BOM, zero-width space).
bool is_blank(std::string_view s);

// Decodes `in` to UTF-8 in `out`, with `map` from `out` to `in`: a UTF-8 BOM
// is stripped, UTF-16 (with a BOM, or detected without one) is converted,
// bytes that are not valid UTF-8 are read as Windows-1252 (the whole input
// when it is mostly legacy text, else byte by byte), and control bytes other
// than \t \n \v \f \r (NUL included) are dropped. Each kind of repair adds one
// line to `warnings` ("3 NUL bytes removed"), however often it was made.
void decode_to_utf8(std::string_view in, std::string& out, OffsetMap& map,
                    std::vector<std::string>& warnings);

// `s` with every byte that does not start a valid UTF-8 sequence replaced by
// U+FFFD (a copy of `s` when it is valid). For text from libraries that may
// produce broken sequences (gumbo on an out-of-range character reference).
std::string repair_utf8(std::string_view s);

// The Unicode code point of Windows-1252 byte `b` (U+FFFD for the five
// undefined bytes).
uint32_t cp1252_to_unicode(unsigned char b);

}  // namespace dyad::ingest
