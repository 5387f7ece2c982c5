// The HTTP routes of the calendars capability: iCalendar files and private feeds.
// Handlers only adapt HTTP to the services; each route carries its documentation, and
// CalendarsSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "calendars/domain/calendar_service.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"

namespace enlace::http {

// What the handlers call.
struct CalendarRouteServices {
  CalendarService& calendars;
  ServerSettings server;
  const Texts& texts;  // the words of calendar entries
};

void AddCalendarRoutes(Router& router, CalendarRouteServices services);
nlohmann::json CalendarsSchemas();

}  // namespace enlace::http
