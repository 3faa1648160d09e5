// Throughput of the readers' decoding step (decode_text) on generated news
// text: plain ASCII, UTF-8 with curly quotes and accents, Latin-1 (legacy
// bytes, every accent rewritten) and a UTF-8 text with stray bytes.
#include <benchmark/benchmark.h>

#include <string>

#include "ingest/read.h"

namespace {

std::string make_text(const std::string& sentence, size_t bytes) {
  std::string s;
  s.reserve(bytes + sentence.size());
  while (s.size() + sentence.size() <= bytes) s += sentence;  // whole sentences only
  return s;
}

const size_t kSize = 16 << 20;

void run(benchmark::State& state, const std::string& raw) {
  dyad::Document d;  // reused: buffers keep their capacity, so page faults stay out
  for (auto _ : state) {
    d.raw = raw;
    d.warnings.clear();
    std::string err;
    bool ok = dyad::ingest::decode_text(d, err);
    benchmark::DoNotOptimize(ok);
    benchmark::DoNotOptimize(d.norm.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(raw.size()));
}

void BM_DecodeAscii(benchmark::State& state) {
  static const std::string raw = make_text(
      "GENEVA -- Envoys of the two states resumed talks on the disputed border on Monday, a "
      "spokesman said, after a pause of three months.\n",
      kSize);
  run(state, raw);
}

void BM_DecodeUtf8(benchmark::State& state) {
  static const std::string raw = make_text(
      "\xE2\x80\x9CWe won\xE2\x80\x99t join the useless events,\xE2\x80\x9D the envoy told the "
      "caf\xC3\xA9 crowd in Z\xC3\xBCrich \xE2\x80\x94 twice, officials said.\n",
      kSize);
  run(state, raw);
}

void BM_DecodeLatin1(benchmark::State& state) {
  static const std::string raw = make_text(
      "\x93Nous ne participerons pas,\x94 a d\xe9" "clar\xe9 l'envoy\xe9 au caf\xe9 de Z\xfcrich "
      "\x96 deux fois, selon des responsables.\n",
      kSize);
  run(state, raw);
}

void BM_DecodeUtf8WithStrayBytes(benchmark::State& state) {
  std::string block = make_text(
      "\xE2\x80\x9CWe won\xE2\x80\x99t join,\xE2\x80\x9D the envoy said in Z\xC3\xBCrich.\n", 4096);
  block[100] = '\xe9';
  static const std::string raw = make_text(block, kSize);
  run(state, raw);
}

}  // namespace

BENCHMARK(BM_DecodeAscii)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeLatin1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeUtf8WithStrayBytes)->Unit(benchmark::kMillisecond);
