// The portal capability: the public page of a process (issue 13, item 6).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability PortalCapability();

}  // namespace enlace
