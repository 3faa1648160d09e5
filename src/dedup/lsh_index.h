// A banded LSH index over MinHash signatures: finds the stored documents that
// may be near-duplicates of (or contain, or be contained in) a new one. The
// 128 slots are cut into bands of `rows` slots; two signatures that agree on
// a whole band share a bucket. A document is a candidate when it shares at
// least `min_hits` buckets. The store loads saved signatures into an Index so
// a new batch is checked against everything already stored.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dedup/minhash.h"

namespace dyad::dedup {

struct IndexOptions {
  // One slot per band with at least 3 shared slots: a small text held inside
  // a much larger one (an article body inside its web page) agrees on few
  // slots, so narrow bands are needed to find it. The vote keeps unrelated
  // documents that share one boilerplate shingle out of the candidates.
  int rows = 1;
  int min_hits = 3;
};

class Index {
 public:
  struct Entry {
    std::string id;
    std::string kept;  // the id duplicates of this document resolve to (its own id when kept)
    Signature sig;
  };

  explicit Index(IndexOptions opt = {});

  // Adds a document. `kept` names the copy it duplicates (empty: itself).
  // Empty signatures are not indexed. Adding an id again replaces nothing and
  // is ignored.
  void add(const std::string& id, const Signature& sig, const std::string& kept = {});

  // Ids of stored documents sharing at least min_hits bands with `sig`, most
  // shared bands first (ties: insertion order).
  std::vector<std::string> candidates(const Signature& sig) const;
  // The same as entry numbers (for callers that verify candidates).
  std::vector<size_t> candidate_entries(const Signature& sig) const;

  const Entry& entry(size_t i) const { return entries_[i]; }
  // The stored signature of `id`, or nullptr.
  const Signature* signature(std::string_view id) const;
  size_t size() const { return entries_.size(); }
  const IndexOptions& options() const { return opt_; }

 private:
  uint64_t band_key(const Signature& sig, int band) const;
  // Slot of `key` in heads_ (its chain, or the empty slot where it would go).
  size_t find_slot(uint64_t key) const;
  void grow();

  IndexOptions opt_;
  int bands_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, size_t> by_id_;
  // Buckets as a flat multimap: postings_ chained per band key, heads_ an
  // open-addressing table of chain heads (posting number + 1; 0 = free).
  struct Posting {
    uint64_t key;
    uint32_t entry;
    uint32_t next;  // posting number + 1 of the next in the chain; 0 = end
  };
  std::vector<Posting> postings_;
  std::vector<uint32_t> heads_;
  size_t keys_ = 0;
};

}  // namespace dyad::dedup
