// The process exit code, set by whichever subcommand ran.
#include "cli/commands.h"

namespace dyad::cli {

namespace {
int g_exit_code = 0;
}

int exit_code() { return g_exit_code; }
void set_exit_code(int rc) { g_exit_code = rc; }

}  // namespace dyad::cli
