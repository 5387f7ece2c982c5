// The meetings capability: Meetings, agreements, reports, commitments and deadlines (M1–M4).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability MeetingsCapability();
Result<void> LoadMeetingsDemo(Kernel& kernel, Demo& demo);

}  // namespace enlace
