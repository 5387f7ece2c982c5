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
            kernel.services.Provide(
                std::make_unique<CalendarService>(kernel.store, kernel.secrets, kernel.clock, kernel.texts));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddCalendarRoutes(router, {kernel.services.Get<CalendarService>(), kernel.server, kernel.texts});
          },
      .schemas = http::CalendarsSchemas,
  };
}

}  // namespace enlace
