// Layer probe (ctest layers_probe_above): compiled with the include folder of
// the doc layer, a header of events/ (a layer above doc/) is not found, so the
// compile fails and says which header.
#include "doc/document.h"
#include "events/stage.h"

int main() { return 0; }
