// Linear multi-class models over hashed sparse features: the averaged
// perceptron used while training (sparse rows of class weights, averaged
// lazily) and the compact model it compiles to for tagging and parsing (each
// feature's row of class weights contiguous, int16 weights with one scale).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::lang {

using Feature = uint64_t;

// 64-bit mixing (splitmix64 finaliser).
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
// A feature from a template number and up to three values.
inline Feature feat(uint64_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = mix64(templ * 0x9e3779b97f4a7c15ULL + a);
  h = mix64(h ^ (b * 0xc2b2ae3d27d4eb4fULL));
  h = mix64(h ^ (c * 0x165667b19e3779f9ULL));
  return h | 1;  // never 0 (0 marks an empty slot)
}
// The 32-bit key a compiled model stores for a feature (never 0).
inline Feature short_key(Feature f) { return (f >> 32) | 1; }
// Hash of a string (stable across runs and machines).
uint64_t hash_string(std::string_view s);

// Memory for the large tables of a model: blocks of 2 MB and more are
// aligned to 2 MB and offered to the kernel as huge pages (Linux), so that
// random lookups over tens of megabytes miss the TLB far less often.
void* huge_alloc(size_t bytes);
void huge_free(void* p) noexcept;
template <class T>
struct HugeAllocator {
  using value_type = T;
  HugeAllocator() = default;
  template <class U>
  HugeAllocator(const HugeAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(huge_alloc(n * sizeof(T))); }
  void deallocate(T* p, size_t) noexcept { huge_free(p); }
  template <class U>
  bool operator==(const HugeAllocator<U>&) const {
    return true;
  }
};
template <class T>
using HugeVector = std::vector<T, HugeAllocator<T>>;

// Open-addressing map from a feature (never 0) to a row number. Each slot
// holds the feature, its row and one more value its owner may keep there
// (the compiled model keeps the row's place in its weights), so that a
// lookup touches one cache line.
class FeatureIndex {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;
  struct Slot {
    Feature key = 0;
    uint32_t row = kMissing;
    uint32_t extra = kMissing;
  };
  uint32_t find(Feature f) const {
    const Slot* s = find_slot(f);
    return s ? s->row : kMissing;
  }
  const Slot* find_slot(Feature f) const;
  // Returns the row of `f`, giving it `next_row` when new.
  uint32_t insert(Feature f, uint32_t next_row);
  size_t size() const { return size_; }
  void reserve(size_t n);
  void prefetch(Feature f) const;
  template <class F>
  void for_each(F&& each) const {
    for (const Slot& s : slots_)
      if (s.key != 0) each(s.key, s.row);
  }
  // Sets each slot's extra value to extra_of(row).
  template <class F>
  void set_extras(F&& extra_of) {
    for (Slot& s : slots_)
      if (s.key != 0) s.extra = extra_of(s.row);
  }

 private:
  void grow();
  size_t slot(Feature f) const { return static_cast<size_t>((f * 0x9e3779b97f4a7c15ULL) >> 24) & mask_; }
  HugeVector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// The compiled model: scores[c] = sum over features of weight(feature, c).
// Features are looked up by their short_key (a collision among the kept
// features drops the later one when compiling).
struct LinearModel {
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  int classes = 0;
  float scale = 1.0f;           // weight = entry.weight * scale
  FeatureIndex index;           // feature -> row
  std::vector<uint32_t> start;  // row r holds entries [start[r], start[r + 1])
  HugeVector<Entry> entries;

  // Adds the rows of the features into scores[0..classes) (integer units).
  void score(const Feature* feats, size_t n, int32_t* scores) const;
  size_t rows() const { return start.empty() ? 0 : start.size() - 1; }
  // The same model without the weights smaller than `min_abs` (integer units)
  // and the rows left empty; rows keep their order.
  LinearModel pruned(int min_abs) const;
  // Writes each row's place in `entries` into its index slot (first entry << 8
  // | entry count), read by score(); call once the rows are all in.
  void index_spans();
};

// Averaged perceptron for training: rows are created on the first update of
// a feature, weights averaged over every instance seen (lazy timestamps).
class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int classes) : classes_(classes) {}
  int classes() const { return classes_; }
  // Adds the current (not averaged) weights into scores[0..classes).
  void score(const std::vector<Feature>& feats, float* scores) const;
  // One more training instance has been seen.
  void tick() { ++now_; }
  // Rewards `truth` and penalises `guess` on every feature (nothing if equal).
  void update(const std::vector<Feature>& feats, int truth, int guess);
  // Adds `delta` to class `cls` on every feature (one step of a structured update).
  void update_one(const std::vector<Feature>& feats, int cls, float delta);
  // The averaged weights, quantised; a feature updated fewer than
  // `min_updates` times is dropped, and so is a weight that rounds to 0.
  LinearModel compile(uint32_t min_updates) const;

 private:
  struct Weight {
    uint16_t cls;
    float weight;
  };
  struct Average {
    double total = 0;
    uint32_t stamp = 0;
  };
  void add(uint32_t row, int cls, float delta);
  uint32_t row_of(Feature f);
  int classes_;
  uint32_t now_ = 0;
  FeatureIndex index_;
  std::vector<std::vector<Weight>> rows_;     // current weights (read when scoring)
  std::vector<std::vector<Average>> totals_;  // parallel to rows_: sums for averaging
  std::vector<uint32_t> updates_;
  std::vector<Feature> features_;
};

// Index of the highest score among the allowed classes (-1 if none).
int best_class(const int32_t* scores, const uint8_t* allowed, int n);

}  // namespace dyad::lang
