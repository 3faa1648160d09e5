// The averaged perceptron, its compiled form and the feature hash table.
#include "lang/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <xxhash.h>

namespace dyad::lang {

uint64_t hash_string(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

void FeatureIndex::reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  if (cap <= keys_.size()) return;
  std::vector<Feature> old_keys = std::move(keys_);
  std::vector<uint32_t> old_rows = std::move(rows_);
  keys_.assign(cap, 0);
  rows_.assign(cap, kMissing);
  mask_ = cap - 1;
  size_ = 0;
  for (size_t i = 0; i < old_keys.size(); ++i)
    if (old_keys[i] != 0) insert(old_keys[i], old_rows[i]);
}

void FeatureIndex::grow() { reserve(keys_.empty() ? 1024 : keys_.size()); }

uint32_t FeatureIndex::find(Feature f) const {
  if (keys_.empty()) return kMissing;
  size_t i = slot(f);
  while (true) {
    Feature k = keys_[i];
    if (k == f) return rows_[i];
    if (k == 0) return kMissing;
    i = (i + 1) & mask_;
  }
}

void FeatureIndex::prefetch(Feature f) const {
  if (!keys_.empty()) __builtin_prefetch(&keys_[slot(f)]);
}

uint32_t FeatureIndex::insert(Feature f, uint32_t next_row) {
  if ((size_ + 1) * 2 > keys_.size()) grow();
  size_t i = slot(f);
  while (keys_[i] != 0) {
    if (keys_[i] == f) return rows_[i];
    i = (i + 1) & mask_;
  }
  keys_[i] = f;
  rows_[i] = next_row;
  ++size_;
  return next_row;
}

void LinearModel::score(const Feature* feats, size_t n, int32_t* scores) const {
  uint32_t rows_found[256];
  size_t m = 0;
  for (size_t i = 0; i < n; ++i) index.prefetch(short_key(feats[i]));
  for (size_t i = 0; i < n && m < 256; ++i) {
    uint32_t r = index.find(short_key(feats[i]));
    if (r != FeatureIndex::kMissing) rows_found[m++] = r;
  }
  for (size_t i = 0; i < m; ++i) __builtin_prefetch(&entries[start[rows_found[i]]]);
  for (size_t i = 0; i < m; ++i) {
    const Entry* e = entries.data() + start[rows_found[i]];
    const Entry* end = entries.data() + start[rows_found[i] + 1];
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
  return m;
}

int best_class(const int32_t* scores, const uint8_t* allowed, int n) {
  int best = -1;
  for (int c = 0; c < n; ++c)
    if ((!allowed || allowed[c]) && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

}  // namespace dyad::lang
