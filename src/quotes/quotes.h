// Quotations and their speakers: finds quoted spans in the clean text (curly
// and straight marks, quotations split around an attribution, continued over
// paragraphs, opening mark lost in extraction), tells speech from scare quotes,
// and attributes each to a speaker through speech verbs, appositions,
// pronouns and definite descriptions, using the actor mentions. Reported
// speech without marks ("Russia said it supports ...") is added as indirect.
#pragma once

#include <string_view>
#include <vector>

#include "actors/types.h"
#include "lang/annotation.h"

namespace dyad::quotes {

std::vector<actors::Quote> find_quotes(std::string_view text, const lang::Annotation& a,
                                       const std::vector<actors::ActorMention>& mentions);

}  // namespace dyad::quotes
