// The word lists of the time tagger (data/time/*.txt), loaded once and shared.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::time {

struct Unit {
  char code = 0;  // Y M W D H N S Q E (see data/time/units.txt)
  int mult = 1;   // decade = Y x 10
};

// A phrase of several lower-case words and what it stands for.
struct Phrase {
  std::vector<std::string> words;
  std::string value;
};

// Hash of a word that also finds a std::string_view key (the tagger's tokens
// are views), without building a string per lookup.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using WordMap = std::unordered_map<std::string, V, WordHash, std::equal_to<>>;
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

struct Lexicon {
  WordMap<int> months, weekdays, ordinals, modifiers;
  WordMap<int> numbers;  // -1 = vague ("several")
  WordMap<Unit> units;
  WordMap<std::string> seasons, parts_of_day, sets;
  WordMap<char> tense;
  WordSet zones, year_context, not_after_year;
  WordMap<std::string> zone_offsets;  // "utc" -> "Z", "est" -> "-05"
  WordMap<int> decades;               // "eighties" -> 80
  WordSet generic_present;            // "today's world"
  // Multi-word entries indexed by their first word, longest first.
  WordMap<std::vector<Phrase>> refs, holidays, prefixes;
  // Every word that can start an expression (a fast filter for the tagger).
  WordSet triggers;
};

// Loaded from data/time on first use (thread-safe); empty maps if missing.
const Lexicon& lexicon();

}  // namespace dyad::time
