// Where a long text is cut into pieces (base/text_pieces): a paragraph break
// first, then a line that ends a sentence, then a sentence end before a
// capital or an opening quotation, then whitespace.
#include <gtest/gtest.h>

#include <string>

#include "base/text_pieces.h"

using dyad::base::piece_cut;

namespace {

// `n` copies of `unit`.
std::string times(const std::string& unit, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += unit;
  return s;
}

}  // namespace

TEST(PieceCut, TheRestIsOnePieceWhenShort) {
  std::string t = times("word ", 30);
  EXPECT_EQ(piece_cut(t, 0, 100), t.size());
  EXPECT_EQ(piece_cut(t, 60, 50), t.size());
}

TEST(PieceCut, AfterTheLastBlankLineOfTheWindow) {
  std::string t = times("A line of prose. ", 10) + "\n\n" + times("More prose here. ", 20);
  size_t blank = t.find("\n\n");
  size_t cut = piece_cut(t, 0, 100);
  EXPECT_EQ(cut, blank + 1);  // the piece ends its line; the next starts at the blank line
}

TEST(PieceCut, AfterALineThatEndsASentenceWhenNoBlankLine) {
  std::string t = times("words without end\n", 5) + "It ends.\n" + times("words without end\n", 20);
  size_t cut = piece_cut(t, 0, 90);
  EXPECT_EQ(t.substr(cut - 9, 9), "It ends.\n");
}

// Occurrences of `mark` in t[0, end).
size_t count(const std::string& t, size_t end, const std::string& mark) {
  size_t n = 0;
  for (size_t at = t.find(mark); at < end; at = t.find(mark, at + 1)) ++n;
  return n;
}

// On one long line of reported speech, a piece starts outside every
// quotation (inside one, the marks would pair the wrong way round): after a
// sentence end and a space before an opening mark and a capital.
TEST(PieceCut, OutsideQuotationsOnOneLongLine) {
  for (std::string unit : {"\"We will talk,\" he said. ", "Why now? \"Because,\" she said. "}) {
    std::string t = times(unit, 200);
    for (size_t piece : {300, 517, 1000}) {
      size_t cut = piece_cut(t, 0, piece);
      ASSERT_LT(cut, t.size());
      EXPECT_EQ(count(t, cut, "\"") % 2, 0u) << unit << " piece " << piece;
      EXPECT_EQ(t[cut], '"') << unit << " piece " << piece;
    }
  }
  std::string curly = times("\xE2\x80\x9CWe will talk,\xE2\x80\x9D he said. ", 200);
  for (size_t piece : {300, 517, 1000}) {
    size_t cut = piece_cut(curly, 0, piece);
    EXPECT_EQ(count(curly, cut, "\xE2\x80\x9C"), count(curly, cut, "\xE2\x80\x9D")) << piece;
    EXPECT_EQ(curly.substr(cut, 3), "\xE2\x80\x9C") << piece;
  }
}

TEST(PieceCut, AfterASentenceEndBeforeACapital) {
  std::string t = times("the talks went on and on, ", 8) + "Then they ended! Then " + times("more words and more ", 20);
  size_t cut = piece_cut(t, 0, 200);
  EXPECT_EQ(t.substr(cut, 10), "Then more ");
}

TEST(PieceCut, AtWhitespaceElseAtTheHardLimit) {
  std::string t = times("lowercase words only ", 40);
  size_t cut = piece_cut(t, 0, 200);
  EXPECT_EQ(t[cut - 1], ' ');
  EXPECT_GE(cut, 200u);
  EXPECT_LE(cut, 400u);
  std::string word(1000, 'x');
  EXPECT_EQ(piece_cut(word, 0, 200), 400u);
}
