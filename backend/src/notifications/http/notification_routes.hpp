// The HTTP routes of the notifications capability: In-app notifications.
// Handlers only adapt HTTP to the services; each route carries its documentation, and
// NotificationsSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"
#include "notifications/domain/notification_service.hpp"
#include "notifications/domain/reminder_service.hpp"

namespace enlace::http {

// What the handlers call.
struct NotificationRouteServices {
  NotificationService& notifications;
  ReminderService& reminders;
};

void AddNotificationRoutes(Router& router, NotificationRouteServices services);
nlohmann::json NotificationsSchemas();

}  // namespace enlace::http
