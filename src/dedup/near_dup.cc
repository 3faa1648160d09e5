// Near-duplicate detection over a batch: signatures, LSH candidates verified
// by estimated containment, first copy kept, metadata merged onto it.
#include "dedup/near_dup.h"

#include <algorithm>
#include <unordered_map>

namespace dyad::dedup {

namespace {
// Containment estimates this close to the best count as equal when ranking.
constexpr double kContainmentTie = 0.1;
}  // namespace

std::optional<Match> find_duplicate(const Index& index, const Signature& sig,
                                    const MatchRule& rule) {
  std::vector<Match> accepted;
  for (size_t e : index.candidate_entries(sig)) {
    const auto& entry = index.entry(e);
    Similarity s = compare(sig, entry.sig);
    if (rule.accepts(s, sig, entry.sig)) accepted.push_back(Match{e, entry.id, entry.kept, s});
  }
  if (accepted.empty()) return std::nullopt;
  // Containment estimates saturate at 1 and carry sampling noise, so among
  // the candidates close to the best containment the most similar overall
  // (Jaccard) wins: a body found both in its own page and in furniture shared
  // with another page goes with its own. Ties: first added.
  double best_c = 0;
  for (const auto& m : accepted) best_c = std::max(best_c, m.sim.containment);
  const Match* best = nullptr;
  for (const auto& m : accepted) {
    if (m.sim.containment < best_c - kContainmentTie) continue;
    if (!best || m.sim.jaccard > best->sim.jaccard ||
        (m.sim.jaccard == best->sim.jaccard && m.entry < best->entry))
      best = &m;
  }
  return *best;
}

Metadata merge_metadata(const Metadata& kept, const Metadata& dup) {
  Metadata m = kept;
  auto fill = [](auto& field, const auto& other) {
    if (!field && other) field = other;
  };
  fill(m.title, dup.title);
  fill(m.published, dup.published);
  fill(m.source, dup.source);
  fill(m.dateline, dup.dateline);
  fill(m.url, dup.url);
  fill(m.stated_word_count, dup.stated_word_count);
  if (m.authors.empty()) m.authors = dup.authors;
  if (m.language == "und") m.language = dup.language;
  return m;
}

void mark_duplicates(std::vector<Document>& docs, Index& known, const MatchRule& rule) {
  std::unordered_map<std::string, size_t> in_batch;  // id -> first document with it
  for (size_t i = 0; i < docs.size(); ++i) {
    Document& d = docs[i];
    Signature sig = signature(d.text);
    if (sig.empty()) continue;
    std::string kept_id;
    if (auto m = find_duplicate(known, sig, rule); m && m->kept != d.id) {
      kept_id = m->kept;
      d.duplicate_of = kept_id;
      if (auto it = in_batch.find(kept_id); it != in_batch.end()) {
        Document& kept = docs[it->second];
        kept.merged = merge_metadata(kept.merged ? *kept.merged : kept.meta, d.meta);
      }
    }
    known.add(d.id, sig, kept_id);
    in_batch.emplace(d.id, i);
  }
}

void mark_duplicates(std::vector<Document>& docs) {
  Index known;
  mark_duplicates(docs, known);
}

}  // namespace dyad::dedup
