// The documents capability: the Virtual Secretariat's document library, language versions and
// distribution with receipts (M20–M22, seed ¶6). See README.md.
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability DocumentsCapability();
// Documents of the San Pedro Sula meeting (with the demo's meetings).
Result<void> LoadDocumentsDemo(Kernel& kernel, Demo& demo);

}  // namespace enlace
