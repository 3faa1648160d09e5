// The quotation stage of the pipeline (see stage.h).
#include "quotes/stage.h"

#include "lang/annotation.h"
#include "quotes/quotes.h"

namespace dyad::quotes {

void annotate_quotes(Document& doc) {
  if (!doc.lang) return;
  doc.quotes = find_quotes(doc.text, *doc.lang, doc.actors);
}

}  // namespace dyad::quotes
