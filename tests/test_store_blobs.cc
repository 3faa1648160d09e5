// The store's column encodings (store/blobs.h): an original compressed
// against its clean text comes back byte for byte and costs far less than
// itself; offset maps round-trip through varints, gaps and rewrites included;
// damaged bytes fail with a StoreError instead of wrong data.
#include <gtest/gtest.h>

#include <string>

#include "doc/offset_map.h"
#include "store/blobs.h"
#include "store/store.h"

using dyad::OffsetMap;
using namespace dyad::store;

namespace {

std::string repeat_paragraphs(int n) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += "Paragraph " + std::to_string(i) + ": the envoys met again on day " + std::to_string(i * 7 % 31) +
         " and agreed to keep talking.\n\n";
  return s;
}

}  // namespace

TEST(StoreBlobs, OriginalComesBackAndCostsLittleBesideItsText) {
  std::string text = repeat_paragraphs(200);
  // The original differs from the clean text by markup around each paragraph.
  std::string raw = "<html><body>";
  for (size_t at = 0, next; at < text.size(); at = next + 2) {
    next = text.find("\n\n", at);
    raw += "<p>" + text.substr(at, next - at) + "</p>\n";
  }
  raw += "</body></html>";
  std::string packed = pack_raw(raw, text);
  EXPECT_LT(packed.size() * 20, raw.size());
  EXPECT_EQ(unpack_raw(packed, text), raw);
  // Nothing in common, or empty, still round-trips.
  EXPECT_EQ(unpack_raw(pack_raw("\x01\x02 binary \xff", "unrelated"), "unrelated"), "\x01\x02 binary \xff");
  EXPECT_EQ(unpack_raw(pack_raw("", ""), ""), "");
}

TEST(StoreBlobs, DamagedOriginalFailsClearly) {
  std::string text = repeat_paragraphs(20);
  std::string packed = pack_raw(text + "tail", text);
  EXPECT_THROW(unpack_raw("not a frame", text), StoreError);
  EXPECT_THROW(unpack_raw(packed.substr(0, packed.size() / 2), text), StoreError);
}

TEST(StoreBlobs, OffsetMapsRoundTripAndAreSmall) {
  OffsetMap m;
  m.add(0, 100, 12, 100);      // a copy after a 12-byte header
  m.add(100, 1, 130, 6);       // "&amp;" -> "&"
  m.add(101, 50, 136, 50);
  m.add(151, 0, 400, 20);      // dropped input
  m.add(151, 3, 90, 1);        // rewritten from an earlier input byte (negative gap)
  m.add(154, 70000, 420, 70000);
  std::string packed = pack_offsets(m);
  EXPECT_LT(packed.size(), m.size() * 16 / 2);
  OffsetMap back = unpack_offsets(packed);
  auto a = back.segments(), b = m.segments();
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < b.size(); ++i) {
    EXPECT_EQ(a[i].out, b[i].out) << i;
    EXPECT_EQ(a[i].out_len, b[i].out_len) << i;
    EXPECT_EQ(a[i].in, b[i].in) << i;
    EXPECT_EQ(a[i].in_len, b[i].in_len) << i;
  }
  EXPECT_TRUE(unpack_offsets("").empty());
  EXPECT_THROW(unpack_offsets(packed.substr(0, packed.size() - 1) + "\x80"), StoreError);
}
