// OffsetMap and TextBuilder: piecewise maps from a derived text to its input,
// kept delta-coded (a few bytes a segment) with a mark every kStride segments.
#include "doc/offset_map.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "base/varint.h"

namespace dyad {

namespace {

using base::put_varint;
using base::unzigzag;
using base::zigzag;

// The map reads only what it wrote itself: a varint always ends.
uint64_t get_varint(std::string_view b, size_t& i) {
  uint64_t v = 0;
  base::read_varint(b, i, v);
  return v;
}

// Decodes the segment coded at b[at] after one that ended at (out_end,
// in_end), moving all three past it.
OffsetMap::Segment decode(std::string_view b, size_t& at, uint32_t& out_end, uint32_t& in_end) {
  OffsetMap::Segment s;
  s.out = uint32_t(int64_t(out_end) + unzigzag(get_varint(b, at)));
  s.out_len = uint32_t(get_varint(b, at));
  s.in = uint32_t(int64_t(in_end) + unzigzag(get_varint(b, at)));
  s.in_len = uint32_t(get_varint(b, at));
  out_end = s.out + s.out_len;
  in_end = s.in + s.in_len;
  return s;
}

// The input offset for `out`, given the last segment starting at or before
// it (or the first segment, when none does).
size_t input_at(const OffsetMap::Segment& s, size_t out) {
  if (out < s.out) return s.in;  // before the first segment
  size_t d = out - s.out;
  if (d >= s.out_len) return size_t(s.in) + s.in_len;  // past the segment: its end
  if (s.out_len == s.in_len) return size_t(s.in) + d;
  return s.in;  // inside rewritten bytes: the start of what they replace
}

// to_input through a reader that moves forward with the offsets asked (an
// empty map, which the reader cannot seek in, maps every offset to itself).
size_t input_at(OffsetMap::Reader& r, size_t out) {
  if (!r.seek(out)) return out;
  return input_at(r.segment(), out);
}

}  // namespace

void OffsetMap::add(size_t out, size_t out_len, size_t in, size_t in_len) {
  if (out_len == 0 && in_len == 0) return;
  // Spans and the store's packed maps are 32-bit: a segment past 4 GiB would
  // wrap there (readers refuse such texts first, ingest::text_size_problem).
  auto end = [](size_t at, size_t len) { return at > SIZE_MAX - len ? SIZE_MAX : at + len; };
  if (std::max(end(out, out_len), end(in, in_len)) > UINT32_MAX)
    throw std::length_error("offset past 4 GiB (offsets are 32-bit)");
  if (count_ > 0) {
    Segment& b = last_;
    // Merge contiguous copies.
    if (b.out_len == b.in_len && out_len == in_len && b.out + b.out_len == out &&
        b.in + b.in_len == in) {
      b.out_len += uint32_t(out_len);
      b.in_len += uint32_t(in_len);
      return;
    }
    seal();
  }
  last_ = {uint32_t(out), uint32_t(out_len), uint32_t(in), uint32_t(in_len)};
  ++count_;
}

void OffsetMap::seal() {
  size_t coded = count_ - 1;
  if (coded % kStride == 0)
    marks_.push_back({last_.out, coded_out_end_, coded_in_end_, uint32_t(bytes_.size())});
  put_varint(bytes_, zigzag(int64_t(last_.out) - int64_t(coded_out_end_)));
  put_varint(bytes_, last_.out_len);
  put_varint(bytes_, zigzag(int64_t(last_.in) - int64_t(coded_in_end_)));
  put_varint(bytes_, last_.in_len);
  coded_out_end_ = last_.out + last_.out_len;
  coded_in_end_ = last_.in + last_.in_len;
}

void OffsetMap::pop_last() {
  if (--count_ == 0) {
    last_ = {};
    return;
  }
  // The last coded segment becomes last_: decode its block up to it.
  size_t e = count_ - 1;
  const Mark& mk = marks_[e / kStride];
  size_t at = mk.at;
  uint32_t out_end = mk.out_end, in_end = mk.in_end;
  Segment s{};
  for (size_t k = e / kStride * kStride; k <= e; ++k) {
    coded_out_end_ = out_end;
    coded_in_end_ = in_end;
    size_t start = at;
    s = decode(bytes_, at, out_end, in_end);
    if (k == e) bytes_.resize(start);
  }
  if (e % kStride == 0) marks_.pop_back();
  last_ = s;
}

void OffsetMap::cut(size_t n) {
  while (count_ > 0 && last_.out >= n) pop_last();
  if (count_ == 0) return;
  Segment& s = last_;
  size_t keep = std::min<size_t>(s.out_len, n - s.out);
  if (keep == s.out_len) return;
  if (s.out_len != s.in_len) s.in_len = 0;  // a rewrite cut short maps to the start of what it replaced
  else s.in_len = uint32_t(keep);
  s.out_len = uint32_t(keep);
}

void OffsetMap::reserve(size_t segments) {
  bytes_.reserve(segments * 4);
  marks_.reserve(segments / kStride + 1);
}

std::vector<OffsetMap::Segment> OffsetMap::segments() const {
  std::vector<Segment> v;
  v.reserve(count_);
  for_each([&v](const Segment& s) { v.push_back(s); });
  return v;
}

bool OffsetMap::Reader::next() {
  if (st_.index >= m_->count_) return false;
  if (st_.index + 1 == m_->count_) {
    cur_ = m_->last_;
    st_.out_end = cur_.out + cur_.out_len;
    st_.in_end = cur_.in + cur_.in_len;
  } else {
    cur_ = decode(m_->bytes_, st_.at, st_.out_end, st_.in_end);
  }
  ++st_.index;
  return true;
}

// Positions on the first segment of the block whose mark is the last at or
// before `out` (or on last_ when it starts there already).
void OffsetMap::Reader::jump(size_t out) {
  const OffsetMap& m = *m_;
  st_ = State{};
  if (out >= m.last_.out || m.marks_.empty()) {
    if (out >= m.last_.out) {
      st_.index = m.count_ - 1;
      st_.at = m.bytes_.size();
    }
    next();
    return;
  }
  auto it = std::upper_bound(m.marks_.begin(), m.marks_.end(), out,
                             [](size_t v, const Mark& k) { return v < k.out; });
  if (it != m.marks_.begin()) --it;
  st_.index = size_t(it - m.marks_.begin()) * kStride;
  st_.at = it->at;
  st_.out_end = it->out_end;
  st_.in_end = it->in_end;
  next();
}

bool OffsetMap::Reader::seek(size_t out) {
  if (m_->count_ == 0) return false;
  // Close ahead of the current segment: walk; else search from a mark.
  if (st_.index == 0 || out < cur_.out) jump(out);
  for (size_t steps = 0; st_.index < m_->count_; ++steps) {
    if (steps == 2 * kStride) {
      jump(out);
      steps = 0;
    }
    State keep = st_;
    Segment was = cur_;
    next();
    if (cur_.out > out) {
      st_ = keep;
      cur_ = was;
      break;
    }
  }
  return true;
}

size_t OffsetMap::to_input(size_t out) const {
  Reader r(*this);
  return input_at(r, out);
}

OffsetMap OffsetMap::compose(const OffsetMap& outer, const OffsetMap& inner) {
  OffsetMap r;
  // Each segment of the result starts where one of outer's does or at one of
  // inner's edges: room for their sum, and the slack given back at the end.
  r.reserve(outer.size() + inner.size());
  Reader ir(inner);
  outer.for_each([&](const Segment& s) {
    if (s.out_len != s.in_len || s.in_len == 0) {
      size_t a = input_at(ir, s.in), b = input_at(ir, size_t(s.in) + s.in_len);
      r.add(s.out, s.out_len, a, b >= a ? b - a : 0);
      return;
    }
    // A copy: split along inner's segments.
    size_t pos = s.in, end = size_t(s.in) + s.in_len;
    bool have = ir.seek(pos);
    while (pos < end) {
      const Segment& q = ir.segment();
      if (!have || pos < q.out) {
        // Not covered by inner (should not happen): map as identity.
        size_t stop = !have ? end : std::min<size_t>(end, q.out);
        r.add(s.out + (pos - s.in), stop - pos, pos, stop - pos);
        pos = stop;
        continue;
      }
      size_t seg_end = size_t(q.out) + q.out_len;
      if (pos >= seg_end) {
        have = ir.next();
        continue;
      }
      size_t stop = std::min(end, seg_end);
      if (q.out_len == q.in_len) {
        r.add(s.out + (pos - s.in), stop - pos, size_t(q.in) + (pos - q.out), stop - pos);
      } else {
        size_t a = q.in;  // rewritten bytes map to the edges of what they replace
        size_t b = stop == seg_end ? size_t(q.in) + q.in_len : q.in;
        r.add(s.out + (pos - s.in), stop - pos, a, b - a);
      }
      pos = stop;
    }
  });
  // A document keeps it: no slack.
  if (r.bytes_.capacity() > r.bytes_.size() + r.bytes_.size() / 4 + 64) r.bytes_.shrink_to_fit();
  if (r.marks_.capacity() > r.marks_.size() + r.marks_.size() / 4 + 4) r.marks_.shrink_to_fit();
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
