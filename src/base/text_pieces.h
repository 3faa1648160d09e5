// Where a long text is cut into pieces that a stage can hold one at a time
// (the time tagger's tokens, the language layer of a very long document):
// at a paragraph break if there is one, else at a sentence end, else at
// whitespace, so that a piece rarely splits what a stage reads as a unit.
#pragma once

#include <cstddef>
#include <string_view>

namespace dyad::base {

// The end of the piece of `text` that starts at `from`: the whole rest when
// it is under 2 * piece bytes; else, in the window [from + piece, from + 2 *
// piece), after the last blank line, else after the last line break that
// follows a sentence-final mark (. ? !), else after the last sentence-final
// mark that a space and a capital follow (with an opening quotation mark
// before the capital or not), else after the last whitespace, else (one
// word of `piece` bytes) at from + 2 * piece. Linear in the window.
size_t piece_cut(std::string_view text, size_t from, size_t piece);

}  // namespace dyad::base
