// Penn tags settled by the parse: where the trained tagger (which follows
// EWT's guidelines and decides left to right) and the Penn Treebank's
// conventions part, the finished dependency tree says which tag the PTB
// would give. Runs after the model has tagged and parsed a sentence.
#pragma once

#include <vector>

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Adjusts the Penn tags of tokens [s.first, s.last) from their heads and relations.
void penn_from_parse(std::vector<Token>& tokens, const Sentence& s, const Resources& res);

}  // namespace dyad::lang
