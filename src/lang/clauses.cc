// Clause finding (see clauses.h).
#include "lang/clauses.h"

namespace dyad::lang {

void find_clauses(Annotation&, const Resources&) {}

}  // namespace dyad::lang
