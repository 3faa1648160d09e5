// OffsetMap and TextBuilder: piecewise maps from a derived text to its input.
#include "doc/offset_map.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace dyad {

void OffsetMap::add(size_t out, size_t out_len, size_t in, size_t in_len) {
  if (out_len == 0 && in_len == 0) return;
  // Spans and the store's packed maps are 32-bit: a segment past 4 GiB would
  // wrap there (readers refuse such texts first, ingest::text_size_problem).
  auto end = [](size_t at, size_t len) { return at > SIZE_MAX - len ? SIZE_MAX : at + len; };
  if (std::max(end(out, out_len), end(in, in_len)) > UINT32_MAX)
    throw std::length_error("offset past 4 GiB (offsets are 32-bit)");
  if (!segs_.empty()) {
    Segment& b = segs_.back();
    // Merge contiguous copies.
    if (b.out_len == b.in_len && out_len == in_len && b.out + b.out_len == out &&
        b.in + b.in_len == in) {
      b.out_len += out_len;
      b.in_len += in_len;
      return;
    }
  }
  segs_.push_back({uint32_t(out), uint32_t(out_len), uint32_t(in), uint32_t(in_len)});
}

void OffsetMap::cut(size_t n) {
  while (!segs_.empty() && segs_.back().out >= n) segs_.pop_back();
  if (segs_.empty()) return;
  Segment& s = segs_.back();
  size_t keep = std::min<size_t>(s.out_len, n - s.out);
  if (keep == s.out_len) return;
  if (s.out_len != s.in_len) s.in_len = 0;  // a rewrite cut short maps to the start of what it replaced
  else s.in_len = uint32_t(keep);
  s.out_len = uint32_t(keep);
}

size_t OffsetMap::to_input(size_t out) const {
  if (segs_.empty()) return out;
  // Last segment whose start <= out.
  auto it = std::upper_bound(segs_.begin(), segs_.end(), out,
                             [](size_t v, const Segment& s) { return v < s.out; });
  if (it == segs_.begin()) return segs_.front().in;
  const Segment& s = *(it - 1);
  size_t d = out - s.out;
  if (d >= s.out_len) return size_t(s.in) + s.in_len;  // past the segment: its end
  if (s.out_len == s.in_len) return size_t(s.in) + d;
  return s.in;  // inside rewritten bytes: the start of what they replace
}

OffsetMap OffsetMap::compose(const OffsetMap& outer, const OffsetMap& inner) {
  OffsetMap r;
  // Each segment of the result starts where one of outer's does or at one of
  // inner's edges: reserving their sum spares the doubling vector's copies
  // (old and new buffers at once, a third of the larger one unused).
  r.segs_.reserve(outer.segs_.size() + inner.segs_.size());
  for (const Segment& s : outer.segs_) {
    if (s.out_len != s.in_len || s.in_len == 0) {
      size_t a = inner.to_input(s.in), b = inner.to_input(size_t(s.in) + s.in_len);
      r.add(s.out, s.out_len, a, b >= a ? b - a : 0);
      continue;
    }
    // A copy: split along inner's segments.
    size_t pos = s.in, end = size_t(s.in) + s.in_len;
    auto it = std::upper_bound(inner.segs_.begin(), inner.segs_.end(), pos,
                               [](size_t v, const Segment& q) { return v < q.out; });
    if (it != inner.segs_.begin()) --it;
    while (pos < end) {
      if (it == inner.segs_.end() || pos < it->out) {
        // Not covered by inner (should not happen): map as identity.
        size_t stop = it == inner.segs_.end() ? end : std::min<size_t>(end, it->out);
        r.add(s.out + (pos - s.in), stop - pos, pos, stop - pos);
        pos = stop;
        continue;
      }
      size_t seg_end = size_t(it->out) + it->out_len;
      if (pos >= seg_end) {
        ++it;
        continue;
      }
      size_t stop = std::min(end, seg_end);
      if (it->out_len == it->in_len) {
        r.add(s.out + (pos - s.in), stop - pos, size_t(it->in) + (pos - it->out), stop - pos);
      } else {
        size_t a = it->in;  // rewritten bytes map to the edges of what they replace
        size_t b = stop == seg_end ? size_t(it->in) + it->in_len : it->in;
        r.add(s.out + (pos - s.in), stop - pos, a, b - a);
      }
      pos = stop;
    }
  }
  if (r.segs_.capacity() > r.segs_.size() + r.segs_.size() / 4 + 16) r.segs_.shrink_to_fit();  // a document keeps it
  return r;
}

OffsetMap OffsetMap::identity(size_t len) {
  OffsetMap m;
  m.add(0, len, 0, len);
  return m;
}

void TextBuilder::copy(std::string_view src, size_t from, size_t len) {
  if (len == 0) return;
  map_.add(out_.size(), len, from, len);
  out_.append(src.substr(from, len));
}

void TextBuilder::emit(std::string_view s, size_t in, size_t in_len) {
  if (s.empty() && in_len == 0) return;
  map_.add(out_.size(), s.size(), in, in_len);
  out_.append(s);
}

void TextBuilder::trim_back() {
  size_t n = out_.size();
  while (n > 0 && (out_[n - 1] == ' ' || out_[n - 1] == '\t' || out_[n - 1] == '\n')) --n;
  truncate(n);
}

void TextBuilder::truncate(size_t n) {
  if (n >= out_.size()) return;
  out_.resize(n);
  map_.cut(n);  // only the tail: a cut per line stays linear
}

}  // namespace dyad
