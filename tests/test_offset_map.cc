// OffsetMap and TextBuilder: derived-text offsets map back to the input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "doc/offset_map.h"

using dyad::OffsetMap;
using dyad::TextBuilder;

TEST(OffsetMap, CopiesMapOneToOne) {
  std::string in = "hello world";
  TextBuilder b;
  b.copy(in, 6, 5);  // "world"
  b.emit(" ", 5, 1);
  b.copy(in, 0, 5);  // "hello"
  EXPECT_EQ(b.str(), "world hello");
  OffsetMap m = b.take_map();
  EXPECT_EQ(m.to_input(0), 6u);
  EXPECT_EQ(m.to_input(4), 10u);
  EXPECT_EQ(m.to_input(6), 0u);
  EXPECT_EQ(m.to_input(10), 4u);
  EXPECT_EQ(m.to_input(11), 5u);  // end maps to end of last segment
}

TEST(OffsetMap, RewrittenBytesMapToTheirSource) {
  std::string in = "a &amp; b";
  TextBuilder b;
  b.copy(in, 0, 2);
  b.emit("&", 2, 5);
  b.copy(in, 7, 2);
  std::string out = b.str();
  OffsetMap m = b.take_map();
  EXPECT_EQ(out, "a & b");
  EXPECT_EQ(m.to_input(2), 2u);
  EXPECT_EQ(m.to_input(3), 7u);
  EXPECT_EQ(m.to_input(4), 8u);
}

TEST(OffsetMap, ComposeChainsTwoMaps) {
  // raw "xxABCyyDEF" -> mid "ABCDEF" -> out "DEF ABC"
  OffsetMap inner;
  inner.add(0, 3, 2, 3);
  inner.add(3, 3, 7, 3);
  OffsetMap outer;
  outer.add(0, 3, 3, 3);
  outer.add(3, 1, 3, 0);
  outer.add(4, 3, 0, 3);
  OffsetMap m = OffsetMap::compose(outer, inner);
  EXPECT_EQ(m.to_input(0), 7u);
  EXPECT_EQ(m.to_input(2), 9u);
  EXPECT_EQ(m.to_input(4), 2u);
  EXPECT_EQ(m.to_input(6), 4u);
}

TEST(OffsetMap, ComposeSplitsACopyAcrossInnerSegments) {
  OffsetMap inner;  // mid "ABCD" from raw "AB..CD"
  inner.add(0, 2, 0, 2);
  inner.add(2, 2, 4, 2);
  OffsetMap outer = OffsetMap::identity(4);
  OffsetMap m = OffsetMap::compose(outer, inner);
  EXPECT_EQ(m.to_input(1), 1u);
  EXPECT_EQ(m.to_input(2), 4u);
  EXPECT_EQ(m.to_input(3), 5u);
}

TEST(TextBuilder, TruncateCutsTheMapToo) {
  std::string in = "abcdef";
  TextBuilder b;
  b.copy(in, 0, 6);
  b.truncate(3);
  b.copy(in, 5, 1);
  EXPECT_EQ(b.str(), "abcf");
  OffsetMap m = b.take_map();
  EXPECT_EQ(m.to_input(3), 5u);
  EXPECT_EQ(m.to_input(2), 2u);
}

// Cutting the output back keeps exactly the mapping of the bytes that stay,
// whatever kind of segment the cut lands in: a copy keeps its head, a
// rewrite cut short maps to the start of what it replaced, deletions before
// the cut stay. Checked against rebuilding the map segment by segment.
TEST(TextBuilder, TruncateAtEveryOffsetKeepsTheMapOfTheBytesThatStay) {
  std::string in = "one two-\nthree &amp; four";
  auto build = [&in] {
    TextBuilder b;
    b.copy(in, 0, 7);        // "one two"
    b.emit("", 7, 2);        // the hyphen and line break dropped
    b.copy(in, 9, 6);        // "three "
    b.emit("&", 15, 5);      // an entity decoded
    b.copy(in, 20, 5);       // " four"
    return b;
  };
  const size_t full = build().size();
  for (size_t n = 0; n <= full; ++n) {
    TextBuilder b = build();
    OffsetMap before = build().take_map();
    b.truncate(n);
    OffsetMap expect;
    for (const auto& seg : before.segments()) {
      if (seg.out >= n) break;
      size_t keep = std::min<size_t>(seg.out_len, n - seg.out);
      expect.add(seg.out, keep, seg.in, seg.out_len == seg.in_len ? keep : keep == seg.out_len ? seg.in_len : 0);
    }
    OffsetMap got = b.take_map();
    ASSERT_EQ(got.segments().size(), expect.segments().size()) << "cut at " << n;
    for (size_t k = 0; k < got.segments().size(); ++k) {
      EXPECT_EQ(got.segments()[k].out, expect.segments()[k].out) << "cut at " << n;
      EXPECT_EQ(got.segments()[k].out_len, expect.segments()[k].out_len) << "cut at " << n;
      EXPECT_EQ(got.segments()[k].in, expect.segments()[k].in) << "cut at " << n;
      EXPECT_EQ(got.segments()[k].in_len, expect.segments()[k].in_len) << "cut at " << n;
    }
  }
}

TEST(OffsetMap, SegmentsAreSixteenBytes) { EXPECT_EQ(sizeof(OffsetMap::Segment), 16u); }

// Offsets are 32-bit like every Span and the store's packed maps: offsets
// past 2^31 map without sign trouble, and a segment reaching past 4 GiB is
// refused (readers name the file first: ingest::text_size_problem), never
// wrapped.
TEST(OffsetMap, OffsetsUpTo4GiBAndNoFurther) {
  OffsetMap m;
  m.add(0, 10, 4000000000u, 10);
  m.add(10, 3, 4000000010u, 5);
  EXPECT_EQ(m.to_input(5), 4000000005u);
  EXPECT_EQ(m.to_input(11), 4000000010u);
  EXPECT_EQ(m.to_input(13), 4000000015u);
  OffsetMap top;
  EXPECT_NO_THROW(top.add(0, 5, UINT32_MAX - 5, 5));
  EXPECT_THROW(top.add(5, 1, UINT32_MAX, 1), std::length_error);
  EXPECT_THROW(top.add(UINT32_MAX, 2, 0, 2), std::length_error);
  EXPECT_THROW(top.add(SIZE_MAX, 2, 0, 2), std::length_error);
  EXPECT_EQ(top.segments().size(), 1u);
}
