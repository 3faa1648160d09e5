// Article boilerplate (placeholder: marks nothing).
#include "ingest/boilerplate.h"

namespace dyad::ingest {

void mark_boilerplate(Document&) {}

}  // namespace dyad::ingest
