// The capabilities of this build, in order: a capability comes after every capability it uses
// (its migrations may refer to their tables, its services to their services).
#pragma once

#include <vector>

#include "kernel/capability/capability.hpp"

namespace enlace {

std::vector<Capability> Capabilities();
// What the store needs of them: migrations and repositories, in order.
std::vector<storage::StorageModule> StorageModulesOf(const std::vector<Capability>& capabilities);

}  // namespace enlace
