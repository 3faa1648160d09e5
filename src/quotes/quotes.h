// Quotations and their speakers: finds quoted spans in the clean text (curly
// and straight marks, quotations split around an attribution, continued over
// paragraphs, opening mark lost in extraction), tells speech from scare
// quotes, titles and captions, types each quotation (direct, mixed, indirect)
// and attributes it to a speaker through reporting verbs, appositions,
// "according to", pronouns, surnames and role nouns (marks.h, speaker.h,
// context.h). Reported speech without marks ("The company said it will ...")
// is added as indirect; any named person or organisation can speak.
#pragma once

#include <string_view>
#include <vector>

#include "actors/types.h"
#include "lang/annotation.h"

namespace dyad::quotes {

// `steps`, when given, receives the work done (tokens and names visited): it
// grows linearly with the text whatever its shape (every search is windowed).
std::vector<Quote> find_quotes(std::string_view text, const lang::Annotation& a,
                                       const std::vector<ActorMention>& mentions, size_t* steps = nullptr);

}  // namespace dyad::quotes
