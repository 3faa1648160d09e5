// Near-duplicate detection over a batch of processed documents: the same
// article from another archive, format or web page is linked to the copy seen
// first (doc.duplicate_of = kept.id), and the kept copy's metadata is merged
// with what the duplicate states (doc.merged).
//
// A duplicate's facts must not be counted twice: every later stage (actors,
// quotes, events, timeline, model aggregation) skips documents whose
// duplicate_of is set, and reads metadata from the kept copy's `merged`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dedup/lsh_index.h"
#include "dedup/minhash.h"
#include "doc/document.h"

namespace dyad::dedup {

// When a new document is a copy of an earlier one. The containment of the
// smaller text in the larger is used (not Jaccard) so an article body pairs
// with a copy that still carries page furniture, trailers or a dateline.
// Measured on the ScrapingHub suite (91 articles x 3 copies) and the seeds,
// estimated from the signatures (tests/test_dedup.cc prints them):
//   raw texts:     true pairs C >= 0.679 (clean copies >= 0.792); false pairs
//                  of clean copies C <= 0.375 (exact 0.267), but two pages of
//                  one site share furniture up to C = 0.777;
//   after cleaning: true pairs C >= 0.81 (clean copies) and p5 0.889 (pages);
//                  false pairs C <= 0.375 apart from cleaning failures.
// 0.6 sits in the gap between different articles on one story and copies.
struct MatchRule {
  double min_containment = 0.6;
  int min_matches = 3;  // equal slots; below this the estimate is noise
  // A later copy may hold at most this many times the kept copy's shingles:
  // beyond it, marking it a duplicate would drop text the kept copy lacks
  // (a page whose cleaned text is only a site disclaimer must not swallow
  // the next article from that site that repeats the disclaimer). Cleaned
  // copies of one article differ by at most 2.7x in the suite (p99 2.5).
  double max_growth = 3.0;

  bool accepts(const Similarity& s) const {
    return s.matches >= min_matches && s.containment >= min_containment;
  }
  // `fresh` is the new document, `kept` the earlier copy it would join.
  bool accepts(const Similarity& s, const Signature& fresh, const Signature& kept) const {
    return accepts(s) && double(fresh.shingles) <= max_growth * double(kept.shingles);
  }
};

struct Match {
  size_t entry = 0;    // in the index
  std::string id;      // the matching document
  std::string kept;    // the copy it resolves to (id itself when kept)
  Similarity sim;
};

// The best-matching document of `index` for `sig` that the rule accepts:
// among those within 0.1 of the highest containment, the highest Jaccard
// (then the first added).
std::optional<Match> find_duplicate(const Index& index, const Signature& sig,
                                    const MatchRule& rule = {});

// `kept` with its missing fields (null title/published/source/dateline/url/
// stated word count, empty authors) filled from `dup`. Word count and
// language stay the kept copy's.
Metadata merge_metadata(const Metadata& kept, const Metadata& dup);

// Checks each document (in order) against `known` and the earlier documents of
// the batch; a match sets duplicate_of to the kept copy's id, and when that
// copy is in the batch its `merged` metadata absorbs the duplicate's. Every
// document with text is then added to `known` (duplicates pointing at their
// kept copy, so a third copy resolves to the first); the store reads their
// signatures back with known.signature(id). A match against a document only
// in `known` (already stored) sets duplicate_of; merging onto the stored copy
// is the store's job (merge_metadata).
void mark_duplicates(std::vector<Document>& docs, Index& known, const MatchRule& rule = {});

// The same against an empty index: duplicates within the batch only.
void mark_duplicates(std::vector<Document>& docs);

}  // namespace dyad::dedup
