#include "calendars/capability.hpp"

#include "calendars/domain/calendar_service.hpp"
#include "calendars/http/calendar_routes.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles calendars();
}  // namespace embedded

Capability CalendarsCapability() {
  return {
      .name = "calendars",
      .files = embedded::calendars(),
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<CalendarService>(kernel.store, kernel.secrets, kernel.clock));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddCalendarRoutes(router, {kernel.services.Get<CalendarService>(), kernel.server});
          },
      .schemas = http::CalendarsSchemas,
  };
}

}  // namespace enlace
