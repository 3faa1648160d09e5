// The dictionary-compressed clean text of text_codec.h, over libzstd's
// dictionary builder (zdict.h) and its prepared dictionaries.
#include "store/text_codec.h"

#include <zdict.h>
#include <zstd.h>

#include <algorithm>

#include "store/store.h"

namespace dyad::store {

namespace {

constexpr int kTextLevel = 6;
constexpr size_t kMaxDictBytes = 64u << 10;
constexpr size_t kMinDictBytes = 4u << 10;
constexpr size_t kRecentTexts = 8;

void check(size_t rc, const char* what) {
  if (ZSTD_isError(rc)) throw StoreError(std::string(what) + ": " + ZSTD_getErrorName(rc));
}

}  // namespace

std::string train_text_dictionary(const std::vector<std::string_view>& samples) {
  std::string joined;
  std::vector<size_t> sizes;
  for (auto s : samples) {
    if (s.empty()) continue;
    joined.append(s);
    sizes.push_back(s.size());
  }
  size_t capacity = std::clamp(joined.size() / 32, kMinDictBytes, kMaxDictBytes);
  if (sizes.size() < 8) return {};
  std::string dict(capacity, '\0');
  size_t n = ZDICT_trainFromBuffer(dict.data(), dict.size(), joined.data(), sizes.data(), static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(n)) return {};
  dict.resize(n);
  return dict;
}

unsigned text_dictionary_id(std::string_view dict) { return ZDICT_getDictID(dict.data(), dict.size()); }

TextPacker::TextPacker(std::string dict) : dict_(std::move(dict)), id_(text_dictionary_id(dict_)) {
  if (!id_) throw StoreError("text dictionary: not a zstd dictionary");
  cdict_ = ZSTD_createCDict(dict_.data(), dict_.size(), kTextLevel);
  cctx_ = ZSTD_createCCtx();
  if (!cdict_ || !cctx_) throw StoreError("text dictionary: out of memory");
}

TextPacker::~TextPacker() {
  ZSTD_freeCDict(cdict_);
  ZSTD_freeCCtx(cctx_);
}

std::string TextPacker::pack(std::string_view text) const {
  std::string out(ZSTD_compressBound(text.size()), '\0');
  size_t n = ZSTD_compress_usingCDict(cctx_, out.data(), out.size(), text.data(), text.size(), cdict_);
  check(n, "compressing a text");
  out.resize(n);
  return out;
}

TextUnpacker::TextUnpacker() : dctx_(ZSTD_createDCtx()) {}

TextUnpacker::~TextUnpacker() {
  for (auto& [id, d] : dicts_) ZSTD_freeDDict(d);
  ZSTD_freeDCtx(dctx_);
}

ZSTD_DDict* TextUnpacker::dictionary(unsigned id, const Loader& load) {
  auto it = dicts_.find(id);
  if (it != dicts_.end()) return it->second;
  std::string bytes = load(id);
  if (bytes.empty()) throw StoreError("text dictionary " + std::to_string(id) + " is missing");
  ZSTD_DDict* d = ZSTD_createDDict(bytes.data(), bytes.size());
  if (!d) throw StoreError("text dictionary " + std::to_string(id) + " is damaged");
  dicts_[id] = d;
  return d;
}

const std::string& TextUnpacker::unpack(std::string_view packed, const Loader& load) {
  for (auto it = recent_.begin(); it != recent_.end(); ++it)
    if (it->first == packed) {
      recent_.splice(recent_.begin(), recent_, it);
      return recent_.front().second;
    }
  unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 32))
    throw StoreError("text: not a dyad zstd frame");
  unsigned id = ZSTD_getDictID_fromFrame(packed.data(), packed.size());
  std::string text(static_cast<size_t>(size), '\0');
  size_t n = id ? ZSTD_decompress_usingDDict(dctx_, text.data(), text.size(), packed.data(), packed.size(),
                                             dictionary(id, load))
                : ZSTD_decompressDCtx(dctx_, text.data(), text.size(), packed.data(), packed.size());
  check(n, "text");
  text.resize(n);
  if (recent_.size() >= kRecentTexts) recent_.pop_back();
  recent_.emplace_front(std::string(packed), std::move(text));
  return recent_.front().second;
}

}  // namespace dyad::store
