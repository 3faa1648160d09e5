// Encoding: decides whether bytes are text and converts them to UTF-8 with an
// offset map (UTF-8 kept as is, UTF-16 converted, stray or legacy bytes read
// as Windows-1252). The common case, valid UTF-8, is one scan and one copy.
#include "ingest/decode.h"

#include <cstdint>
#include <cstring>
#include <string>

#include "ingest/read.h"
#include "base/text.h"

namespace dyad::ingest {

namespace {

constexpr size_t kSniffBytes = 8192;

// Windows-1252 bytes 0x80..0x9F; 0xFFFD marks the five undefined ones.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Control bytes that text keeps: \t \n \v \f \r.
inline bool kept_control(unsigned char c) { return c >= 0x09 && c <= 0x0D; }

// A byte the fast path cannot copy blindly: non-ASCII, or a control byte
// that is dropped.
inline bool special(unsigned char c) {
  return c >= 0x80 || c == 0x7F || (c < 0x20 && !kept_control(c));
}

// Next special byte in [p, end), eight bytes at a time while none is found.
const unsigned char* next_special(const unsigned char* p, const unsigned char* end) {
  constexpr uint64_t k01 = 0x0101010101010101ULL, k80 = 0x8080808080808080ULL;
  while (end - p >= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    uint64_t y = x ^ (0x7F * k01);
    uint64_t flag = (x & k80) | ((x - 0x20 * k01) & ~x & k80) | ((y - k01) & ~y & k80);
    if (flag == 0) {
      p += 8;
      continue;
    }
    for (int k = 0; k < 8; ++k)
      if (special(p[k])) return p + k;
    p += 8;
  }
  while (p < end && !special(*p)) ++p;
  return p;
}

inline bool cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence at p (p[0] >= 0x80), 0 when invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
size_t utf8_seq_len(const unsigned char* p, const unsigned char* end) {
  unsigned char c = p[0];
  size_t avail = static_cast<size_t>(end - p);
  if (c >= 0xC2 && c <= 0xDF) return avail >= 2 && cont(p[1]) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (avail < 3 || !cont(p[1]) || !cont(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;
    if (c == 0xED && p[1] > 0x9F) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3])) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;
    if (c == 0xF4 && p[1] > 0x8F) return 0;
    return 4;
  }
  return 0;
}

// 1 = UTF-16LE, 2 = UTF-16BE, 0 = neither, for text without a BOM: nearly
// every code unit of the first bytes has a zero high byte and a non-zero low one.
int guess_utf16(std::string_view s) {
  size_t n = std::min(s.size(), kSniffBytes) & ~size_t(1);
  if (n < 4) return 0;
  size_t le = 0, be = 0, pairs = n / 2;
  for (size_t i = 0; i < n; i += 2) {
    unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    if (a && !b) ++le;
    if (!a && b) ++be;
  }
  if (le * 10 >= pairs * 9) return 1;
  if (be * 10 >= pairs * 9) return 2;
  return 0;
}

void decode_utf16(std::string_view in, size_t start, bool little, TextBuilder& b,
                  std::vector<std::string>& warnings) {
  auto unit = [&](size_t i) -> uint32_t {
    auto lo = static_cast<unsigned char>(in[i + (little ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(in[i + (little ? 1 : 0)]);
    return lo | (uint32_t(hi) << 8);
  };
  std::string ch;
  size_t bad = 0, i = start;
  for (; i + 1 < in.size();) {
    uint32_t u = unit(i), cp = u;
    size_t used = 2;
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < in.size()) {
      uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
        used = 4;
      }
    }
    if (used == 2 && u >= 0xD800 && u <= 0xDFFF) cp = 0xFFFD, ++bad;
    ch.clear();
    bool drop = cp < 0x20 ? !kept_control(static_cast<unsigned char>(cp)) : cp == 0x7F || cp == 0xFEFF;
    if (!drop) base::append_utf8(ch, cp);
    b.emit(ch, i, used);
    i += used;
  }
  if (i < in.size()) {
    b.emit("", i, in.size() - i);
    warnings.push_back("UTF-16 text with an odd number of bytes: last byte dropped");
  }
  if (bad) warnings.push_back(std::to_string(bad) + " unpaired UTF-16 surrogates replaced");
}


// What the bytes are made of: NUL bytes, other control bytes (ESC is common
// in terminal logs and counts as text), and bytes that are neither ASCII nor
// part of a valid UTF-8 sequence.
struct ByteCounts {
  size_t nul = 0, control = 0, invalid = 0;
};

ByteCounts count_bytes(std::string_view s) {
  ByteCounts n;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* end = p + s.size();
  for (p = next_special(p, end); p < end; p = next_special(p, end)) {
    if (*p < 0x80) {
      if (*p == 0) ++n.nul;
      else if (*p != 0x1B) ++n.control;
      ++p;
    } else if (size_t len = utf8_seq_len(p, end)) {
      p += len;
    } else {
      ++n.invalid, ++p;
    }
  }
  return n;
}

}  // namespace

std::string repair_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  std::string out;
  out.reserve(s.size());
  while (p < end) {
    size_t n = *p < 0x80 ? 1 : utf8_seq_len(p, end);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++p;
      continue;
    }
    out.append(reinterpret_cast<const char*>(p), n);
    p += n;
  }
  return out;
}

uint32_t cp1252_to_unicode(unsigned char b) {
  if (b >= 0x80 && b <= 0x9F) return kCp1252High[b - 0x80];
  return b;
}

std::string binary_reason(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kSniffBytes);
  if (head.size() >= 2) {
    auto a = static_cast<unsigned char>(head[0]), b = static_cast<unsigned char>(head[1]);
    if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) return "";
  }
  if (head.find('\0') != std::string_view::npos && guess_utf16(head)) return "";
  // Damaged text (archive exports, byte flips) holds a few stray NUL or
  // control bytes: the decoder drops them. Binary data is made of them: over
  // a tenth of the bytes, or over a twentieth when most of the rest is not
  // text either (compressed data has about 10% control bytes and 45% bytes
  // that are not UTF-8).
  ByteCounts n = count_bytes(bytes);
  size_t odd = n.nul + n.control, size = bytes.size();
  bool binary = odd * 10 > size || (odd * 20 > size && n.invalid * 4 > size);
  if (!binary) return "";
  return n.nul ? "binary file (NUL bytes)" : "binary file (control bytes)";
}

bool is_blank(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || kept_control(c)) {
      ++i;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 2;  // NBSP
    } else if (s.substr(i, 3) == "\xEF\xBB\xBF" || s.substr(i, 3) == "\xE3\x80\x80") {
      i += 3;  // BOM, ideographic space
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) <= 0x8B) {
      i += 3;  // U+2000..U+200B spaces
    } else {
      return false;
    }
  }
  return true;
}

void decode_to_utf8(std::string_view in, std::string& out, OffsetMap& map,
                    std::vector<std::string>& warnings) {
  const auto* data = reinterpret_cast<const unsigned char*>(in.data());
  const unsigned char* end = data + in.size();
  TextBuilder b;
  size_t start = 0;
  if (in.size() >= 3 && in.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  if (in.size() >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
    decode_utf16(in, 2, true, b, warnings);
  } else if (in.size() >= 2 && data[0] == 0xFE && data[1] == 0xFF) {
    decode_utf16(in, 2, false, b, warnings);
  } else if (int g = in.find('\0') != std::string_view::npos ? guess_utf16(in) : 0) {
    warnings.push_back(g == 1 ? "UTF-16LE text without a byte order mark"
                              : "UTF-16BE text without a byte order mark");
    decode_utf16(in, 0, g == 1, b, warnings);
  } else {
    // Pass 1: count what needs repair.
    size_t invalid = 0, multibyte = 0, controls = 0, nuls = 0;
    for (const unsigned char* p = next_special(data + start, end); p < end;
         p = next_special(p, end)) {
      if (*p < 0x80) {
        ++(*p ? controls : nuls), ++p;
      } else if (size_t len = utf8_seq_len(p, end)) {
        ++multibyte, p += len;
      } else {
        ++invalid, ++p;
      }
    }
    if (invalid == 0 && controls == 0 && nuls == 0) {
      out.assign(in.substr(start));
      map = OffsetMap();
      map.add(0, out.size(), start, out.size());
      return;
    }
    // Mostly legacy bytes: the whole text is Windows-1252; a few stray
    // bytes in UTF-8 text: only those.
    bool all_legacy = invalid > 0 && multibyte < invalid;
    std::string ch;
    size_t run = start;
    for (const unsigned char* p = next_special(data + start, end); p < end;
         p = next_special(p, end)) {
      size_t i = static_cast<size_t>(p - data);
      if (*p >= 0x80 && !all_legacy) {
        if (size_t len = utf8_seq_len(p, end)) {
          p += len;
          continue;
        }
      }
      b.copy(in, run, i - run);
      ch.clear();
      if (*p >= 0x80) base::append_utf8(ch, cp1252_to_unicode(*p));
      b.emit(ch, i, 1);
      run = i + 1;
      ++p;
    }
    b.copy(in, run, in.size() - run);
    if (invalid) {
      warnings.push_back(all_legacy ? "not UTF-8: decoded as Windows-1252 (" +
                                          std::to_string(invalid) + " non-ASCII bytes)"
                                    : "invalid UTF-8: " + std::to_string(invalid) +
                                          " bytes read as Windows-1252");
    }
    // One line for all the dropped bytes, however many there are.
    if (nuls && controls)
      warnings.push_back(std::to_string(nuls) + " NUL and " + std::to_string(controls) +
                         " control bytes removed");
    else if (nuls)
      warnings.push_back(std::to_string(nuls) + " NUL bytes removed");
    else if (controls)
      warnings.push_back(std::to_string(controls) + " control bytes removed");
  }
  out = b.take_text();
  map = b.take_map();
}

std::string text_size_problem(size_t bytes) {
  if (bytes <= kMaxTextBytes) return "";
  return "text too large for 32-bit offsets (" + std::to_string(bytes) + " bytes > " +
         std::to_string(kMaxTextBytes) + ")";
}

bool decode_text(Document& doc, std::string& err) {
  err = text_size_problem(doc.raw.size());
  if (!err.empty()) return false;
  if (is_blank(doc.raw)) {
    err = "empty file";
    return false;
  }
  err = binary_reason(doc.raw);
  if (!err.empty()) return false;
  doc.norm.clear();
  decode_to_utf8(doc.raw, doc.norm, doc.norm_map, doc.warnings);
  err = text_size_problem(doc.norm.size());  // repairs can make the text longer than its bytes
  if (!err.empty()) return false;
  if (is_blank(doc.norm)) {
    err = "empty file";
    return false;
  }
  return true;
}

}  // namespace dyad::ingest
