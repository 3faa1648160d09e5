// Part-of-speech tagging with an averaged perceptron: greedy, left to right,
// one class per word naming both its Penn tag (XPOS) and its universal tag
// (UPOS), e.g. "IN|SCONJ". Features: the word, its neighbours, affixes,
// shape and the two tags already given to its left.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/annotation.h"
#include "lang/perceptron.h"
#include "lang/ud_labels.h"
#include "lang/word_keys.h"

namespace dyad::lang {

struct TagClass {
  std::string xpos;  // "NN", "HYPH", "-LRB-"
  Upos upos = Upos::X;
  Tag penn = Tag::NN;  // the Penn tag the rest of Dyad reads (HYPH -> ":", ADD -> NN ...)
};

// The Penn tag for an XPOS of the treebank (its own extra tags mapped onto the PTB set).
Tag penn_of_xpos(const std::string& xpos, Upos upos);

// The feature sets of the tagger (the model file says which it was trained
// with): 1 the shipped one, 2 with more context (pos_tagger.cc).
constexpr int kTaggerFeatures = 2;
constexpr int kDefaultTaggerFeatures = 1;

struct PosTagger {
  std::vector<TagClass> classes;
  LinearModel model;
  int features = kDefaultTaggerFeatures;
  bool empty() const { return classes.empty(); }
  // One class index per word.
  std::vector<uint16_t> tag(const std::vector<WordKeys>& words) const;
};

// Features of word i given the two classes to its left (-1 = none).
void tagger_features(const std::vector<WordKeys>& words, size_t i, int prev, int prev2, std::vector<Feature>& out,
                     int set = kDefaultTaggerFeatures);

struct TaggedSentence {
  std::vector<WordKeys> words;
  std::vector<uint16_t> gold;  // class per word
};

struct TaggerTraining {
  int iterations = 10;
  uint64_t seed = 1;
  uint32_t min_updates = 1;
  int features = kDefaultTaggerFeatures;
};

// Deterministic: the sentence order of each pass comes from `seed`.
PosTagger train_tagger(const std::vector<TaggedSentence>& data, std::vector<TagClass> classes,
                       const TaggerTraining& opt);

// A small deterministic generator (xorshift64*) for shuffles and exploration.
struct Rng {
  uint64_t s;
  explicit Rng(uint64_t seed) : s(seed * 2685821657736338717ULL + 1) {}
  uint64_t next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 2685821657736338717ULL;
  }
  double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
};
std::vector<size_t> shuffled(size_t n, Rng& rng);

}  // namespace dyad::lang
