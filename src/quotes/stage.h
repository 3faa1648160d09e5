// The quotation stage of the pipeline: finds a document's quotations and
// their speakers (quotes.h) once its language and actor layers are set.
#pragma once

#include "doc/document.h"

namespace dyad::quotes {

// Sets doc.quotes from doc.text, doc.lang and doc.actors; does nothing when
// the document has no language layer.
void annotate_quotes(Document& doc);

}  // namespace dyad::quotes
