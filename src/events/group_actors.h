// Actors the dictionaries cannot name but an event needs: groups of people
// named without a country ("thousands of teachers marched", "police
// detained students": the country where they act + a role code, from
// data/events/group_roles.txt; armed men only from a place right after them,
// "rebels in Yemen", data/events/placed_roles.txt) and "both countries" / "the two sides" (the
// two countries last named). Added to doc.actors before the coder runs.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "doc/document.h"

namespace dyad::events {

// The country the document is most about: the most frequent country among
// its actor mentions, a tie going to the dateline's country, else to the
// first code in alphabetical order ("" when none).
std::string main_country(const Document& doc);

// Appends the mentions described above to doc.actors (doc.lang must be set).
void add_group_actors(Document& doc);

// The lines `agent | word | word ...` of data/<rel>, as (word, agent) pairs in
// file order: fields trimmed, empty fields skipped, the first one the agent.
std::vector<std::pair<std::string, std::string>> read_agent_words(const std::string& rel);

}  // namespace dyad::events
