// OffsetMap and TextBuilder: derived-text offsets map back to the input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

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
    auto got = b.take_map().segments(), want = expect.segments();
    ASSERT_EQ(got.size(), want.size()) << "cut at " << n;
    for (size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].out, want[k].out) << "cut at " << n;
      EXPECT_EQ(got[k].out_len, want[k].out_len) << "cut at " << n;
      EXPECT_EQ(got[k].in, want[k].in) << "cut at " << n;
      EXPECT_EQ(got[k].in_len, want[k].in_len) << "cut at " << n;
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
  EXPECT_EQ(top.size(), 1u);
}

namespace {

// The map as a plain list of segments: what OffsetMap keeps coded, spelt out.
struct PlainMap {
  std::vector<OffsetMap::Segment> segs;
  void add(size_t out, size_t out_len, size_t in, size_t in_len) {
    if (out_len == 0 && in_len == 0) return;
    if (!segs.empty()) {
      auto& b = segs.back();
      if (b.out_len == b.in_len && out_len == in_len && b.out + b.out_len == out && b.in + b.in_len == in) {
        b.out_len += uint32_t(out_len);
        b.in_len += uint32_t(in_len);
        return;
      }
    }
    segs.push_back({uint32_t(out), uint32_t(out_len), uint32_t(in), uint32_t(in_len)});
  }
  void cut(size_t n) {
    while (!segs.empty() && segs.back().out >= n) segs.pop_back();
    if (segs.empty()) return;
    auto& s = segs.back();
    size_t keep = std::min<size_t>(s.out_len, n - s.out);
    if (keep == s.out_len) return;
    s.in_len = s.out_len == s.in_len ? uint32_t(keep) : 0;
    s.out_len = uint32_t(keep);
  }
  size_t to_input(size_t out) const {
    if (segs.empty()) return out;
    size_t k = 0;  // the last segment starting at or before `out`
    while (k + 1 < segs.size() && segs[k + 1].out <= out) ++k;
    const auto& s = segs[k];
    if (out < s.out) return s.in;
    size_t d = out - s.out;
    if (d >= s.out_len) return size_t(s.in) + s.in_len;
    return s.out_len == s.in_len ? s.in + d : s.in;
  }
};

void expect_same(const OffsetMap& m, const PlainMap& p, size_t out_size, const std::string& when) {
  auto got = m.segments();
  ASSERT_EQ(got.size(), p.segs.size()) << when;
  ASSERT_EQ(m.size(), p.segs.size()) << when;
  for (size_t k = 0; k < got.size(); ++k) {
    ASSERT_EQ(got[k].out, p.segs[k].out) << when << " segment " << k;
    ASSERT_EQ(got[k].out_len, p.segs[k].out_len) << when << " segment " << k;
    ASSERT_EQ(got[k].in, p.segs[k].in) << when << " segment " << k;
    ASSERT_EQ(got[k].in_len, p.segs[k].in_len) << when << " segment " << k;
  }
  for (size_t o = 0; o <= out_size + 2; ++o) ASSERT_EQ(m.to_input(o), p.to_input(o)) << when << " offset " << o;
}

}  // namespace

// The coded map keeps exactly the segments of a plain list under a long run
// of copies, rewrites, deletions, backward jumps of the input and cuts of the
// output's tail (cuts that reach back across many coded segments and blocks).
TEST(OffsetMap, CodedSegmentsMatchAPlainListThroughAddsAndCuts) {
  uint32_t seed = 12345;
  auto rnd = [&seed](uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  OffsetMap m;
  PlainMap p;
  size_t out = 0, in = 0;
  for (int step = 0; step < 3000; ++step) {
    uint32_t kind = rnd(10);
    if (kind < 4) {  // a copy, sometimes from elsewhere in the input
      if (rnd(4) == 0) in = rnd(5000);
      size_t len = 1 + rnd(6);
      m.add(out, len, in, len);
      p.add(out, len, in, len);
      out += len;
      in += len;
    } else if (kind < 8) {  // a rewrite or an insertion or a deletion
      size_t ol = rnd(4), il = rnd(4);
      m.add(out, ol, in, il);
      p.add(out, ol, in, il);
      out += ol;
      in += il;
    } else if (kind == 8 && out > 0) {  // cut the tail, a little or a lot
      size_t back = rnd(5) == 0 ? rnd(uint32_t(std::min<size_t>(out, 400))) : rnd(4);
      out -= std::min(out, back);
      m.cut(out);
      p.cut(out);
    }
    if (step % 500 == 499) expect_same(m, p, out, "step " + std::to_string(step));
  }
  expect_same(m, p, out, "end");
  OffsetMap copy = m;
  m.cut(0);
  p.cut(0);
  expect_same(m, p, 0, "cut to nothing");
  expect_same(copy, PlainMap{copy.segments()}, out, "copied");
}

// A text of one-letter lines joined by inserted breaks (a segment every one or
// two bytes) keeps its map in a few bytes a segment, not sixteen.
TEST(OffsetMap, ShortSegmentsTakeAFewBytesEach) {
  OffsetMap m;
  const size_t lines = 200000;
  for (size_t i = 0; i < lines; ++i) {
    if (i > 0) m.add(3 * i - 2, 2, 2 * i, 0);  // "\n\n" inserted before line i
    m.add(3 * i, 1, 2 * i, 1);                 // the line's letter, copied
  }
  EXPECT_EQ(m.size(), 2 * lines - 1);
  EXPECT_LE(m.heap_bytes(), m.size() * 8);  // with the growing buffer's slack
  EXPECT_EQ(m.to_input(3 * 150000), 2 * 150000u);
  EXPECT_EQ(m.to_input(3 * 150000 - 1), 2 * 150000u);  // inside an inserted break
  // Composed with a map of the same shape, the result is as small.
  OffsetMap c = OffsetMap::compose(m, OffsetMap::identity(2 * lines));
  EXPECT_EQ(c.size(), m.size());
  EXPECT_LE(c.heap_bytes(), c.size() * 5);  // slack given back
  EXPECT_EQ(c.to_input(3 * 99999), 2 * 99999u);
}

// Lookups in any order give what a walk from the start gives (the reader
// searches from a mark when the offset is behind it or far ahead).
TEST(OffsetMap, LookupsInAnyOrderAgree) {
  OffsetMap m;
  PlainMap p;
  size_t out = 0;
  for (size_t i = 0; i < 5000; ++i) {
    size_t ol = 1 + i % 3, il = i % 4 == 0 ? 0 : ol;
    m.add(out, ol, 7 * i, il);
    p.add(out, ol, 7 * i, il);
    out += ol;
  }
  OffsetMap::Reader r(m);
  for (size_t k = 0; k < 4000; ++k) {
    size_t o = (k * 7919) % (out + 1);
    ASSERT_TRUE(r.seek(o));
    size_t want = p.to_input(o);
    const auto& s = r.segment();
    size_t got = o < s.out ? s.in : o - s.out >= s.out_len ? s.in + s.in_len : s.out_len == s.in_len ? s.in + (o - s.out) : s.in;
    ASSERT_EQ(got, want) << o;
    ASSERT_EQ(m.to_input(o), want) << o;
  }
}
