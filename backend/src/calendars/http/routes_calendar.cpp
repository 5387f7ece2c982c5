// Calendars (M6) and in-app notifications.
#include "meetings/domain/follow_up_texts.hpp"
#include "calendars/ical/calendar.hpp"
#include "kernel/http/api.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"

namespace enlace::http {
namespace {

Response Calendar(const CalendarFeed& feed, const std::string& base_url, const std::string& file_name) {
  std::vector<CalendarDeadline> deadlines;
  for (const auto& [commitment, meeting] : feed.deadlines) {
    deadlines.push_back(CalendarDeadline{commitment, meeting, commitment.agreement_number});
  }
  auto entries = CalendarEntriesFor(feed.meetings, deadlines, feed.reference, feed.language, base_url);
  Response response;
  response.body = RenderCalendar(feed.name, entries);
  response.With("Content-Type", "text/calendar; charset=utf-8");
  response.With("Content-Disposition", "inline; filename=\"" + file_name + "\"");
  response.With("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void Api::AddCalendarRoutes() {
  router_.Add("GET", "/api/v1/meetings/{id}/calendar.ics",
              {.summary = "A meeting and its deadlines as an iCalendar file",
               .tag = "calendar",
               .response_type = "text/calendar",
               .who = "signed in"},
              [this](Request& request) {
                auto id = PathId(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto feed = services_.calendars.MeetingCalendar(request.Context(), *id);
                if (!feed) return ErrorResponse(feed.error(), request);
                return Calendar(*feed, settings_.public_url, "meeting-" + std::to_string(*id) + ".ics");
              });
  router_.Add("POST", "/api/v1/me/calendar-feed",
              {.summary = "A new private calendar feed URL for the signed-in person (the previous one stops working)",
               .tag = "calendar",
               .response_schema = "CalendarFeed",
               .who = "signed in",
               .audit_action = "user.calendar_feed",
               .record_type = "user"},
              [this](Request& request) {
                auto token = services_.calendars.IssueFeedToken(request.Context());
                if (!token) return ErrorResponse(token.error(), request);
                return JsonResponse(200, {{"url", settings_.public_url + "/api/v1/calendar/" + *token + ".ics"}});
              });
  router_.Add("GET", "/api/v1/calendar/{token}",
              {.summary = "A person's private feed: the process's meetings and the deadlines that concern them",
               .tag = "calendar",
               .response_type = "text/calendar",
               .who = "whoever holds the secret URL"},
              [this](Request& request) {
                auto token = request.PathParameter("token");
                if (token.ends_with(".ics")) token.resize(token.size() - 4);
                auto feed = services_.calendars.FeedForToken(token);
                if (!feed) return ErrorResponse(feed.error(), request);
                return Calendar(*feed, settings_.public_url, "enlace.ics");
              });
}

void Api::AddNotificationRoutes() {
  router_.Add("GET", "/api/v1/notifications",
              {.summary = "The signed-in person's notifications, newest first, and how many are unread",
               .tag = "notifications",
               .response_schema = "NotificationPage",
               .query = {{"unread", "true for unread ones only", "boolean"}},
               .who = "signed in"},
              [this](Request& request) {
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
              [this](Request& request) {
                return WithId(request, [&](std::int64_t id) {
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
              [this](Request& request) {
                return NoContentOr(request, services_.notifications.MarkAllRead(request.Context()));
              });
}

}  // namespace enlace::http
