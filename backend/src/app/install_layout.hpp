// Where this `enlace` finds what is not compiled into it: the reference data of each process
// (reference/<process>/*.csv) and the built web app.
#pragma once

#include <filesystem>

namespace enlace {

struct InstallLayout {
  std::filesystem::path reference_root;  // holds rcm/, …
  std::filesystem::path web_root;        // holds index.html
};

// In order: $ENLACE_HOME (an installed share/enlace folder, or a source tree); the share/enlace
// folder next to an installed binary (<prefix>/bin/enlace → <prefix>/share/enlace); the source
// tree above a binary built inside it (build/<preset>/bin/enlace); the current folder.
InstallLayout FindInstallLayout(const char* argv0);

}  // namespace enlace
