// Definite descriptions of named groups: "the fundamentalist Islamic movement"
// stands for the Taliban when the article names the Taliban. The head nouns
// and modifiers each group may be described with are in
// data/actors/descriptions.txt.
#pragma once

#include <string_view>
#include <vector>

#include "actors/types.h"
#include "lang/annotation.h"

namespace dyad::actors {

// Mentions for the definite descriptions in `a` that refer to a group named
// by one of `named` (mentions in text order). A description with modifiers
// ("the terrorist group") takes the nearest group it fits anywhere in the
// article, before it first; a bare one ("the movement") only a group named in
// the five sentences before it. Tokens inside `named` are never described.
std::vector<ActorMention> resolve_descriptions(std::string_view text, const lang::Annotation& a,
                                               const std::vector<ActorMention>& named);

}  // namespace dyad::actors
