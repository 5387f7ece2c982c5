// In-app notifications (M6).
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"
#include "notifications/http/notification_routes.hpp"

namespace enlace::http {

void AddNotificationRoutes(Router& router_, NotificationRouteServices services_) {
  router_.Add("POST", "/api/v1/commitments/{id}/reminders",
              {.summary = "Remind now, in the application and by e-mail, those who have not answered a commitment "
                          "(for a request to all member countries: the countries with no answer)",
               .tag = "commitments",
               .response_schema = "RequestedReminder",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "commitment.remind",
               .record_type = "commitment"},
              [services_](Request& request) {
                auto id = PathId<CommitmentId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto sent = services_.reminders.RemindNow(request.Context(), *id);
                if (!sent) return ErrorResponse(sent.error(), request);
                auto body = ToJson(*sent);
                body["emailed"] = sent->emailed;
                body["failed"] = sent->failed;
                return JsonResponse(201, body);
              });
  router_.Add("GET", "/api/v1/commitments/{id}/reminders",
              {.summary = "The reminders the Secretariat sent about a commitment, newest first",
               .tag = "commitments",
               .response_schema = "RequestedReminderList",
               .who = "signed in"},
              [services_](Request& request) {
                auto id = PathId<CommitmentId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto sent = services_.reminders.Requested(request.Context(), *id);
                if (!sent) return ErrorResponse(sent.error(), request);
                auto items = nlohmann::json::array();
                for (const auto& reminder : *sent) items.push_back(ToJson(reminder));
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("GET", "/api/v1/notifications",
              {.summary = "The signed-in person's notifications, newest first, and how many are unread",
               .tag = "notifications",
               .response_schema = "NotificationPage",
               .query = {{"unread", "true for unread ones only", "boolean"}},
               .who = "signed in"},
              [services_](Request& request) {
                auto page = services_.notifications.List(request.Context(),
                                                         request.Query("unread") == std::optional<std::string>("true"));
                if (!page) return ErrorResponse(page.error(), request);
                auto items = nlohmann::json::array();
                for (const auto& notification : page->items) items.push_back(ToJson(notification));
                return JsonResponse(200, {{"items", items}, {"unread", page->unread}});
              });
  router_.Add("POST", "/api/v1/notifications/{id}/read",
              {.summary = "Mark a notification read",
               .tag = "notifications",
               .success_status = 204,
               .who = "its recipient",
               .audit_action = "notification.read",
               .record_type = "notification"},
              [services_](Request& request) {
                return WithId<std::int64_t>(request, [&](std::int64_t id) {
                  return NoContentOr(request, services_.notifications.MarkRead(request.Context(), id));
                });
              });
  router_.Add("POST", "/api/v1/notifications/read-all",
              {.summary = "Mark every notification read",
               .tag = "notifications",
               .success_status = 204,
               .who = "signed in",
               .audit_action = "notification.read",
               .record_type = "notification"},
              [services_](Request& request) {
                return NoContentOr(request, services_.notifications.MarkAllRead(request.Context()));
              });
}

}  // namespace enlace::http
