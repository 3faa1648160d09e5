// The syntax model's file: a compact little-endian binary ("DYADSYN" magic,
// version, the tagger's classes, feature set and weights, the parser's labels,
// beam width, feature set and weights; each weight row stored sparse as class and int16 weight).
// DYAD_BEAM=N in the environment overrides the beam width at load (1: greedy).
#pragma once

#include <string>

#include "lang/name_finder.h"
#include "lang/syntax_model.h"

namespace dyad::lang {

bool save_syntax_model(const SyntaxModel& m, const std::string& path, std::string& error);
// False with `error` naming the file and problem when it is missing or damaged.
bool load_syntax_model(const std::string& path, SyntaxModel& m, std::string& error);

// The name finder's file ("DYADNER" magic, version, weights as above).
bool save_name_model(const NameFinder& f, const std::string& path, std::string& error);
bool load_name_model(const std::string& path, NameFinder& f, std::string& error);

}  // namespace dyad::lang
