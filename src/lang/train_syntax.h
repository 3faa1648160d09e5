// Training the syntax model from a treebank in CoNLL-U: the tagger on the
// training part, then the parser on the same part with tags predicted by
// taggers trained on the other folds (jackknifing, so the parser learns
// from tags as good as it will see), and scoring on a held-out part.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "lang/conllu.h"
#include "lang/syntax_model.h"

namespace dyad::lang {

struct SyntaxTrainingOptions {
  TaggerTraining tagger;
  ParserTraining parser;
  int jackknife_folds = 5;  // 0 or 1: train the parser on gold tags
  TagHints hints;           // the tag lexicon's hints (Resources' lexicon), empty for none
  std::string pass_models;  // when set, the model after pass N is also written to this path + ".N"
};

struct SyntaxScores {
  size_t words = 0;
  double upos = 0, xpos = 0, uas = 0, las = 0;  // LAS on the full label (with subtype)
  double las_universal = 0;                     // LAS on the universal part (CoNLL 2018 scoring)
};

// Deterministic for the same data and options. `dev` (may be empty) is only
// scored after each parser pass, in `log`.
SyntaxModel train_syntax(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const SyntaxTrainingOptions& opt, std::ostream& log);

// `base` with its tagger trained again on `train` (its parser kept): false
// when the treebank's tag classes differ from the ones the parser was trained on.
bool retrain_tagger(SyntaxModel& base, const std::vector<ConlluSentence>& train, const SyntaxTrainingOptions& opt);

// Whether two taggers have the same classes in the same order (a parser
// trained on one's class numbers can read the other's).
bool same_tag_classes(const PosTagger& a, const PosTagger& b);

// Tags and parses the gold sentences' words and scores the result.
SyntaxScores score_syntax(const SyntaxModel& m, const std::vector<ConlluSentence>& gold);

}  // namespace dyad::lang
