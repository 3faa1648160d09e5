// Benchmarks of near-duplicate detection: signature throughput (MB/s) on
// generated news-like text, index lookups against a filled index, and
// mark_duplicates over a batch.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "dedup/lsh_index.h"
#include "dedup/minhash.h"
#include "dedup/near_dup.h"

namespace {

// Pseudo-prose: words from a Zipf-distributed vocabulary of 5,000 made-up
// words (some capitalised, some accented), with punctuation, curly quotes and
// paragraph breaks, about `bytes` long.
const std::vector<std::string>& vocabulary() {
  static const std::vector<std::string> words = [] {
    static const char* kSyl[] = {"ka", "ro", "min", "ta", "le", "vos", "an", "dri", "pe", "su",
                                 "gar", "ni", "to", "bel", "hu", "é", "ost", "ra", "qui", "ne"};
    std::mt19937 rng(42);
    std::vector<std::string> w;
    for (int i = 0; i < 5000; ++i) {
      std::string s;
      int n = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < n; ++k) s += kSyl[rng() % 20];
      if (rng() % 8 == 0) s[0] = static_cast<char>(s[0] - 'a' + 'A');
      w.push_back(s);
    }
    return w;
  }();
  return words;
}

std::string generated_text(size_t bytes, uint32_t seed) {
  const auto& words = vocabulary();
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  std::string out;
  out.reserve(bytes + 64);
  size_t sentence = 0;
  while (out.size() < bytes) {
    // Zipf-ish: a high power of a uniform favours the front of the list.
    double u = unit(rng);
    out += words[static_cast<size_t>(u * u * u * words.size()) % words.size()];
    if (rng() % 97 == 0) out += std::to_string(rng() % 3000);
    ++sentence;
    if (sentence > 18 && rng() % 5 == 0) {
      out += rng() % 7 == 0 ? ",” he said. " : ". ";
      if (rng() % 6 == 0) out += "\n\n“";
      sentence = 0;
    } else {
      out += rng() % 11 == 0 ? ", " : " ";
    }
  }
  return out;
}

void BM_Signature(benchmark::State& state) {
  std::string text = generated_text(static_cast<size_t>(state.range(0)), 7);
  for (auto _ : state) benchmark::DoNotOptimize(dyad::dedup::signature(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}
BENCHMARK(BM_Signature)->Arg(4 << 10)->Arg(64 << 10)->Arg(1 << 20);

void BM_Compare(benchmark::State& state) {
  auto a = dyad::dedup::signature(generated_text(6000, 1));
  auto b = dyad::dedup::signature(generated_text(6000, 2));
  for (auto _ : state) benchmark::DoNotOptimize(dyad::dedup::compare(a, b));
}
BENCHMARK(BM_Compare);

// Lookups (candidates + verification) against an index of N documents.
void BM_IndexLookup(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  dyad::dedup::Index idx;
  std::vector<dyad::dedup::Signature> queries;
  for (int i = 0; i < n; ++i) {
    auto sig = dyad::dedup::signature(generated_text(3000, 100 + i));
    idx.add("d" + std::to_string(i), sig);
  }
  for (int i = 0; i < 64; ++i)
    queries.push_back(dyad::dedup::signature(generated_text(3000, 100 + (i % 2 ? i : n + i))));
  size_t q = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(dyad::dedup::find_duplicate(idx, queries[q++ % queries.size()]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IndexLookup)->Arg(1000)->Arg(10000);

void BM_MarkDuplicates(benchmark::State& state) {
  std::vector<dyad::Document> docs(500);
  size_t bytes = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].id = "d" + std::to_string(i);
    docs[i].text = generated_text(4000, static_cast<uint32_t>(i % 400));  // 100 copies
    bytes += docs[i].text.size();
  }
  for (auto _ : state) {
    for (auto& d : docs) d.duplicate_of.reset();
    dyad::dedup::mark_duplicates(docs);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_MarkDuplicates);

}  // namespace
