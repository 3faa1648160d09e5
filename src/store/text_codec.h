// The clean text of SQLite stores from schema 7 on: each document's text is a
// zstd frame compressed with a dictionary trained on the store's own
// documents (table text_dicts, keyed by the dictionary id each frame
// carries). Texts stored before a store has a dictionary stay plain TEXT;
// the SQL functions dyad_text and dyad_slice (sqlite_connection.cc) read both.
#pragma once

#include <functional>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct ZSTD_CDict_s;
struct ZSTD_DDict_s;
struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace dyad::store {

// Plain text a store holds before it trains its dictionary.
inline constexpr size_t kTextTrainBytes = size_t{1} << 20;

// A dictionary trained on `samples` (about 1/32 of their bytes, at most
// 64 KiB); empty when zstd cannot train one from them.
std::string train_text_dictionary(const std::vector<std::string_view>& samples);
// The id zstd gives `dict` (written into every frame packed with it).
unsigned text_dictionary_id(std::string_view dict);

// Compresses texts with one dictionary.
class TextPacker {
 public:
  // Throws StoreError when `dict` is not a zstd dictionary.
  explicit TextPacker(std::string dict);
  ~TextPacker();
  TextPacker(const TextPacker&) = delete;
  TextPacker& operator=(const TextPacker&) = delete;
  unsigned id() const { return id_; }
  std::string pack(std::string_view text) const;

 private:
  std::string dict_;
  unsigned id_ = 0;
  ZSTD_CDict_s* cdict_ = nullptr;
  ZSTD_CCtx_s* cctx_ = nullptr;
};

// Decompresses packed texts; dictionaries are fetched once by id through the
// loader (empty: unknown) and the last few texts are kept, so slices of one
// document cost one decompression.
class TextUnpacker {
 public:
  using Loader = std::function<std::string(unsigned id)>;
  TextUnpacker();
  ~TextUnpacker();
  TextUnpacker(const TextUnpacker&) = delete;
  TextUnpacker& operator=(const TextUnpacker&) = delete;
  // The text of `packed`, valid until the next call. Throws StoreError on a
  // damaged frame or an unknown dictionary.
  const std::string& unpack(std::string_view packed, const Loader& load);

 private:
  ZSTD_DDict_s* dictionary(unsigned id, const Loader& load);
  ZSTD_DCtx_s* dctx_ = nullptr;
  std::map<unsigned, ZSTD_DDict_s*> dicts_;
  std::list<std::pair<std::string, std::string>> recent_;  // packed, text; newest first
};

}  // namespace dyad::store
