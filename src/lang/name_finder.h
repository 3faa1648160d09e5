// The name finder: proper names of people, organisations and places (and
// other names) that no dictionary knows, as a BIO tagger over the sentence's
// words (averaged perceptron, greedy left to right, an I- label only after
// its B-). Features: the word, its shape and affixes, its neighbours, their
// Penn tags, and whether a known name from data/actors (people, countries,
// capitals, places, organisations, groups) covers the word. Trained on the
// Universal NER annotation of EWT (`dyad train-names`); the model ships as
// data/lang/names.model.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/annotation.h"
#include "lang/perceptron.h"
#include "lang/word_keys.h"

namespace dyad::lang {

// Labels: 0 = O, 1 + 2t = B-t, 2 + 2t = I-t (t a NameType).
constexpr int kNameLabels = 1 + 2 * kNameTypeCount;
std::string name_label_name(int label);         // "O", "B-PER", "I-LOC"
int parse_name_label(std::string_view name);    // -1 when not a label

// Known names, by lower-case phrase.
class NameGazetteer {
 public:
  void add(std::string_view phrase, NameType t);
  // Reads the actor lists of `actors_dir` (data/actors); missing files are skipped.
  void load(const std::string& actors_dir);
  size_t size() const { return map_.size(); }
  // Per word: bit (2t) where a known name of type t starts, bit (2t + 1) inside one
  // (longest match first).
  std::vector<uint8_t> mark(const std::vector<std::string_view>& forms) const;

 private:
  std::unordered_map<uint64_t, uint8_t> map_;  // phrase hash -> type bits
  size_t longest_ = 0;                         // words
};

struct NameWord {
  WordKeys keys;
  Tag tag = Tag::NN;
  uint8_t gazetteer = 0;
};

std::vector<NameWord> name_words(const std::vector<std::string_view>& forms, const std::vector<Tag>& tags,
                                 const NameGazetteer& gaz);

struct NameFinder {
  LinearModel model;
  NameGazetteer gazetteer;  // filled at load time from data/actors (not in the model file)
  // Labels the model was trained on (those some feature weighs up: a label
  // never seen in training only ever lost weight); the others, such as MISC
  // when the training names had none, are never chosen.
  std::vector<uint8_t> known;
  bool empty() const { return model.classes == 0; }
  void set_known_labels();
  std::vector<uint8_t> label(const std::vector<NameWord>& words) const;
};

// Names [first, last) with their type from a label sequence (an I- without its B- starts a name).
std::vector<Name> names_of_labels(const std::vector<uint8_t>& labels);

struct NameSentence {
  std::vector<NameWord> words;
  std::vector<uint8_t> gold;
};

NameFinder train_name_finder(const std::vector<NameSentence>& data, int iterations, uint64_t seed);

// "van", "von", "bin", "de la": a lower-case particle inside a person's name.
bool name_particle(std::string_view w);

// A word that starts with a capital letter.
bool capitalised(std::string_view w);

// The names of each sentence of an annotation (tokens tagged), into a.names.
void find_names(Annotation& a, const NameFinder& f);

}  // namespace dyad::lang
