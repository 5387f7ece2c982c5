// The reference capability: Regional processes and their reference data (M25, M30).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability ReferenceCapability();

}  // namespace enlace
