// The syntax model's file: a compact little-endian binary ("DYADSYN" magic,
// version, the tagger's classes and weights, the parser's labels and
// weights; each weight row stored sparse as class and int16 weight).
#pragma once

#include <string>

#include "lang/syntax_model.h"

namespace dyad::lang {

bool save_syntax_model(const SyntaxModel& m, const std::string& path, std::string& error);
// False with `error` naming the file and problem when it is missing or damaged.
bool load_syntax_model(const std::string& path, SyntaxModel& m, std::string& error);

}  // namespace dyad::lang
