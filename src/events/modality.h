// Modality of coded events: whether the text asserts an event, reports it,
// alleges it, denies it, negates it, or presents it as hypothetical or
// planned. Read from the event's verb group (negation, modals, tense) and the
// clauses it is reported under; the words that decide are in
// data/events/modality.txt.
#pragma once

#include <string>

#include "doc/document.h"
#include "lang/annotation.h"

namespace dyad::events {

// The modality of an event whose verb is the verb group `vg` of `a`.
Modality modality_of(const lang::Annotation& a, uint32_t vg);

// The verb group that governs the non-finite group `vg` ("wants" for "to send"), -1 when none.
int32_t governing_group(const lang::Annotation& a, uint32_t vg);

// The word right before the "to" of the infinitive group `vg`, as a lemma ("seek" for "sought
// to talk", "ready" for "ready to meet"); "" when `vg` is finite or has no "to".
std::string infinitive_governor(const lang::Annotation& a, uint32_t vg);
// The verb group holding the byte `pos` of the text (-1 when none).
int32_t verb_group_at(const lang::Annotation& a, uint32_t sentence, uint32_t pos);

// The nearest clause that reports the clause of verb group `vg` ("U.S.
// generals say ..." for "supplying"), -1 when it is not reported.
int32_t reporting_clause(const lang::Annotation& a, uint32_t vg);

// Sets Event::modality for every event of the document (doc.lang must be set): an event named
// by a noun takes the modality of the verb before it unless its finder set one.
void assign_modality(Document& doc);

}  // namespace dyad::events
