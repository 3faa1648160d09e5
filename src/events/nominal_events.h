// Events named by a noun rather than a verb (data/events/nominal.txt): "the
// Taliban's January visit to Moscow", "the occupation by Russia of Crimea",
// "the phone call between the two presidents". Added after the verb coder,
// never repeating a triple it gave.
#pragma once

#include "doc/document.h"

namespace dyad::events {

// Appends the nominal events of every sentence of doc (doc.lang, doc.actors
// and the coded doc.events must be set).
void add_nominal_events(Document& doc);

// Whether a noun (lemma, lower case) names an act in data/events/nominal.txt ("attack",
// "visit"): an object so named is something done, not a party.
bool names_an_act(const std::string& lemma);

}  // namespace dyad::events
