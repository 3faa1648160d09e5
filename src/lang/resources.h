// Everything the language core loads once: the trained syntax model
// (tagger and dependency parser), the Penn-tagset lexicon and tag
// transitions of Lingua::EN::Tagger, an unknown-word model derived from that
// lexicon's rare words, WordNet's lemma indexes and exception lists, and the
// word lists of data/lang/. Read-only after loading, shared by all threads.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/annotation.h"
#include "lang/name_finder.h"
#include "lang/syntax_model.h"

namespace dyad::lang {

// Word-shape class used by the unknown-word model: 'd' has a digit, 'H'/'h'
// hyphenated (capitalised or not), 'c' capitalised, 'l' lower case.
char shape_class(std::string_view w);

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// Tag candidates of a word with log P(word | tag).
struct LexEntry {
  std::vector<std::pair<Tag, float>> tags;
  uint32_t count = 0;        // total occurrences in the lexicon's corpus
  float proper_share = 0;    // share of those tagged NNP/NNPS
  Tag top = Tag::NN;         // the most frequent tag
};

struct Resources {
  // Loads from the system locations (or $DYAD_LINGUA_DIR, $DYAD_WORDNET_DIR)
  // and data/lang/. Missing files leave that part empty; `warnings` says so.
  static Resources load();
  // The process-wide instance, loaded on first use.
  static const Resources& get();

  // Lexicon: exact form -> tags.
  StringMap<LexEntry> lexicon;
  // log P(next | prev); rows and columns indexed by Tag.
  std::array<std::array<float, kTagCount>, kTagCount> trans{};
  // log P(tag) over the lexicon's corpus.
  std::array<float, kTagCount> tag_prior{};
  // Unknown words: suffix (lower case, with a class prefix) -> tag distribution
  // as log P(tag | suffix) - log P(tag), i.e. a scaled emission.
  StringMap<std::vector<std::pair<Tag, float>>> suffix_model;

  // WordNet: lemmas present in the index, per part of speech (n, v, a, r),
  // and the irregular forms ("went" -> "go").
  std::array<StringSet, 4> wn_index;
  std::array<StringMap<std::string>, 4> wn_exc;

  // data/lang word lists.
  StringSet abbreviations;        // "Inc.", "Sept.", "Corp." (may end a sentence)
  StringSet title_abbreviations;  // "Mr.", "Gen.", "Dr." (never end a sentence)
  StringSet speech_verbs;         // lemmas: say, deny, allege, accuse ...
  StringSet time_nouns;           // lower case: week, monday, yesterday (heads of bare adverbials)
  StringSet content_nouns;        // lemmas: claim, fear, notion (take a "that" clause of content)
  StringMap<std::string> special_lemmas;  // "'s|VBZ" -> "be", "n't" -> "not"
  StringMap<Tag> fixed_tags;      // closed-class words whose tag is certain

  // The trained tagger and parser (data/lang/syntax.model); empty when missing.
  SyntaxModel syntax;
  // Whether annotate() tags, parses and finds clauses with it (else the bigram
  // tagger and clause rules). $DYAD_SYNTAX=model|rules chooses; see kSyntaxDefault.
  bool use_syntax = false;
  // The name finder (data/lang/names.model, gazetteer from data/actors); empty when missing.
  NameFinder names;

  std::vector<std::string> warnings;
  bool has_lexicon() const { return !lexicon.empty(); }
  bool has_wordnet() const { return !wn_index[0].empty(); }
};

}  // namespace dyad::lang
