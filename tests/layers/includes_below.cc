// Layer probe (ctest layers_probe_below): compiled with the include folder of
// the doc layer, headers of doc/ and of base/ below it are found.
#include "base/text.h"
#include "doc/document.h"

int main() { return dyad::Document{}.events.empty() ? 0 : 1; }
