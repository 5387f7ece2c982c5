// The search capability: search across everything (M27).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability SearchCapability();

}  // namespace enlace
