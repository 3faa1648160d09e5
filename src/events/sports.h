// Sports reports: a story of matches and scores ("beat Croatia 6-4, 7-6",
// "defeated the champions", "defending champion") uses the verbs of force and
// of politics for games, which CAMEO does not code. A document is a sports
// report when it gives several scorelines and speaks the words of sport
// (data/events/sports_words.txt); the coder codes no events in it.
#pragma once

#include <string_view>

#include "lang/annotation.h"

namespace dyad::events {

// Scorelines in `text`: a number of one or two digits, a hyphen or dash and
// another ("6-4", "3–0"), not part of a date, a range of years or a decimal.
int count_scorelines(std::string_view text);

// Whether the document of `text` and annotation `a` is a sports report: at
// least three scorelines and four different words of sport.
bool sports_report(std::string_view text, const lang::Annotation& a);

}  // namespace dyad::events
