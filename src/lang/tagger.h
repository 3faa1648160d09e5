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

// "was shot down and destroyed", "were beaten and robbed": token i follows "and" / "or" after a
// participle (with its particles and adverbs) right under a form of "be" or "get", so a
// participle at i shares that auxiliary. `first`: the sentence's first token.
bool joined_to_passive(const std::vector<Token>& tokens, size_t first, size_t i);

// "troops stormed the town and seized its port": a past form right after "and" ("or", "but")
// whose nearest verb before it is a finite past tense is that tense too (coordinated verbs
// share their form, as joined_to_passive's participles share "be"). Token `i` in [first, ..).
bool joined_to_past(const std::vector<Token>& tokens, size_t first, size_t i);

// "the bridge that the engineers repaired in May": the noun phrase or pronoun ending before
// token i is opened by a relative word or "that", so it is the subject of the clause that word
// opens. `first`: the sentence's first token.
bool subject_after_relative_word(const std::vector<Token>& tokens, size_t first, size_t i);

}  // namespace dyad::lang
