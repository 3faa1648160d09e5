// OffsetMap: maps byte offsets of a derived text back to the text it was made
// from, so every span of the clean text can be traced to the original bytes.
// TextBuilder builds a derived text and its map together.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class OffsetMap {
 public:
  // Output bytes [out, out+out_len) come from input bytes [in, in+in_len).
  // When out_len == in_len the bytes were copied and map one to one;
  // otherwise they were rewritten and map to the edges of the input range.
  // Offsets are 32-bit like every span (add() refuses more): 16 bytes a segment.
  struct Segment {
    uint32_t out, out_len, in, in_len;
  };

  void add(size_t out, size_t out_len, size_t in, size_t in_len);
  // Input offset for output offset `out` (an offset equal to the output's
  // length maps to the end of the last segment).
  size_t to_input(size_t out) const;
  // The composition `inner ∘ outer`: maps outer's output to inner's input.
  static OffsetMap compose(const OffsetMap& outer, const OffsetMap& inner);
  // The identity map over `len` bytes.
  static OffsetMap identity(size_t len);

  // Drops the mapping of output bytes from `n` on (segments are in output order).
  void cut(size_t n);

  const std::vector<Segment>& segments() const { return segs_; }
  bool empty() const { return segs_.empty(); }
  void reserve(size_t segments) { segs_.reserve(segments); }

 private:
  std::vector<Segment> segs_;
};

class TextBuilder {
 public:
  // Appends src[from, from+len) as copied bytes.
  void copy(std::string_view src, size_t from, size_t len);
  // Appends `s`, which replaces input bytes [in, in+in_len).
  void emit(std::string_view s, size_t in, size_t in_len);
  // Room for `bytes` of text and `segments` of map, when the caller knows.
  void reserve(size_t bytes, size_t segments) {
    out_.reserve(bytes);
    map_.reserve(segments);
  }
  size_t size() const { return out_.size(); }
  bool empty() const { return out_.empty(); }
  char back() const { return out_.back(); }
  const std::string& str() const { return out_; }
  // Removes trailing ASCII spaces/tabs/newlines already appended.
  void trim_back();
  // Cuts the output back to `n` bytes (and the map with it).
  void truncate(size_t n);

  std::string take_text() { return std::move(out_); }
  OffsetMap take_map() { return std::move(map_); }

 private:
  std::string out_;
  OffsetMap map_;
};

}  // namespace dyad
