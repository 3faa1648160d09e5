// Threats: an act that a verb of threatening governs ("threatened to cut aid",
// "threatens to strike the port") did not happen; CAMEO codes the threat of it
// (13x: a threat to halt aid is 1311, to attack 1384). The threat codes for
// each kind of act are in data/events/threats.txt.
#pragma once

#include <string>

#include "doc/document.h"
#include "events/verb_dictionary.h"

namespace dyad::events {

// The CAMEO threat code for a threat to do the act `code` ("190" -> "1384";
// "130" when the codebook names no threat of that kind).
std::string threat_code(const std::string& code);

// Threats in `doc` (after assign_modality): an event whose verb "threaten"
// governs becomes the threat of it, with the threatening verb's modality; a
// threat no pattern specified (130) takes the kind of the act its infinitive
// names in `verbs` ("threatened to kill" -> 1384).
void code_threats(Document& doc, const VerbDictionary& verbs);

}  // namespace dyad::events
