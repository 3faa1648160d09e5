// Actor recognition over one annotated text: dictionary matches (countries,
// demonyms with role words, capitals, seats of power, organisations, groups,
// ethnic groups, people), unknown people found by titles and appositions,
// and in-document coreference of people (full name, "Mr. Kabulov", surname).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "actors/types.h"
#include "lang/annotation.h"

namespace dyad::actors {

// Mentions in text order. `date` (YYYY-MM-DD, may be empty) selects the
// roles people held at the time.
std::vector<ActorMention> recognize(std::string_view text, const lang::Annotation& a, const Dictionary& dict,
                                    const std::string& date = "");

}  // namespace dyad::actors
