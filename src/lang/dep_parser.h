// Greedy transition-based dependency parsing with an averaged perceptron
// over the arc-hybrid system (lang/transition.h). One class per move and
// label: SHIFT, LEFT(label), RIGHT(label). Trained with the dynamic oracle
// and exploration of the model's own mistakes (Goldberg and Nivre 2013).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "lang/perceptron.h"
#include "lang/transition.h"
#include "lang/ud_labels.h"
#include "lang/word_keys.h"

namespace dyad::lang {

struct DepParser {
  std::vector<DepRel> labels;  // label index -> relation
  int root_label = -1;         // index of DepRel::root
  LinearModel model;
  bool empty() const { return labels.empty(); }
  int classes() const { return 1 + 2 * static_cast<int>(labels.size()); }
  // heads[i] is the head of word i (0-based words; 0 = root, else word index + 1);
  // rels[i] its relation. `tags` are the tagger's classes.
  void parse(const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags, std::vector<int>& heads,
             std::vector<DepRel>& rels) const;
};

// The features of a parser state.
void parser_features(const ParseState& st, const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags,
                     std::vector<Feature>& out);

struct ParsedSentence {
  std::vector<WordKeys> words;
  std::vector<uint16_t> tags;    // tagger classes (predicted ones when training on jackknifed tags)
  std::vector<int> heads;        // 1-based; index 0 unused (the root)
  std::vector<int> labels;       // label index per word, 1-based like heads
};

struct ParserTraining {
  int iterations = 10;
  uint64_t seed = 1;
  double explore = 0.9;   // follow a wrong prediction with this probability ...
  int explore_from = 2;   // ... from this pass on (0-based)
  uint32_t min_updates = 3;  // prunes rare features (model size)
  // Called after each pass with the pass number and the compiled model so far.
  std::function<void(int, const DepParser&)> on_pass;
};

DepParser train_parser(const std::vector<ParsedSentence>& data, std::vector<DepRel> labels,
                       const ParserTraining& opt);

}  // namespace dyad::lang
