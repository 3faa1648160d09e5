// Repairs of the trained tagger's tags where its treebank (EWT) and the Penn
// Treebank conventions the readers above expect differ, or where a general
// construction settles a slip: participles after "be", adjectives and plurals
// inside proper names, the verb of an inverted quotation frame. Each rule has its
// grammatical reason at its definition (see docs/clauses.md).
#pragma once

#include <string_view>

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Tags of one parsed sentence, before lemmas and names.
void repair_parsed_tags(std::vector<Token>& tokens, const Sentence& s, const Resources& res);

// "two", "three", "dozens": a spelled-out number above one, after which a word in -s is a
// plural noun, never a verb agreeing with a singular subject ("one" is not: "no one knows").
bool plural_numeral(std::string_view w);

// "three assists", "two sides": the word tagged VBZ at i (sentence from `first`) is a plural
// noun, because a spelled-out number above one comes right before it and no noun before the
// number makes the number a label ("Chapter three describes").
bool numeral_plural_at(const std::vector<Token>& tokens, uint32_t i, uint32_t first);

// Tags inside the names the name finder found (a.names), after find_names.
void repair_name_tags(Annotation& a);

}  // namespace dyad::lang
