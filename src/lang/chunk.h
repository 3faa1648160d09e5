// Base noun phrases and verb groups from tags: "the US leader", "his vow";
// "will not be attacked" (future, negated, passive), "has been seeking".
#pragma once

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Fills a.noun_phrases and a.verb_groups from tagged, lemmatised tokens.
void chunk(Annotation& a, const Resources& res);

}  // namespace dyad::lang
