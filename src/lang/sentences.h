// Sentence splitting over PTB tokens: breaks after . ? ! (and closing
// quotes/brackets that follow) when the next word opens a sentence, never
// after titles and initials ("Gen. John F. Campbell"), after other
// abbreviations ("U.S.", "Inc.") only before a typical sentence opener, and
// always at a line break (paragraphs, headings, list items). A period glued to
// a capitalised word is part of a name ("the ID. Buzz") when the text repeats
// the same two words around it. A sentence of
// over 120 tokens is cut (at a comma, semicolon, colon or dash when its second
// half has one), so no input makes a sentence of unbounded length.
#pragma once

#include <string_view>
#include <vector>

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      const Resources& res);

}  // namespace dyad::lang
