// Calendars (M6): a meeting as an iCalendar file, and each person's private feed.
#include "calendars/domain/calendar_entries.hpp"
#include "calendars/http/calendar_routes.hpp"
#include "kernel/formats/icalendar.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"
#include "meetings/domain/follow_up_texts.hpp"

namespace enlace::http {
namespace {

Response Calendar(const CalendarFeed& feed, const Texts& texts, const std::string& base_url,
                  const std::string& file_name) {
  std::vector<CalendarDeadline> deadlines;
  for (const auto& [commitment, meeting] : feed.deadlines) {
    deadlines.push_back(CalendarDeadline{commitment, meeting, commitment.agreement_number});
  }
  auto entries = CalendarEntriesFor(feed.meetings, deadlines, feed.reference, texts, feed.language, base_url);
  Response response;
  response.body = RenderCalendar(feed.name, entries);
  response.With("Content-Type", "text/calendar; charset=utf-8");
  response.With("Content-Disposition", "inline; filename=\"" + file_name + "\"");
  response.With("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void AddCalendarRoutes(Router& router_, CalendarRouteServices services_) {
  router_.Add("GET", "/api/v1/meetings/{id}/calendar.ics",
              {.summary = "A meeting and its deadlines as an iCalendar file",
               .tag = "calendar",
               .response_types = {"text/calendar"},
               .who = "signed in"},
              [services_](Request& request) {
                auto id = PathId<MeetingId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto feed = services_.calendars.MeetingCalendar(request.Context(), *id);
                if (!feed) return ErrorResponse(feed.error(), request);
                return Calendar(*feed, services_.texts, services_.server.public_url,
                                "meeting-" + std::to_string(*id) + ".ics");
              });
  router_.Add(
      "POST", "/api/v1/me/calendar-feed",
      {.summary = "A new private calendar feed URL for the signed-in person (the previous one stops working)",
       .tag = "calendar",
       .response_schema = "CalendarFeed",
       .who = "signed in",
       .audit_action = "user.calendar_feed",
       .record_type = "user"},
      [services_](Request& request) {
        auto token = services_.calendars.IssueFeedToken(request.Context());
        if (!token) return ErrorResponse(token.error(), request);
        return JsonResponse(200, {{"url", services_.server.public_url + "/api/v1/calendar/" + *token + ".ics"}});
      });
  router_.Add("GET", "/api/v1/calendar/{token}",
              {.summary = "A person's private feed: the process's meetings and the deadlines that concern them",
               .tag = "calendar",
               .response_types = {"text/calendar"},
               .who = "whoever holds the secret URL"},
              [services_](Request& request) {
                auto token = request.PathParameter("token");
                if (token.ends_with(".ics")) token.resize(token.size() - 4);
                auto feed = services_.calendars.FeedForToken(token);
                if (!feed) return ErrorResponse(feed.error(), request);
                return Calendar(*feed, services_.texts, services_.server.public_url, "enlace.ics");
              });
}

}  // namespace enlace::http
