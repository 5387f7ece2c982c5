// The notifications capability: In-app notifications and reminders by e-mail (M6).
#pragma once

#include "kernel/capability/capability.hpp"

namespace enlace {

Capability NotificationsCapability();

}  // namespace enlace
