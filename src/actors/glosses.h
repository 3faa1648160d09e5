// "Mujahideen (Taliban)": a group named with another group's name in
// brackets right after it is that group, throughout the text.
#pragma once

#include <vector>

#include "actors/types.h"
#include "lang/annotation.h"

namespace dyad::actors {

// A coded group or organisation mention followed by "(", a mention of
// another coded group or organisation and ")" is glossed by the writer: the
// name in brackets says which actor the text means. Every group or
// organisation mention of the first code in the text takes the second's
// code and country. `ms` is in text order.
void apply_glosses(const lang::Annotation& a, std::vector<ActorMention>& ms);

}  // namespace dyad::actors
