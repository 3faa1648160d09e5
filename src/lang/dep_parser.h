// Transition-based dependency parsing with an averaged perceptron over the
// arc-hybrid system (lang/transition.h). One class per move and label:
// SHIFT, LEFT(label), RIGHT(label). Greedy: trained with the dynamic oracle
// and exploration of the model's own mistakes (Goldberg and Nivre 2013).
// Beam (lang/parser_beam.cc): trained globally on whole move sequences.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "lang/perceptron.h"
#include "lang/transition.h"
#include "lang/ud_labels.h"
#include "lang/word_keys.h"

namespace dyad::lang {

// Sentences longer than this are parsed greedily even with a beam (the beam
// copies states, so its cost grows with the square of the length).
constexpr int kBeamMaxWords = 150;

// The feature sets of the parser (the model file says which it was trained
// with): 1 the first one, 2 with more context (dep_parser.cc).
constexpr int kParserFeatures = 2;
constexpr int kDefaultParserFeatures = 1;

struct DepParser {
  std::vector<DepRel> labels;  // label index -> relation
  int root_label = -1;         // index of DepRel::root
  int beam = 1;                // partial parses kept while parsing (1: greedy)
  int features = kDefaultParserFeatures;  // feature set
  LinearModel model;
  bool empty() const { return labels.empty(); }
  int classes() const { return 1 + 2 * static_cast<int>(labels.size()); }
  // heads[i] is the head of word i (0-based words; 0 = root, else word index + 1);
  // rels[i] its relation. `tags` are the tagger's classes.
  void parse(const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags, std::vector<int>& heads,
             std::vector<DepRel>& rels) const;
  // The same with a beam of `width` states (1: greedy).
  void parse(const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags, int width,
             std::vector<int>& heads, std::vector<DepRel>& rels) const;
};

// Class layout: 0 SHIFT, 1..L LEFT(label), L+1..2L RIGHT(label).
struct ParserClasses {
  int L;
  int root;
  Move move(int c) const { return c == 0 ? Move::Shift : c <= L ? Move::Left : Move::Right; }
  int label(int c) const { return c == 0 ? -1 : c <= L ? c - 1 : c - 1 - L; }
  int of(Move m, int label) const { return m == Move::Shift ? 0 : m == Move::Left ? 1 + label : 1 + L + label; }
  // Which classes may be taken now: the root label only from the root, at the end.
  void allowed(const ParseState& st, std::vector<uint8_t>& ok) const;
};

// Reads the finished (or stuck) state into 0-based heads and relations.
void read_parse(const DepParser& p, const ParseState& st, std::vector<int>& heads, std::vector<DepRel>& rels);

// One sentence as the parser's features read it: the words, their tags and,
// for set 2, how many punctuation words come up to each word.
struct ParserInput {
  ParserInput(const std::vector<WordKeys>& w, const std::vector<uint16_t>& t, int feature_set);
  const std::vector<WordKeys>& words;
  const std::vector<uint16_t>& tags;
  int set;
  std::vector<uint16_t> punct;  // punct[i]: punctuation words among words 1..i (punct[0] = 0)
  // Punctuation words strictly between words a < b (0 when either is the root or missing).
  int punct_between(int a, int b) const { return a > 0 && b > a ? punct[b - 1] - punct[a] : 0; }
};

// The features of a parser state.
void parser_features(const ParseState& st, const ParserInput& in, std::vector<Feature>& out);

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
  int features = kDefaultParserFeatures;  // feature set
  int beam = 1;  // > 1: global training with a beam of this width (no exploration)
  int min_weight = 0;  // drops compiled weights below this (integer units; model size)
  // Called after each pass with the pass number and the compiled model so far.
  std::function<void(int, const DepParser&)> on_pass;
};

DepParser train_parser(const std::vector<ParsedSentence>& data, std::vector<DepRel> labels,
                       const ParserTraining& opt);

// Beam decoding and global training (lang/parser_beam.cc).
void beam_parse(const DepParser& p, const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags, int width,
                ParseState& out);
void train_parser_beam(const std::vector<ParsedSentence>& data, DepParser& out, const ParserTraining& opt);

// The least-cost class with the best score, given the dynamic oracle (the
// gold label where it can be given); `gold` marks every least-cost class.
int oracle_class(const ParseState& st, const ParsedSentence& s, const ParserClasses& cl,
                 const std::vector<uint8_t>& ok, const std::vector<float>& scores, std::vector<uint8_t>& gold);

}  // namespace dyad::lang
