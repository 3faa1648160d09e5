// The one tokenizer for dates and times: a single pass over the text into
// words, numbers, clock times and punctuation marks, with byte spans. The
// time tagger (time/tagger.cc) reads the full tokens: a number keeps its
// decimals ("12.01", "16.03.2021" are one quantity), its ordinal or plural
// suffix ("14th", "1990s") and its clock ("15:00", "3:07:35"); a word runs
// into digits and takes any byte >= 0x80; the marks are tokens and number
// the sentences. The metadata date finder (ingest/meta_date.cc) reads plain
// runs: maximal runs of ASCII digits or of ASCII letters and nothing else,
// so that "16.03.2021", "/2021/03/16/" and a date split by no-break spaces
// come apart into their numbers and words.
//
// No allocation per token: every token's lower-case text is a view into one
// lower-case copy of the text (32 bytes a token, reserved once from a count).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace dyad::base {

enum class DateTokKind : uint8_t {
  Word,    // letters (and, with wide_words, digits and bytes >= 0x80 after the first letter)
  Number,  // digits (with quantities: decimals, thousands and a suffix)
  Clock,   // "15:00", "3:07:35" (with quantities only)
  Mark,    // one punctuation mark (with marks only)
};

struct DateTok {
  uint32_t start = 0, end = 0;  // bytes in the text
  const char* low_text = nullptr;  // where low() starts (in DateTokens::lower, or a static mark)
  int sent = 0;                 // sentence number (0 throughout without marks)
  int num = -1;                 // value of a number (digits only, first nine) / hours of a clock
  DateTokKind kind = DateTokKind::Word;
  bool cap = false;             // first letter upper case
  bool space_before = true;     // whitespace (or text start) before it
  int8_t minutes = 0;           // minutes of a clock
  int8_t seconds = -1;          // seconds of a clock "3:07:35", -1 when it has none
  uint8_t ndigits = 0;          // digits of a number (255 for more)
  uint8_t low_size = 0;         // bytes of low() for a number or mark (a word's is its span's)

  // Lower-case text; number: its suffix ("th", "s", ""); mark: the mark as read.
  std::string_view low() const {
    if (!low_text) return {};
    return {low_text, kind == DateTokKind::Word ? end - start : low_size};
  }
};
// 32 bytes a token: the view is rebuilt from the span instead of stored.
static_assert(sizeof(DateTok) <= 32);

// What the scanner joins and keeps; the two sets in use are below.
struct DateTokOptions {
  // A number takes a clock ("15:00", "3:07:35"), its decimals and thousands
  // ("12.01", "1,000", "16.03.2021": one quantity, num -1) and a suffix of
  // one or two ASCII letters ("14th", "1990s"); otherwise it is its digits.
  bool quantities = true;
  // A byte >= 0x80 is a letter (other than a curly quote or dash) and a word
  // runs on through digits ("COVID19"); otherwise words are ASCII letters.
  bool wide_words = true;
  // Punctuation marks are tokens (one per byte; a curly quote or dash one
  // per character, read as "'" or "-") and sentences are numbered;
  // otherwise every byte that starts no word or number is skipped.
  bool marks = true;
};

// The time tagger's tokens.
inline constexpr DateTokOptions kTimeTokens{.quantities = true, .wide_words = true, .marks = true};
// Maximal runs of ASCII digits or of ASCII letters (metadata dates).
inline constexpr DateTokOptions kPlainRuns{.quantities = false, .wide_words = false, .marks = false};

// The tokens and the lower-case copy of the text their `low` views point
// into (moving a DateTokens keeps the views valid; it cannot be copied).
struct DateTokens {
  std::vector<DateTok> toks;
  std::unique_ptr<char[]> lower;
};

DateTokens date_tokens(std::string_view text, const DateTokOptions& options = kTimeTokens);

}  // namespace dyad::base
