// The word lists of the time tagger (data/time/*.txt), loaded once and shared.
#pragma once

#include <string>
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

struct Lexicon {
  std::unordered_map<std::string, int> months, weekdays, ordinals, modifiers;
  std::unordered_map<std::string, int> numbers;  // -1 = vague ("several")
  std::unordered_map<std::string, Unit> units;
  std::unordered_map<std::string, std::string> seasons, parts_of_day, sets;
  std::unordered_map<std::string, char> tense;
  std::unordered_set<std::string> zones, year_context, not_after_year;
  std::unordered_map<std::string, std::string> zone_offsets;  // "utc" -> "Z", "est" -> "-05"
  std::unordered_map<std::string, int> decades;               // "eighties" -> 80
  std::unordered_set<std::string> generic_present;            // "today's world"
  // Multi-word entries indexed by their first word, longest first.
  std::unordered_map<std::string, std::vector<Phrase>> refs, holidays, prefixes;
  // Every word that can start an expression (a fast filter for the tagger).
  std::unordered_set<std::string> triggers;
};

// Loaded from data/time on first use (thread-safe); empty maps if missing.
const Lexicon& lexicon();

}  // namespace dyad::time
