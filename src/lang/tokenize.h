// Penn Treebank tokenisation with byte spans: punctuation and quotes split
// off (quotes become `` and ''), clitics split ("don't" -> do n't, "Kabul's"
// -> Kabul 's), abbreviations ("Mr.", "U.S.", "F.") kept whole.
#pragma once

#include <string_view>
#include <vector>

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Tokens of `text` in order; tags and lemmas are left empty.
std::vector<Token> tokenize(std::string_view text, const Resources& res);

// True when `word` (with its final period) is an abbreviation: listed, or of
// the letter-period shape ("U.S.", "a.m.", "F.").
bool is_abbreviation(std::string_view word, const Resources& res);

}  // namespace dyad::lang
