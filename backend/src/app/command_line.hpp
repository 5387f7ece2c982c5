// The `enlace` command: serve, migrate, demo, user, audit, backup, process (and import-report).
#pragma once

namespace enlace {

// Runs the command line; the process exit code.
int RunCommandLine(int argc, char** argv);

}  // namespace enlace
