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
  // Offsets are 32-bit like every span (add() refuses more).
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

  size_t size() const { return count_; }  // segments
  bool empty() const { return count_ == 0; }
  // The segments, decoded, in output order (a copy: for packing and tests).
  std::vector<Segment> segments() const;
  // Room for about `segments` segments.
  void reserve(size_t segments);
  // Bytes the map holds on the heap.
  size_t heap_bytes() const { return bytes_.capacity() + marks_.capacity() * sizeof(Mark); }

  // Reads the segments in output order, or from the one that holds an offset.
  class Reader {
   public:
    explicit Reader(const OffsetMap& m) : m_(&m) {}
    // Moves to the next segment; false (and stays) after the last.
    bool next();
    // Moves to the last segment that starts at or before `out` (the first
    // segment when none does); false when the map is empty. Walks forward
    // from the current segment when `out` is close ahead, else searches.
    bool seek(size_t out);
    const Segment& segment() const { return cur_; }

   private:
    struct State {
      size_t index = 0;  // segments read
      size_t at = 0;     // byte offset of the next coded segment
      uint32_t out_end = 0, in_end = 0;  // the ends of the segment read last
    };
    void jump(size_t out);
    const OffsetMap* m_;
    State st_;
    Segment cur_{};
  };

  template <class F>
  void for_each(F&& f) const {
    Reader r(*this);
    while (r.next()) f(r.segment());
  }

 private:
  // Every segment but the last is kept delta-coded in bytes_: four varints,
  // out and in as zigzag distances from the previous segment's ends, then
  // out_len and in_len (a line copied between two inserted breaks takes 4
  // bytes instead of 16). Every kStride-th coded segment has a Mark, so a
  // lookup decodes at most kStride segments after a binary search.
  static constexpr size_t kStride = 32;
  struct Mark {
    uint32_t out;               // the segment's start
    uint32_t out_end, in_end;   // the ends of the segment before it
    uint32_t at;                // where it is coded in bytes_
  };
  void seal();                  // codes last_ into bytes_
  void pop_last();              // drops last_, decoding the one before it
  std::string bytes_;
  std::vector<Mark> marks_;
  Segment last_{};              // the last segment, open to merging
  size_t count_ = 0;            // segments, last_ included
  uint32_t coded_out_end_ = 0, coded_in_end_ = 0;  // the ends of the last coded segment
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
