// The imports capability: Importing a meeting report for review (M5).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability ImportsCapability();

}  // namespace enlace
