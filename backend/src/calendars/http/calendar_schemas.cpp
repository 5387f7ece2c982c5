// The OpenAPI schemas of the calendars capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "calendars/http/calendar_routes.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json CalendarsSchemas() {
  nlohmann::json s;
  s["CalendarFeed"] = Record({{"url", Str()}});
  return s;
}

}  // namespace enlace::http
