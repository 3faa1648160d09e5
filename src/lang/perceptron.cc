// The averaged perceptron, its compiled form and the feature hash table.
#include "lang/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <new>

#include <xxhash.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace dyad::lang {

uint64_t hash_string(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

void* huge_alloc(size_t bytes) {
  constexpr size_t kHuge = size_t{2} << 20;
  if (bytes < kHuge) {
    if (void* p = std::malloc(bytes ? bytes : 1)) return p;
    throw std::bad_alloc();
  }
  size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
  void* p = std::aligned_alloc(kHuge, rounded);
  if (!p) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, rounded, MADV_HUGEPAGE);  // a hint: without huge pages the block works the same
#endif
  return p;
}

void huge_free(void* p) noexcept { std::free(p); }

void FeatureIndex::reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  if (cap <= slots_.size()) return;
  HugeVector<Slot> old = std::move(slots_);
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  size_ = 0;
  for (const Slot& o : old) {
    if (o.key == 0) continue;
    size_t i = slot(o.key);
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = o;
    ++size_;
  }
}

void FeatureIndex::grow() { reserve(slots_.empty() ? 1024 : slots_.size()); }

const FeatureIndex::Slot* FeatureIndex::find_slot(Feature f) const {
  if (slots_.empty()) return nullptr;
  size_t i = slot(f);
  while (true) {
    const Slot& s = slots_[i];
    if (s.key == f) return &s;
    if (s.key == 0) return nullptr;
    i = (i + 1) & mask_;
  }
}

void FeatureIndex::prefetch(Feature f) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[slot(f)]);
}

uint32_t FeatureIndex::insert(Feature f, uint32_t next_row) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  size_t i = slot(f);
  while (slots_[i].key != 0) {
    if (slots_[i].key == f) return slots_[i].row;
    i = (i + 1) & mask_;
  }
  slots_[i] = Slot{f, next_row, kMissing};
  ++size_;
  return next_row;
}

void LinearModel::index_spans() {
  // Rows whose first entry does not fit in 24 bits keep kMissing: score() reads `start` for them.
  index.set_extras([&](uint32_t r) {
    uint32_t first = start[r], count = start[r + 1] - start[r];
    return first < (1u << 24) && count < 256 ? (first << 8) | count : FeatureIndex::kMissing;
  });
}

void LinearModel::score(const Feature* feats, size_t n, int32_t* scores) const {
  uint32_t first[256], last[256];
  size_t m = 0;
  for (size_t i = 0; i < n; ++i) index.prefetch(short_key(feats[i]));
  for (size_t i = 0; i < n && m < 256; ++i) {
    const FeatureIndex::Slot* s = index.find_slot(short_key(feats[i]));
    if (!s) continue;
    if (s->extra != FeatureIndex::kMissing) {
      first[m] = s->extra >> 8;
      last[m] = first[m] + (s->extra & 255);
    } else {
      first[m] = start[s->row];
      last[m] = start[s->row + 1];
    }
    __builtin_prefetch(&entries[first[m]]);
    ++m;
  }
  for (size_t i = 0; i < m; ++i) {
    const Entry* e = entries.data() + first[i];
    const Entry* end = entries.data() + last[i];
    for (; e < end; ++e) scores[e->cls] += e->weight;
  }
}

LinearModel LinearModel::pruned(int min_abs) const {
  LinearModel m;
  m.classes = classes;
  m.scale = scale;
  std::vector<Feature> key_of(rows(), 0);
  index.for_each([&](Feature f, uint32_t r) { key_of[r] = f; });
  m.index.reserve(rows() / 2);
  m.start.push_back(0);
  for (size_t r = 0; r < rows(); ++r) {
    size_t before = m.entries.size();
    for (uint32_t e = start[r]; e < start[r + 1]; ++e)
      if (std::abs(static_cast<int>(entries[e].weight)) >= min_abs) m.entries.push_back(entries[e]);
    if (m.entries.size() == before) continue;
    m.index.insert(key_of[r], static_cast<uint32_t>(m.start.size() - 1));
    m.start.push_back(static_cast<uint32_t>(m.entries.size()));
  }
  m.index_spans();
  return m;
}

void AveragedPerceptron::score(const std::vector<Feature>& feats, float* scores) const {
  constexpr size_t kMax = 256;
  uint32_t found[kMax];
  size_t m = 0;
  for (Feature f : feats) index_.prefetch(f);
  for (size_t i = 0; i < feats.size() && m < kMax; ++i) {
    uint32_t r = index_.find(feats[i]);
    if (r != FeatureIndex::kMissing) {
      found[m++] = r;
      __builtin_prefetch(&rows_[r]);
    }
  }
  for (size_t i = 0; i < m; ++i) __builtin_prefetch(rows_[found[i]].data());
  for (size_t i = 0; i < m; ++i)
    for (const Weight& e : rows_[found[i]]) scores[e.cls] += e.weight;
}

void AveragedPerceptron::add(uint32_t row, int cls, float delta) {
  auto& ws = rows_[row];
  auto& avg = totals_[row];
  for (size_t k = 0; k < ws.size(); ++k) {
    if (ws[k].cls == cls) {
      avg[k].total += static_cast<double>(now_ - avg[k].stamp) * ws[k].weight;
      avg[k].stamp = now_;
      ws[k].weight += delta;
      return;
    }
  }
  ws.push_back(Weight{static_cast<uint16_t>(cls), delta});
  avg.push_back(Average{0.0, now_});
}

uint32_t AveragedPerceptron::row_of(Feature f) {
  uint32_t r = index_.insert(f, static_cast<uint32_t>(rows_.size()));
  if (r == rows_.size()) {
    rows_.emplace_back();
    totals_.emplace_back();
    updates_.push_back(0);
    features_.push_back(f);
  }
  return r;
}

void AveragedPerceptron::update_one(const std::vector<Feature>& feats, int cls, float delta) {
  for (Feature f : feats) {
    uint32_t r = row_of(f);
    ++updates_[r];
    add(r, cls, delta);
  }
}

void AveragedPerceptron::update(const std::vector<Feature>& feats, int truth, int guess) {
  if (truth == guess) return;
  for (Feature f : feats) {
    uint32_t r = row_of(f);
    ++updates_[r];
    add(r, truth, 1.0f);
    if (guess >= 0) add(r, guess, -1.0f);
  }
}

LinearModel AveragedPerceptron::compile(uint32_t min_updates) const {
  LinearModel m;
  m.classes = classes_;
  double now = std::max<uint32_t>(now_, 1);
  double max_abs = 0;
  auto average = [&](size_t r, size_t k) {
    const Average& a = totals_[r][k];
    return (a.total + (now_ - a.stamp) * static_cast<double>(rows_[r][k].weight)) / now;
  };
  for (size_t r = 0; r < rows_.size(); ++r)
    if (updates_[r] >= min_updates)
      for (size_t k = 0; k < rows_[r].size(); ++k) max_abs = std::max(max_abs, std::fabs(average(r, k)));
  m.scale = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  m.start.push_back(0);
  m.index.reserve(rows_.size() / 2);
  for (size_t r = 0; r < rows_.size(); ++r) {
    Feature f = features_[r];
    if (updates_[r] < min_updates) continue;
    std::vector<LinearModel::Entry> es;
    for (size_t k = 0; k < rows_[r].size(); ++k) {
      long q = std::lround(average(r, k) / m.scale);
      if (q != 0) es.push_back({rows_[r][k].cls, static_cast<int16_t>(std::clamp(q, -32767L, 32767L))});
    }
    if (es.empty()) continue;
    std::sort(es.begin(), es.end(), [](auto& a, auto& b) { return a.cls < b.cls; });
    uint32_t row = static_cast<uint32_t>(m.start.size() - 1);
    if (m.index.insert(short_key(f), row) != row) continue;  // 32-bit key taken: drop this one
    m.entries.insert(m.entries.end(), es.begin(), es.end());
    m.start.push_back(static_cast<uint32_t>(m.entries.size()));
  }
  m.index_spans();
  return m;
}

int best_class(const int32_t* scores, const uint8_t* allowed, int n) {
  int best = -1;
  for (int c = 0; c < n; ++c)
    if ((!allowed || allowed[c]) && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

}  // namespace dyad::lang
