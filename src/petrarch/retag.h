// Dictionary-guided tag repair before event coding: the language core's
// tagger guesses made-up or rare names ("Ithilen/VBN") and verbs it has not
// seen as adjectives ("has celebrated/JJ"). Words of actor/agent phrases
// that are capitalised become proper nouns, and dictionary verb forms in a
// verb position become verbs; noun phrases, verb groups and clauses are then
// rebuilt from the repaired tags.
#pragma once

#include "petrarch/petr_actors.h"
#include "events/verb_dictionary.h"
#include "lang/annotation.h"

namespace dyad::events {

// Returns the number of tokens whose tag changed.
size_t retag_with_dictionaries(lang::Annotation& a, const PetrActors* actors, const VerbDictionary& verbs);

}  // namespace dyad::events
