// The language core's entry point: annotate a text (a Document's clean
// text) with sentences, tokens, tags, lemmas, noun phrases, verb groups and
// clauses. Resources are loaded once per process (Resources::get()).
#pragma once

#include <string_view>

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

Annotation annotate(std::string_view text, const Resources& res);
inline Annotation annotate(std::string_view text) { return annotate(text, Resources::get()); }

// Redoes noun phrases, verb groups and clauses after a reader changed tags:
// clauses from the parse when the tokens carry one, else the clause rules.
void rechunk(Annotation& a, const Resources& res);

}  // namespace dyad::lang
