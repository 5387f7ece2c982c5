// The OpenAPI schemas of the notifications capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "notifications/http/notification_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json NotificationsSchemas() {
  nlohmann::json s;
  json kind = Enum({"due_soon", "overdue", "weekly_digest"});
  // What the reminder said; a reminder about one commitment also names it in both languages.
  s["NotificationPayload"] = Object({{"kind", kind},
                                     {"days_before", Int()},
                                     {"items", Int()},
                                     {"action", Ref("LocalizedText")},
                                     {"party", Ref("LocalizedText")},
                                     {"meeting", Ref("LocalizedText")},
                                     {"agreement", Str()},
                                     {"due", NullableDate()},
                                     {"deadline_text", Str()}},
                                    {"kind", "days_before", "items"});
  s["Notification"] = Record({{"id", Int()},
                              {"kind", kind},
                              {"commitment", NullableInt()},
                              {"payload", Ref("NotificationPayload")},
                              {"created_at", Instant()},
                              {"read_at", NullableInstant()}});
  s["NotificationPage"] = Record({{"items", ListOf(Ref("Notification"))}, {"unread", Int()}});
  return s;
}

}  // namespace enlace::http
