// Intentions: a cooperative act (CAMEO roots 04-08) that a word of intention
// governs ("sought to talk to X", "eager to withdraw") is CAMEO's expressed
// intent of it (root 03: 036 to meet or negotiate, 0356 to de-escalate). The
// words and the codes are in data/events/intents.txt.
#pragma once

#include <string>

#include "doc/document.h"

namespace dyad::events {

// The intent code for the act `code` ("046" -> "036", "0874" -> "0356"); `code`
// itself when it is no cooperative act.
std::string intent_code(const std::string& code);

// Recodes the events of `doc` (after assign_modality) whose infinitive a word
// of intention governs, unless negated ("did not want to meet"); the intent
// takes the modality of the group that expresses it (the governor's).
void code_intents(Document& doc);

}  // namespace dyad::events
