// The column encodings of blobs.h: zstd with the clean text as prefix, and
// varint offset maps.
#include "store/blobs.h"

#include <zstd.h>

#include <cstdint>
#include <cstring>
#include <memory>

#include "base/varint.h"
#include "store/store.h"

namespace dyad::store {

namespace {

struct CCtxFree {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxFree {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

constexpr int kLevel = 3;
constexpr int kMaxWindowLog = 27;  // zstd's default decoding limit (128 MB)

int window_log(size_t bytes) {
  int log = 10;
  while (log < kMaxWindowLog && (size_t{1} << log) < bytes) ++log;
  return log;
}

void check(size_t rc, const char* what) {
  if (ZSTD_isError(rc)) throw StoreError(std::string(what) + ": " + ZSTD_getErrorName(rc));
}

using base::put_varint;
using base::unzigzag;
using base::zigzag;

uint64_t get_varint(std::string_view b, size_t& i) {
  uint64_t v = 0;
  if (!base::read_varint(b, i, v)) throw StoreError(i >= b.size() ? "offset map: truncated" : "offset map: bad number");
  return v;
}

}  // namespace

std::string pack_raw(std::string_view raw, std::string_view text) {
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxFree> ctx(ZSTD_createCCtx());
  ZSTD_CCtx* c = ctx.get();
  check(ZSTD_CCtx_reset(c, ZSTD_reset_session_and_parameters), "zstd");
  check(ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, kLevel), "zstd");
  check(ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, window_log(raw.size() + text.size())), "zstd");
  check(ZSTD_CCtx_refPrefix(c, text.data(), text.size()), "zstd");
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  size_t n = ZSTD_compress2(c, out.data(), out.size(), raw.data(), raw.size());
  check(n, "compressing the original");
  out.resize(n);
  return out;
}

std::string unpack_raw(std::string_view packed, std::string_view text) {
  unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 32))
    throw StoreError("original bytes: not a dyad zstd frame");
  thread_local std::unique_ptr<ZSTD_DCtx, DCtxFree> ctx(ZSTD_createDCtx());
  ZSTD_DCtx* d = ctx.get();
  check(ZSTD_DCtx_reset(d, ZSTD_reset_session_and_parameters), "zstd");
  check(ZSTD_DCtx_setParameter(d, ZSTD_d_windowLogMax, kMaxWindowLog), "zstd");
  check(ZSTD_DCtx_refPrefix(d, text.data(), text.size()), "zstd");
  std::string out(static_cast<size_t>(size), '\0');
  size_t n = ZSTD_decompressDCtx(d, out.data(), out.size(), packed.data(), packed.size());
  check(n, "original bytes");
  out.resize(n);
  return out;
}

std::string pack_offsets(const OffsetMap& m) {
  std::string out;
  out.reserve(m.size() * 4);
  int64_t out_end = 0, in_end = 0;
  m.for_each([&](const OffsetMap::Segment& s) {
    put_varint(out, zigzag(static_cast<int64_t>(s.out) - out_end));
    put_varint(out, s.out_len);
    put_varint(out, zigzag(static_cast<int64_t>(s.in) - in_end));
    put_varint(out, s.in_len);
    out_end = static_cast<int64_t>(s.out + s.out_len);
    in_end = static_cast<int64_t>(s.in + s.in_len);
  });
  return out;
}

OffsetMap unpack_offsets(std::string_view b) {
  OffsetMap m;
  int64_t out_end = 0, in_end = 0;
  for (size_t i = 0; i < b.size();) {
    int64_t out = out_end + unzigzag(get_varint(b, i));
    uint64_t out_len = get_varint(b, i);
    int64_t in = in_end + unzigzag(get_varint(b, i));
    uint64_t in_len = get_varint(b, i);
    if (out < 0 || in < 0) throw StoreError("offset map: negative offset");
    m.add(static_cast<size_t>(out), out_len, static_cast<size_t>(in), in_len);
    out_end = out + static_cast<int64_t>(out_len);
    in_end = in + static_cast<int64_t>(in_len);
  }
  return m;
}

OffsetMap unpack_offsets_v5(std::string_view b) {
  OffsetMap m;
  for (size_t i = 0; i + 16 <= b.size(); i += 16) {
    uint32_t v[4];
    std::memcpy(v, b.data() + i, sizeof v);
    m.add(v[0], v[1], v[2], v[3]);
  }
  return m;
}

}  // namespace dyad::store
