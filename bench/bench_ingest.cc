// Benchmarks of the per-document ingest stages on generated plain text:
// normalisation, paragraph splitting, the whole per-document pipeline
// (normalise .. metadata), and content hashing. Reports bytes/s.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "dedup/minhash.h"
#include "doc/hash.h"
#include "doc/offset_map.h"
#include "ingest/assemble.h"
#include "ingest/boilerplate.h"
#include "ingest/metadata.h"
#include "ingest/normalize.h"
#include "ingest/page_chrome.h"
#include "ingest/repeats.h"
#include "ingest/paragraphs.h"
#include "pipeline/pipeline.h"

namespace {

// A news-like article (~6 KB): a headline, a byline, wrapped or unwrapped
// paragraphs of sentences drawn from a fixed vocabulary.
std::string make_article(unsigned seed, bool wrapped) {
  static const char* kWords[] = {
      "the", "government", "said", "on", "Tuesday", "that", "talks", "with", "rebels", "would",
      "resume", "in", "Geneva", "after", "a", "pause", "of", "three", "months", "officials",
      "minister", "envoy", "border", "agreement", "forces", "troops", "withdraw", "sanctions",
      "United", "Nations", "ceasefire", "accused", "denied", "reported", "election", "president",
      "ministry", "foreign", "military", "security", "council", "meeting", "Moscow", "Kabul",
      "Washington", "Beijing", "and", "to", "of", "for", "by", "its", "their", "has", "had"};
  std::mt19937 rng(seed);
  std::uniform_int_distribution<size_t> word(0, sizeof kWords / sizeof *kWords - 1);
  std::uniform_int_distribution<int> len(8, 24);
  std::string out = "Envoys Resume Talks on Border Dispute\n\nBy Jane Doe and John Roe\n\n";
  for (int p = 0; p < 10; ++p) {
    std::string para;
    for (int s = 0; s < 4; ++s) {
      int n = len(rng);
      for (int w = 0; w < n; ++w) {
        std::string t = kWords[word(rng)];
        if (w == 0) t[0] = static_cast<char>(std::toupper(t[0]));
        para += t;
        para += w + 1 == n ? ". " : " ";
      }
    }
    para.pop_back();
    if (wrapped) {
      size_t col = 0;
      for (auto& c : para) {
        if (c == ' ' && col > 90) {
          c = '\n';
          col = 0;
        }
        ++col;
      }
    }
    out += para + "\n\n";
  }
  return out;
}

void BM_Normalize(benchmark::State& st) {
  std::string text = make_article(1, st.range(0) != 0);
  for (auto _ : st) {
    dyad::Document d = dyad::document_from_text(text, "bench.txt");
    dyad::ingest::normalize(d);
    benchmark::DoNotOptimize(d.norm.data());
  }
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * text.size()));
}
BENCHMARK(BM_Normalize)->Arg(0)->Arg(1)->ArgNames({"wrapped"});

void BM_Paragraphs(benchmark::State& st) {
  dyad::Document d = dyad::document_from_text(make_article(2, false), "bench.txt");
  dyad::ingest::normalize(d);
  for (auto _ : st) {
    dyad::ingest::split_paragraphs(d);
    benchmark::DoNotOptimize(d.paras.data());
  }
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * d.norm.size()));
}
BENCHMARK(BM_Paragraphs);

// One later stage alone, on a document prepared up to that stage.
template <void (*Stage)(dyad::Document&)>
void BM_Stage(benchmark::State& st) {
  dyad::Document base = dyad::document_from_text(make_article(6, false), "bench.txt");
  dyad::ingest::normalize(base);
  dyad::ingest::split_paragraphs(base);
  if (Stage == dyad::ingest::extract_metadata) dyad::ingest::assemble(base);
  for (auto _ : st) {
    st.PauseTiming();
    dyad::Document d = base;
    st.ResumeTiming();
    Stage(d);
    benchmark::DoNotOptimize(d.paras.data());
  }
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * base.norm.size()));
}
BENCHMARK(BM_Stage<dyad::ingest::mark_page_chrome>)->Name("BM_PageChrome");
BENCHMARK(BM_Stage<dyad::ingest::mark_boilerplate>)->Name("BM_Boilerplate");
BENCHMARK(BM_Stage<dyad::ingest::mark_repeats>)->Name("BM_Repeats");
BENCHMARK(BM_Stage<dyad::ingest::assemble>)->Name("BM_Assemble");
BENCHMARK(BM_Stage<dyad::ingest::extract_metadata>)->Name("BM_Metadata");

// The ingest stages only (what `dyad ingest` stores today).
const dyad::StageOptions kIngestOnly{.language = false,
                                     .time = false,
                                     .actors = false,
                                     .events = false,
                                     .actor_dictionary = {},
                                     .verb_dictionary = {},
                                     .on_stage = {}};

void BM_ProcessDocument(benchmark::State& st) {
  std::string text = make_article(3, st.range(0) != 0);
  for (auto _ : st) {
    dyad::Document d = dyad::document_from_text(text, "bench.txt");
    dyad::process_document(d, kIngestOnly);
    benchmark::DoNotOptimize(d.text.data());
  }
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * text.size()));
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()));
}
BENCHMARK(BM_ProcessDocument)->Arg(0)->Arg(1)->ArgNames({"wrapped"});

// What issue 2 measures: cleaning + metadata + the duplicate signature.
void BM_CleanMetadataDedup(benchmark::State& st) {
  std::string text = make_article(5, st.range(0) != 0);
  for (auto _ : st) {
    dyad::Document d = dyad::document_from_text(text, "bench.txt");
    dyad::process_document(d, kIngestOnly);
    benchmark::DoNotOptimize(dyad::dedup::signature(d.text));
  }
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * text.size()));
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()));
}
BENCHMARK(BM_CleanMetadataDedup)->Arg(0)->Arg(1)->ArgNames({"wrapped"});

// Every stage `dyad analyze` runs: ingest, language core, time, actors, quotes.
void BM_AnalyzeDocument(benchmark::State& st) {
  std::string text = make_article(7, false);
  dyad::Document warm = dyad::document_from_text(text, "bench.txt");
  dyad::process_document(warm);  // loads the resources once, outside the timing
  for (auto _ : st) {
    dyad::Document d = dyad::document_from_text(text, "bench.txt");
    dyad::process_document(d);
    benchmark::DoNotOptimize(d.text.data());
  }
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * text.size()));
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()));
}
BENCHMARK(BM_AnalyzeDocument);

void BM_ContentHash(benchmark::State& st) {
  std::string text = make_article(4, false);
  for (auto _ : st) benchmark::DoNotOptimize(dyad::content_hash(text));
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * text.size()));
}
BENCHMARK(BM_ContentHash);

// Offset maps of a text of short lines (a line copied between inserted
// breaks: two segments a line, the densest real map): building one, composing
// it with a map of rewrites, and looking offsets up at random. Items: segments.
dyad::OffsetMap line_map(size_t lines) {
  dyad::OffsetMap m;
  for (size_t i = 0; i < lines; ++i) {
    if (i > 0) m.add(8 * i - 2, 2, 7 * i, 0);
    m.add(8 * i, 6, 7 * i, 6);
  }
  return m;
}

void BM_OffsetMapBuild(benchmark::State& st) {
  const auto lines = static_cast<size_t>(st.range(0));
  for (auto _ : st) benchmark::DoNotOptimize(line_map(lines).size());
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations() * 2 * lines));
}
BENCHMARK(BM_OffsetMapBuild)->Arg(100000);

void BM_OffsetMapCompose(benchmark::State& st) {
  const auto lines = static_cast<size_t>(st.range(0));
  dyad::OffsetMap outer = line_map(lines), inner;
  for (size_t i = 0; i < 7 * lines; i += 50) inner.add(i, 50, i + i / 50, 51);  // a rewrite every 50 bytes
  for (auto _ : st) benchmark::DoNotOptimize(dyad::OffsetMap::compose(outer, inner).size());
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations() * outer.size()));
}
BENCHMARK(BM_OffsetMapCompose)->Arg(100000);

void BM_OffsetMapLookup(benchmark::State& st) {
  dyad::OffsetMap m = line_map(100000);
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> at(0, 800000);
  size_t sum = 0;
  for (auto _ : st) sum += m.to_input(at(rng));
  benchmark::DoNotOptimize(sum);
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()));
}
BENCHMARK(BM_OffsetMapLookup);

}  // namespace
