// A very long document (a book, a transcript, a report of hundreds of pages,
// or a hostile file) through the language-level stages one piece at a time,
// so that memory follows the piece, not the document: the language layer of
// a text with a token every two bytes takes about 48 times its size.
#pragma once

#include <cstddef>

#include "doc/document.h"
#include "pipeline/pipeline.h"

namespace dyad {

// Documents whose clean text reaches this many bytes are analysed in pieces.
// News articles are well under it (a long feature is 20-50 kB).
inline constexpr size_t kPiecewiseText = size_t{256} << 10;

// The stages from language on over doc.text as one unit (a whole document or
// a piece of one), as `stages` asks: language, time expressions, actors,
// quotes, events, timeline. The chronology lists (doc.chronology) are found
// before, over the whole text, by the caller.
void run_text_stages(Document& doc, const StageOptions& stages);

// Runs run_text_stages on doc in pieces of 128-256 kB of its text (shorter
// in text dense with tokens: about 48k tokens at most), cut at
// paragraph (else sentence, else word) breaks, and gathers their results
// into doc in the whole text's numbering (bytes, tokens, sentences,
// mentions, people); each piece gets the chronology entries inside it.
// The language layer is not kept (doc.lang stays null): the
// name finder's names are kept as doc.names. Actors, quotes and events are
// not linked across pieces (a surname in one piece does not find the full
// name in another); doc.warnings says so.
void analyse_in_pieces(Document& doc, const StageOptions& stages);

}  // namespace dyad
