// A name the finder found once is the same name wherever the text repeats it.
#pragma once

#include "lang/annotation.h"

namespace dyad::lang {

// "Big Machine ... accused Big Machine of ...": the name finder labels each
// sentence alone and misses some repeats of a name it found elsewhere in the
// same text. A name of two or more capitalised words marks every other
// occurrence of the same words, standing alone (no capitalised noun right
// before or after) and outside other names, as a name of its type.
// a.names stays sorted by first token.
void repeat_names(Annotation& a);

}  // namespace dyad::lang
