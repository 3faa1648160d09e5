// Actors named again by a definite noun phrase: "A US Chinook helicopter crashed ...
// the Taliban shot down the helicopter". Added to doc.actors before the coder runs.
#pragma once

#include "doc/document.h"

namespace dyad::events {

// "the <noun>" that no mention covers, whose noun is the head of an earlier
// coded mention of two or more words ("US Chinook helicopter", "Russian
// troops") within the last few sentences, names that actor again: a definite
// description refers back to what the text introduced. The nearest such
// mention wins; people, countries and places are named, not described, and
// are left out. Appends to doc.actors (doc.lang must be set).
void add_definite_actors(Document& doc);

}  // namespace dyad::events
