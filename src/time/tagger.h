// Time expression tagger: finds dates, times, durations and sets in clean
// text and normalises them to TIMEX3 values against the document date.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "lang/annotation.h"

namespace dyad::time {

// Time expressions of `text`, in order, not overlapping. `published` is the
// document date ("YYYY-MM-DD"; a partial or missing date leaves relative
// expressions with X placeholders, e.g. "XXXX-03-22", "XXXX-WXX"). `ann`,
// the language layers of `text` when present, gives the governing verb of a
// relative date its direction (time/direction.h); without it, tense cues
// near the expression do.
std::vector<Timex> tag_timexes(std::string_view text, const std::optional<std::string>& published,
                               const lang::Annotation* ann = nullptr);

// The time stage: fills doc.timexes from doc.text, doc.meta.published and
// doc.lang, and doc.chronology with the entries of the text's chronology lists.
void tag_document(Document& doc);

}  // namespace dyad::time
