// The time tagger's own light tokens over the clean text: words, numbers
// (with ordinal/plural suffix), clock times ("15:00", "3:07:35") and single punctuation marks,
// with byte spans and sentence numbers. Cheap: one pass, no allocation per
// byte beyond the lower-case copy of each token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::time {

struct Tok {
  uint32_t start = 0, end = 0;  // bytes in the text
  char kind = 'w';              // w word, n number, c clock "15:00", p punctuation
  bool cap = false;             // first letter upper case
  bool space_before = true;     // whitespace (or text start) before it
  int sent = 0;                 // sentence number
  int num = -1;                 // value of a number (digits only) / hours of a clock
  int minutes = 0;              // minutes of a clock
  int seconds = -1;             // seconds of a clock "3:07:35", -1 when it has none
  int ndigits = 0;              // digits of a number
  std::string low;              // lower-case text; number: its suffix ("th", "s", "")
};

std::vector<Tok> tokenize(std::string_view text);

}  // namespace dyad::time
