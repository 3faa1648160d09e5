// The hashed attributes of a word that the tagger and parser features are
// built from: its normalised form, lower case, prefix, suffixes and shape.
// Computed once per word.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::lang {

struct WordKeys {
  uint64_t form = 0;    // exact form (numbers normalised)
  uint64_t lower = 0;   // lower case (numbers normalised)
  uint64_t prefix = 0;  // first character
  uint64_t prefix3 = 0; // first three characters, lower case
  uint64_t tail = 0;    // lower case after the last hyphen ("long-term" -> "term"), else 0
  uint64_t suffix2 = 0, suffix3 = 0, suffix4 = 0;  // last characters, lower case
  uint64_t shape = 0;   // "Xx", "x-x", "dd", "X.X." (runs collapsed)
  uint8_t flags = 0;    // kCapital, kHyphen, kDigit, kAllCaps
  bool punct = false;   // punctuation only (no letter, digit or non-ASCII byte)
  // From a tag lexicon (lang/tag_hints.h), 0 when none: the ambiguity class of
  // the form, of its lower-case form, and of its title-case form (all caps
  // words); the most frequent tag + 1; frequency classes (exact * 4 + lower).
  uint64_t lex = 0, lex_lower = 0, lex_other = 0;
  uint8_t lex_top = 0, lex_freq = 0;
};
constexpr uint8_t kCapital = 1, kHyphen = 2, kDigit = 4, kAllCaps = 8;

WordKeys word_keys(std::string_view form);
std::vector<WordKeys> word_keys(const std::vector<std::string_view>& forms);

// Keys for positions outside the sentence and for the parser's root.
WordKeys boundary_keys(int which);  // 0 = before start, 1 = after end, 2 = root

}  // namespace dyad::lang
