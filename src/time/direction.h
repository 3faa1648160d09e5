// Direction of a relative date from the verb that governs it: "will be held
// on March 29" points forward from the document date, "met on Friday" back.
// One small reading of the language layers (verb groups with tense and
// modality) kept behind one function, so it can later read the dependency
// parse instead.
#pragma once

#include <cstdint>

#include "lang/annotation.h"

namespace dyad::time {

// +1 forward (future, planned, modal of possibility, progressive futurate,
// infinitive of intent), -1 back (past), 0 unknown (present simple, present
// perfect, "would", no verb) for the expression at bytes [start, end) of the text `a`
// annotates. The governing verb is the nearest verb group before the
// expression in its sentence, else the nearest after it ("On Friday,
// ministers will meet"). Conventions: docs/time.md.
int governing_direction(const lang::Annotation& a, uint32_t start, uint32_t end);

}  // namespace dyad::time
