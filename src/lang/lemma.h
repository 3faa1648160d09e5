// Lemmas from WordNet (exception lists, then its detachment rules checked
// against the index) and data/lang/lemmas.txt for contractions and auxiliaries.
#pragma once

#include <string>
#include <string_view>

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

std::string lemmatize(std::string_view form, Tag tag, const Resources& res);

}  // namespace dyad::lang
