// The matrices capability: comparative legislation matrices with update rounds by country
// (M7–M10, M22 for cells; seed ¶2, ¶2a). See README.md.
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability MatricesCapability();
// The RCM's two matrices with their topics; example cells for several countries, one closed round
// and one open round with countries in every state.
Result<void> LoadMatricesDemo(Kernel& kernel, Demo& demo);

}  // namespace enlace
