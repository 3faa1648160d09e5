// Readers for TABARI/PETRARCH verb dictionaries into a VerbDictionary: the
// PETRARCH1 validation format (PETR.Validate.verbs.txt: `--- VERB [code] ---`
// blocks, verb lines with {irregular forms}, `- lower * upper [code]` patterns
// with $ source, + target, % compound, ^ skip, _ adjacency, &SYNSET sets,
// # and <!-- --> comments) and PETRARCH2's CAMEO.2.0.txt (the same plus
// {NOUN PHRASE} groups, (PP PHRASES) and `+` marking the verb in multi-word verbs).
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "events/verb_dictionary.h"

namespace dyad::events {

// Reads every block of `in` into `dict`. Never throws; bad lines become
// "name:line: message" entries of `errors`.
void read_verbs(std::istream& in, const std::string& name, VerbDictionary& dict, std::vector<std::string>& errors);

// Parses the pattern text between "- " and its code ("SAID $ * TO ATTEND").
// False when it has no '*'.
bool parse_pattern(std::string_view text, Pattern& out);

}  // namespace dyad::events
