#include <sys/stat.h>

#include "app/command_line.hpp"

// Under LeakSanitizer: fontconfig (through pango, for PDF reports) keeps caches for the life of the
// process and never frees them. They do not grow with use; they are not leaks of ours.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

int main(int argc, char** argv) {
  // What enlace writes (the SQLite database and its -wal and -shm, backups, demo credentials) is
  // for its own user only: mode 0600.
  umask(0077);
  return enlace::RunCommandLine(argc, argv);
}
