// Fuzz targets: one function per reader (plain text, HTML, PDF, JSON Lines,
// PETRARCH records XML, verb and actor dictionaries, CoNLL-U, the
// simulation's CSV and XML scenarios) and one for `analyze` on a single
// document. Each runs the code on arbitrary bytes and checks what
// must hold whatever the input (spans inside their text, offset maps inside
// the raw bytes, valid UTF-8, JSON that serialises); it returns "" or the
// broken invariant. libFuzzer drives them (tests/fuzz/fuzz_main.cc, build
// with DYAD_FUZZ=ON) and test_fuzz_regressions replays the seed corpora and
// every input the fuzzers found (tests/fuzz/regressions/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::fuzz {

using TargetFn = std::string (*)(const uint8_t* data, size_t size);

struct Target {
  const char* name;  // also the name of its folders under tests/fuzz/
  TargetFn run;
};

std::string fuzz_text(const uint8_t* data, size_t size);
std::string fuzz_html(const uint8_t* data, size_t size);
std::string fuzz_pdf(const uint8_t* data, size_t size);
std::string fuzz_jsonl(const uint8_t* data, size_t size);
std::string fuzz_records(const uint8_t* data, size_t size);
std::string fuzz_verbs(const uint8_t* data, size_t size);
std::string fuzz_actor_dict(const uint8_t* data, size_t size);
std::string fuzz_analyze(const uint8_t* data, size_t size);
std::string fuzz_conllu(const uint8_t* data, size_t size);
std::string fuzz_sim_csv(const uint8_t* data, size_t size);
std::string fuzz_sim_xml(const uint8_t* data, size_t size);

const std::vector<Target>& targets();

// The checks: "" when `s` is well-formed UTF-8 / when [start, end) lies in a
// text of `size` bytes, else the problem, naming `what`.
std::string utf8_problem(std::string_view s, const char* what);
std::string span_problem(uint32_t start, uint32_t end, size_t size, const char* what);

}  // namespace dyad::fuzz
