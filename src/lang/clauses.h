// Clauses: each finite verb group with its subject, object, passive agent,
// kind (main, reported, relative, subordinate, coordinate) and whether it is
// embedded under a speech/denial verb ("X said that ...", "..., X said").
#pragma once

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Fills a.clauses from noun phrases and verb groups.
void find_clauses(Annotation& a, const Resources& res);

}  // namespace dyad::lang
