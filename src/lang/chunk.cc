// Base noun phrase and verb group chunking (see chunk.h).
#include "lang/chunk.h"

namespace dyad::lang {

void chunk(Annotation&, const Resources&) {}

}  // namespace dyad::lang
