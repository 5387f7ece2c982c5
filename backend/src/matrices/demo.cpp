// The demo's legislation matrices (filled in below).
#include "matrices/capability.hpp"

namespace enlace {

Result<void> LoadMatricesDemo(Kernel&, Demo&) { return {}; }

}  // namespace enlace
