// The audit capability: Reading and verifying the audit log (M28).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability AuditCapability();

}  // namespace enlace
