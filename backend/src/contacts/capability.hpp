// The contacts capability: The contact-point directory (M14).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability ContactsCapability();
Result<void> LoadContactsDemo(Kernel& kernel, Demo& demo);

}  // namespace enlace
