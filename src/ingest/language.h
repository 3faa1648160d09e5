// Language identification: ISO 639-1 code of a text ("und" when unsure).
// Obvious English is recognised from its commonest words; everything else
// goes to CLD2.
#pragma once

#include <string>
#include <string_view>

namespace dyad::ingest {

std::string detect_language(std::string_view text);

}  // namespace dyad::ingest
