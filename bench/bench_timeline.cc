// Benchmarks of the timeline stages on generated news text: chronology-list
// finding (a scraped timeline with glued and repeated entries inside prose),
// event dating and timeline building (on a processed article with one event
// per sentence). Reports bytes/s and events/s.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "events/event_dates.h"
#include "lang/annotation.h"
#include "pipeline/pipeline.h"
#include "time/chronology.h"
#include "timeline/timeline.h"

namespace {

const char* kWords[] = {"the",      "government", "said",    "on",      "Tuesday",  "that",    "talks",
                        "with",     "rebels",     "would",   "resume",  "in",       "Geneva",  "after",
                        "a",        "pause",      "of",      "three",   "months",   "officials",
                        "minister", "envoy",      "border",  "troops",  "withdraw", "sanctions", "Moscow",
                        "Kabul",    "and",        "to",      "for",     "its",      "August",  "2014"};

std::string sentence(std::mt19937& rng) {
  std::uniform_int_distribution<size_t> word(0, sizeof kWords / sizeof *kWords - 1);
  std::uniform_int_distribution<int> len(8, 20);
  int n = len(rng);
  std::string s;
  for (int w = 0; w < n; ++w) {
    std::string t = kWords[word(rng)];
    if (w == 0) t[0] = static_cast<char>(std::toupper(t[0]));
    s += t;
    s += w + 1 == n ? "." : " ";
  }
  return s;
}

// Prose paragraphs with a scraped timeline in the middle: bare year lines,
// ranges, then the same entries glued into one line.
std::string make_text(unsigned seed) {
  std::mt19937 rng(seed);
  std::string out;
  for (int p = 0; p < 8; ++p) out += sentence(rng) + " " + sentence(rng) + "\n\n";
  std::string glued;
  for (int y = 1970; y < 2010; y += 3) {
    std::string text = sentence(rng);
    out += std::to_string(y) + (y % 2 ? "-" + std::to_string(y + 2) : "") + "\n\n" + text + "\n\n";
    glued += std::to_string(y) + " " + text;
  }
  out += glued + "\n\n";
  for (int p = 0; p < 8; ++p) out += "In " + std::to_string(2000 + p) + ", " + sentence(rng) + "\n\n";
  return out;
}

void BM_FindChronology(benchmark::State& state) {
  dyad::StageOptions opt;
  opt.actors = false;
  dyad::Document d = dyad::document_from_text(make_text(7), "bench.txt");
  dyad::process_document(d, opt);
  size_t entries = 0;
  for (auto _ : state) {
    auto es = dyad::time::find_chronology(d);
    entries = es.size();
    benchmark::DoNotOptimize(es);
  }
  state.counters["entries"] = static_cast<double>(entries);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.text.size()));
}
BENCHMARK(BM_FindChronology);

// One event per sentence, its verb the sentence's first verb group.
dyad::Document dated_document() {
  dyad::StageOptions opt;
  opt.language = true;
  opt.actors = false;
  dyad::Document d = dyad::document_from_text(make_text(11), "bench.txt");
  d.hints.published = "2016-03-23";
  dyad::process_document(d, opt);
  d.meta.published = "2016-03-23";
  d.chronology = dyad::time::find_chronology(d);
  if (!d.lang) return d;
  for (const auto& g : d.lang->verb_groups) {
    if (!d.events.empty() && d.events.back().sentence == g.sentence) continue;
    dyad::Event e;
    e.sentence = g.sentence;
    e.span = d.lang->sentences[g.sentence].span;
    e.verb = {d.lang->tokens[g.head].span.start, d.lang->tokens[g.head].span.end};
    e.source = "RUS";
    e.code = "042";
    d.events.push_back(e);
  }
  return d;
}

void BM_AssignEventDates(benchmark::State& state) {
  dyad::Document d = dated_document();
  for (auto _ : state) {
    dyad::events::assign_event_dates(d);
    benchmark::DoNotOptimize(d.events.data());
  }
  state.counters["events"] = static_cast<double>(d.events.size());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * d.events.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.text.size()));
}
BENCHMARK(BM_AssignEventDates);

void BM_BuildTimeline(benchmark::State& state) {
  dyad::Document d = dated_document();
  dyad::events::assign_event_dates(d);
  for (auto _ : state) {
    dyad::time::build_timeline(d);
    benchmark::DoNotOptimize(d.timeline.data());
  }
  state.counters["entries"] = static_cast<double>(d.timeline.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.text.size()));
}
BENCHMARK(BM_BuildTimeline);

}  // namespace
