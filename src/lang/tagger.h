// Part-of-speech tagging: a bigram HMM (Viterbi) over Lingua::EN::Tagger's
// Penn lexicon and tag transitions, with an unknown-word model (shape and
// suffix statistics of the lexicon's rare words) and a few contextual fixes.
#pragma once

#include <vector>

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Tags tokens [s.first, s.last) in place.
void tag_sentence(std::vector<Token>& tokens, const Sentence& s, const Resources& res);

}  // namespace dyad::lang
