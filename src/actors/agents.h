// CAMEO agent codes (the three letters after a country: GOV, MIL, COP ...)
// and how Dyad reads them, from data/actors/agents.txt: the word that names
// the group after a demonym ("Russian military") and the sort of actor it is.
#pragma once

#include <string>

namespace dyad::actors {

// The readable word of an agent code ("GOV" -> "government", "REB" ->
// "rebels"); the code itself when the table names no group by it.
std::string agent_name(const std::string& agent);

// The kind of actor an agent code stands for, read from its first three
// letters ("REB" -> "armed group", "ELI" -> "elite"); "" when unknown.
std::string agent_kind(const std::string& agent);

}  // namespace dyad::actors
