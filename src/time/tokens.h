// The time tagger's own light tokens over the clean text: words, numbers
// (with ordinal/plural suffix), clock times ("15:00", "3:07:35") and single punctuation marks,
// with byte spans and sentence numbers. Cheap: one pass, and no allocation per
// token: every token's lower-case text is a view into one lower-case copy of
// the text (40 bytes a token; a text of punctuation marks has one per byte).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::time {

struct Tok {
  uint32_t start = 0, end = 0;  // bytes in the text
  std::string_view low;         // lower-case text; number: its suffix ("th", "s", ""); in Tokens::lower
  int sent = 0;                 // sentence number
  int num = -1;                 // value of a number (digits only) / hours of a clock
  char kind = 'w';              // w word, n number, c clock "15:00", p punctuation
  bool cap = false;             // first letter upper case
  bool space_before = true;     // whitespace (or text start) before it
  int8_t minutes = 0;           // minutes of a clock
  int8_t seconds = -1;          // seconds of a clock "3:07:35", -1 when it has none
  uint8_t ndigits = 0;          // digits of a number (255 for more)
};

// The tokens and the lower-case copy of the text their `low` views point
// into (moving a Tokens keeps the views valid; it cannot be copied).
struct Tokens {
  std::vector<Tok> toks;
  std::unique_ptr<char[]> lower;
};

Tokens tokenize(std::string_view text);

}  // namespace dyad::time
