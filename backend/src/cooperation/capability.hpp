// The cooperation capability: cooperation requests to partner bodies through the Technical
// Secretariat (M17, seed ¶3). See README.md.
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability CooperationCapability();
// A few requests of the RCM in several states, dated relative to today (with the demo's meetings).
Result<void> LoadCooperationDemo(Kernel& kernel, Demo& demo);

}  // namespace enlace
