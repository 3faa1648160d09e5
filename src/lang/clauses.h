// Clauses: each finite verb group with its subject, object, passive agent,
// kind (main, reported, relative, subordinate, coordinate) and whether it is
// embedded under a speech/denial verb ("X said that ...", "..., X said").
#pragma once

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Fills a.clauses from noun phrases and verb groups.
void find_clauses(Annotation& a, const Resources& res);

// The number of tokens of a noun phrase of time starting at `q` (before `end`), 0 if none: a
// weekday, "yesterday", "today", "tonight" (1), or "last" / "this" / "next" / "every" before a
// unit of the calendar or the day (2). Such a phrase after a verb ("destroyed last night", "met
// Monday") says when the act happened; it is an adverb, never the verb's object.
uint32_t time_phrase_length(const std::vector<Token>& tokens, uint32_t q, uint32_t end);

}  // namespace dyad::lang
