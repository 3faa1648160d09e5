// What a Penn-tagged lexicon says about a word, as features for the trained
// tagger: the set of tags the word has taken (its ambiguity class) and its
// most frequent tag, looked up for the form as written and for its lower- and
// title-case variants (so "PRESIDENT" in a headline finds "President").
// Filled at load time from Lingua::EN::Tagger's newswire lexicon (see
// Resources); the model file does not carry it.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/pos_tagger.h"
#include "lang/word_keys.h"

namespace dyad::lang {

struct TagHint {
  uint64_t tags = 0;  // bit per lang::Tag the word has taken
  uint8_t top = 0;    // 1 + the most frequent tag (0: word not in the lexicon)
  uint8_t freq = 0;   // frequency class: 1 rare (<= 3), 2 some (<= 50), 3 common
};

class TagHints {
 public:
  void add(std::string_view word, uint64_t tags, int top, uint32_t count);
  TagHint find(std::string_view word) const;
  bool empty() const { return map_.empty(); }
  // The Penn tag of a word of class `c` as the Penn Treebank would write it:
  // where the two treebanks' guidelines differ for a common word ("to" is
  // always TO in the PTB, EWT tags the preposition IN; "about to" is IN, not
  // JJ; "--" is ":"), a tag the lexicon never gives a common word becomes
  // the word's most frequent tag there.
  Tag penn_tag(const TagClass& c, std::string_view form) const;
  size_t size() const { return map_.size(); }
  // Sets the lexicon keys of each word's WordKeys (forms as the tagger sees them).
  void annotate(const std::vector<std::string_view>& forms, std::vector<WordKeys>& keys) const;

 private:
  std::unordered_map<uint64_t, TagHint> map_;  // hash of the word -> hint
};

}  // namespace dyad::lang
