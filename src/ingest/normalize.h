// Normalisation: repairs the damage of extraction and export in doc.norm
// (quote-wrapped archive text and \" escapes, leftover HTML tags and
// entities, NFC, PDF line wrapping, line-end hyphens, glued page breaks) so
// that every paragraph stands on one line. Keeps doc.norm_map true.
#pragma once

#include "doc/document.h"

namespace dyad::ingest {

void normalize(Document& doc);

}  // namespace dyad::ingest
