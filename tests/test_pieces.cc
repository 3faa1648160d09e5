// A very long document goes through the language-level stages in pieces
// (pipeline/pieces.cc): its results must read as those of one document.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "pipeline/pieces.h"

namespace {

using dyad::Document;

// A self-contained paragraph: a meeting between two heads of state, dated,
// with a direct quotation. `i` makes every paragraph distinct.
std::string paragraph(int i) {
  static const char* const cities[] = {"Moscow", "Beijing", "Paris", "Berlin", "Cairo", "Delhi"};
  std::string n = std::to_string(i);
  return "Russian President Vladimir Putin met Chinese President Xi Jinping in " + std::string(cities[i % 6]) +
         " on March " + std::to_string(i % 28 + 1) + ", 2015, for talks number " + n +
         ". \"We will work together on item " + n + ",\" Putin said after the meeting.";
}

// Paragraphs enough for `bytes` of text, and where each one starts.
std::string long_text(size_t bytes, std::vector<size_t>& starts) {
  std::string text;
  for (int i = 0; text.size() < bytes; ++i) {
    starts.push_back(text.size());
    text += paragraph(i) + "\n\n";
  }
  return text;
}

Document analysed(const std::string& text) {
  Document d = dyad::document_from_text(text, "long.txt");
  dyad::process_document(d);
  return d;
}

TEST(Pieces, AShortDocumentIsAnalysedWhole) {
  std::vector<size_t> starts;
  Document d = analysed(long_text(20000, starts));
  EXPECT_TRUE(d.lang);
  EXPECT_TRUE(d.names.empty());
  for (const auto& w : d.warnings) EXPECT_EQ(w.find("pieces"), std::string::npos) << w;
}

TEST(Pieces, ResultsOfALongDocumentAreInTheWholeTextsNumbering) {
  std::vector<size_t> starts;
  Document d = analysed(long_text(dyad::kPiecewiseText + 100000, starts));
  ASSERT_FALSE(d.lang);
  ASSERT_FALSE(d.warnings.empty());
  EXPECT_NE(d.warnings.back().find("pieces"), std::string::npos);
  // Every paragraph gives its meeting, its quotation and its date, in order.
  ASSERT_EQ(d.events.size(), starts.size());
  ASSERT_EQ(d.quotes.size(), starts.size());
  for (size_t i = 0; i < starts.size(); ++i) {
    const auto& e = d.events[i];
    EXPECT_EQ(e.span.start, starts[i]) << i;
    EXPECT_EQ(e.code, "040") << i;
    ASSERT_GE(e.source_mention, 0) << i;
    ASSERT_LT(static_cast<size_t>(e.source_mention), d.actors.size()) << i;
    const auto& src = d.actors[static_cast<size_t>(e.source_mention)];
    EXPECT_EQ(src.code, e.source) << i;
    EXPECT_GE(src.start, e.span.start) << i;  // the source is named in its sentence
    EXPECT_LE(src.end, e.span.end) << i;
    EXPECT_EQ(d.text.substr(e.verb.start, e.verb.size()), "met") << i;
    if (i > 0) {
      EXPECT_GT(e.sentence, d.events[i - 1].sentence) << i;
    }
    ASSERT_TRUE(e.date) << i;
    EXPECT_EQ(*e.date, "2015-03-" + std::string(i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1)) << i;
    const auto& q = d.quotes[i];
    EXPECT_EQ(q.text, "We will work together on item " + std::to_string(i)) << i;
    EXPECT_EQ(d.text.substr(q.start, q.end - q.start), q.text) << i;
    EXPECT_EQ(q.speaker, "Vladimir Putin") << i;
  }
  for (size_t i = 1; i < d.actors.size(); ++i) {
    EXPECT_LE(d.actors[i - 1].start, d.actors[i].start);
    EXPECT_LE(d.actors[i - 1].first_token, d.actors[i].first_token);
  }
  // The names keep their bytes in the whole text.
  ASSERT_FALSE(d.names.empty());
  size_t putin = 0;
  for (const auto& n : d.names) {
    ASSERT_LE(n.end, d.text.size());
    if (d.text.substr(n.start, n.end - n.start) == "Vladimir Putin") ++putin;
  }
  EXPECT_EQ(putin, starts.size());
}

TEST(Pieces, AParagraphReadsTheSameInsideALongDocumentAsAlone) {
  std::vector<size_t> starts;
  Document whole = analysed(long_text(dyad::kPiecewiseText + 100000, starts));
  ASSERT_FALSE(whole.lang);
  for (size_t i : {size_t{0}, starts.size() / 2, starts.size() - 1}) {
    Document alone = analysed(paragraph(static_cast<int>(i)) + "\n");
    ASSERT_EQ(alone.events.size(), 1u);
    const auto& a = alone.events[0];
    const auto& w = whole.events[i];
    EXPECT_EQ(w.source, a.source) << i;
    EXPECT_EQ(w.target, a.target) << i;
    EXPECT_EQ(w.code, a.code) << i;
    EXPECT_EQ(w.date, a.date) << i;
    EXPECT_EQ(w.span.start - starts[i], a.span.start) << i;
    EXPECT_EQ(w.span.end - starts[i], a.span.end) << i;
  }
}

}  // namespace

// A dated list (a chronology: a year, then what happened) that stands at the
// start, in the middle and at the end of a long document: each of its
// entries reaches the timeline once, with its date and its text at its own
// bytes, whichever piece it falls in.
TEST(Pieces, ChronologyListsInEveryPieceReachTheTimeline) {
  int next = 0;  // distinct paragraphs (repeated ones would be cleaned away)
  auto prose = [&next] {
    std::string s;
    while (s.size() < dyad::kPiecewiseText / 2 + 20000) s += paragraph(next++) + "\n\n";
    return s;
  };
  auto list = [](int first) {
    std::string s;
    for (int y = first; y < first + 4; ++y)
      s += std::to_string(y) + ": The council of town " + std::to_string(y) + " votes on the harbour plan.\n\n";
    return s;
  };
  std::string text = list(1901) + prose() + list(1951) + prose() + list(1981);
  Document d = analysed(text);
  ASSERT_FALSE(d.lang);  // analysed in pieces
  std::vector<int> years;
  for (const auto& e : d.timeline) {
    if (e.kind != dyad::TimelineKind::Chronology) continue;
    int y = std::stoi(e.date);
    years.push_back(y);
    std::string what = "The council of town " + std::to_string(y) + " votes on the harbour plan.";
    EXPECT_EQ(e.text, what) << e.date;
    EXPECT_NE(d.text.substr(e.span.start, e.span.size()).find(what), std::string::npos) << e.date;
  }
  std::vector<int> want = {1901, 1902, 1903, 1904, 1951, 1952, 1953, 1954, 1981, 1982, 1983, 1984};
  EXPECT_EQ(years, want);
}

// The number of pieces the document's warning names.
int pieces_of(const Document& d) {
  for (const auto& w : d.warnings)
    if (size_t at = w.find(" analysed in "); at != std::string::npos) return std::stoi(w.substr(at + 13));
  return 1;
}

// The language layer's memory grows with tokens, not bytes: a text with a
// token every three bytes (a one-letter line between blank lines) is cut
// into pieces of at most about 48k tokens, more pieces than its bytes alone
// would give (4 of 128-256 kB), while article prose keeps its pieces.
TEST(Pieces, TextDenseWithTokensGetsShorterPieces) {
  std::string dense;
  for (int i = 0; i < 300000; ++i) dense += "a\n";
  Document d = analysed(dense);
  ASSERT_FALSE(d.lang);
  EXPECT_GE(d.text.size(), 800000u);
  EXPECT_GE(pieces_of(d), 300000 / 48000);  // bytes alone: 4
  std::vector<size_t> starts;
  Document prose = analysed(long_text(900000, starts));
  EXPECT_LE(pieces_of(prose), 900000 / (128 << 10));
}

// One long line of quoted statements (no paragraph or line breaks to cut
// at): every quotation is found, each at its own bytes, whichever pieces the
// line is cut into (a piece starting inside a quotation would pair its marks
// the wrong way round and lose them).
TEST(Pieces, EveryQuotationOfOneLongLineIsFound) {
  std::string text;
  int n = 0;
  while (text.size() < dyad::kPiecewiseText + 150000)
    text += "\"We will talk about item " + std::to_string(n++) + ",\" he said. ";
  Document d = analysed(text);
  ASSERT_FALSE(d.lang);
  EXPECT_GE(pieces_of(d), 2);
  ASSERT_EQ(d.quotes.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const auto& q = d.quotes[static_cast<size_t>(i)];
    EXPECT_EQ(q.text, "We will talk about item " + std::to_string(i)) << i;
    EXPECT_EQ(d.text.substr(q.start, q.end - q.start), q.text) << i;
  }
}
