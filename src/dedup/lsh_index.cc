// The banded LSH index: band hashes -> entry numbers, candidate voting.
#include "dedup/lsh_index.h"

#include <xxhash.h>

#include <algorithm>

namespace dyad::dedup {

namespace {
constexpr int kMaxBucketWalk = 64;
}  // namespace

Index::Index(IndexOptions opt) : opt_(opt) {
  if (opt_.rows < 1) opt_.rows = 1;
  if (opt_.rows > kSlots) opt_.rows = kSlots;
  if (opt_.min_hits < 1) opt_.min_hits = 1;
  bands_ = kSlots / opt_.rows;
}

uint64_t Index::band_key(const Signature& sig, int band) const {
  const uint32_t* first = sig.slots.data() + band * opt_.rows;
  if (opt_.rows == 1) {  // one slot: its value and band number, mixed
    uint64_t x = (uint64_t(band) << 32 | *first) * 0x9E3779B97F4A7C15ULL;
    return x ^ (x >> 31);
  }
  return XXH3_64bits_withSeed(first, sizeof(uint32_t) * opt_.rows, static_cast<uint64_t>(band));
}

size_t Index::find_slot(uint64_t key) const {
  const size_t mask = heads_.size() - 1;
  size_t i = (key ^ (key >> 29)) & mask;
  while (heads_[i] != 0 && postings_[heads_[i] - 1].key != key) i = (i + 1) & mask;
  return i;
}

void Index::grow() {
  std::vector<uint32_t> old = std::move(heads_);
  heads_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  for (uint32_t h : old)
    if (h != 0) heads_[find_slot(postings_[h - 1].key)] = h;
}

void Index::add(const std::string& id, const Signature& sig, const std::string& kept) {
  if (sig.empty() || by_id_.count(id)) return;
  auto n = static_cast<uint32_t>(entries_.size());
  entries_.push_back({id, kept.empty() ? id : kept, sig});
  by_id_.emplace(id, n);
  for (int b = 0; b < bands_; ++b) {
    if ((keys_ + 1) * 2 > heads_.size()) grow();
    uint64_t key = band_key(sig, b);
    size_t slot = find_slot(key);
    if (heads_[slot] == 0) ++keys_;
    postings_.push_back({key, n, heads_[slot]});
    heads_[slot] = static_cast<uint32_t>(postings_.size());
  }
}

std::vector<size_t> Index::candidate_entries(const Signature& sig) const {
  std::vector<size_t> out;
  if (sig.empty()) return out;
  std::vector<uint32_t> hits;
  if (heads_.empty()) return out;
  for (int b = 0; b < bands_; ++b) {
    // Chains run newest first; an entry appears at most once per band. A
    // crowded bucket (a band value that very many documents share, such as
    // the minimum of a stock phrase) says little: walk only its newest
    // postings. A true duplicate shares most bands, so it is still found
    // through the others, and the cost per lookup stays bounded.
    int walked = 0;
    for (uint32_t p = heads_[find_slot(band_key(sig, b))]; p != 0 && walked < kMaxBucketWalk;
         p = postings_[p - 1].next, ++walked)
      hits.push_back(postings_[p - 1].entry);
  }
  std::sort(hits.begin(), hits.end());
  std::vector<std::pair<int, uint32_t>> counted;  // (-hits, entry)
  for (size_t i = 0; i < hits.size();) {
    size_t j = i;
    while (j < hits.size() && hits[j] == hits[i]) ++j;
    int c = static_cast<int>(j - i);
    if (c >= std::min(opt_.min_hits, bands_)) counted.emplace_back(-c, hits[i]);
    i = j;
  }
  std::sort(counted.begin(), counted.end());
  out.reserve(counted.size());
  for (auto& [c, e] : counted) out.push_back(e);
  return out;
}

std::vector<std::string> Index::candidates(const Signature& sig) const {
  std::vector<std::string> out;
  for (size_t e : candidate_entries(sig)) out.push_back(entries_[e].id);
  return out;
}

const Signature* Index::signature(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second].sig;
}

}  // namespace dyad::dedup
