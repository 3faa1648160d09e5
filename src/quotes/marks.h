// Quotation marks: pairs opening and closing marks (curly double, straight
// double, curly single; two curly singles typed for a double) inside each paragraph into quoted spans, in one pass
// over the text. A span never crosses a paragraph and never exceeds
// kMaxQuoteBytes (an unclosed mark or a run of marks cannot make a span grow
// with the input), so the work stays linear in the text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::quotes {

inline constexpr uint32_t kMaxQuoteBytes = 6000;

struct QuotedSpan {
  uint32_t start = 0, end = 0;  // the quoted words (marks excluded), bytes of the text
  uint32_t para = 0;            // paragraph number
  bool single = false;          // curly single marks
  bool heading = false;         // the quotation is the whole paragraph
  bool caption = false;         // the paragraph starts with "WATCH:"-like capitals and a colon
  bool open_end = false;        // no closing mark before the paragraph end: the quotation goes on
};

std::vector<QuotedSpan> quoted_spans(std::string_view text);

// True when byte `i` of `text` starts a curly mark whose third UTF-8 byte is `third`
// (0x9C left double, 0x9D right double, 0x98 left single, 0x99 right single).
bool mark_at(std::string_view text, size_t i, unsigned char third);

}  // namespace dyad::quotes
