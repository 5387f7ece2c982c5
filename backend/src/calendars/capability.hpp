// The calendars capability: iCalendar files and private calendar feeds (M6).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability CalendarsCapability();

}  // namespace enlace
