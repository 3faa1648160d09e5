// Language identification. Most news Dyad reads is English, and CLD2 costs a
// fixed ~100 KB of scratch memory per call (more than the rest of ingest per
// document), so a plainly English sample is decided by its share of core
// English words and only the rest is handed to CLD2.
#include "ingest/language.h"

#include <cld2/public/compact_lang_det.h>
#include <malloc.h>

#include <mutex>
#include <string>
#include <unordered_set>

#include "base/text.h"

namespace dyad::ingest {

namespace {

const std::unordered_set<std::string>& english_core() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> w;
    for (const auto& s : base::load_word_list("metadata/english_core_words.txt")) w.insert(base::lower_ascii(s));
    return w;
  }();
  return words;
}

// True when at least a quarter of the first 300 words are core English words
// and the sample is (nearly) all ASCII.
bool plainly_english(std::string_view s) {
  const auto& core = english_core();
  size_t words = 0, hits = 0, non_ascii = 0;
  std::string w;
  for (size_t i = 0; i <= s.size() && words < 300; ++i) {
    unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (c >= 0x80) ++non_ascii;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      w += static_cast<char>(c | 0x20);
    } else if (!w.empty()) {
      ++words;
      hits += core.count(w);
      w.clear();
    }
  }
  return words >= 20 && hits * 4 >= words && non_ascii * 20 < s.size();
}

}  // namespace

std::string detect_language(std::string_view text) {
  if (text.empty()) return "und";
  // A few kilobytes decide the language as well as the whole text. Cut on a
  // character boundary.
  size_t n = std::min<size_t>(text.size(), 4096);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  std::string_view sample = text.substr(0, n);
  if (plainly_english(sample)) return "en";
  // CLD2 allocates and frees ~100 KB per call; without a higher trim
  // threshold glibc hands that back to the kernel every time (brk thrash).
  static std::once_flag once;
  std::call_once(once, [] { mallopt(M_TRIM_THRESHOLD, 64 << 20); });
  bool reliable = false;
  int valid = 0;
  CLD2::Language lang = CLD2::DetectLanguageCheckUTF8(sample.data(), static_cast<int>(sample.size()), true,
                                                      &reliable, &valid);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return "und";
  const char* code = CLD2::LanguageCode(lang);
  return code ? code : "und";
}

}  // namespace dyad::ingest
