// The accounts capability: Accounts, roles and sessions (M25).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability AccountsCapability();
Result<void> LoadAccountsDemo(Kernel& kernel, Demo& demo);

}  // namespace enlace
