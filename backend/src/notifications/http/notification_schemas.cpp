// The OpenAPI schemas of the notifications capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "notifications/http/notification_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json NotificationsSchemas() {
  nlohmann::json s;
  json kind = Enum({"due_soon", "overdue", "weekly_digest", "requested", "assigned"});
  // What the reminder said; a reminder about one commitment also names it in both languages.
  s["CommitmentReminderPayload"] = Object({{"kind", kind},
                                           {"days_before", Int()},
                                           {"items", Int()},
                                           {"action", Ref("LocalizedText")},
                                           {"party", Ref("LocalizedText")},
                                           {"meeting", Ref("LocalizedText")},
                                           {"agreement", Str()},
                                           {"due", NullableDate()},
                                           {"deadline_text", Str()}},
                                          {"kind", "days_before", "items"});
  // A reminder that a record of another capability has waited too long at a step (a cooperation
  // request at the Secretariat): which record ("subject" names its kind), its state, how long it
  // has waited, and the words in both languages.
  s["RecordReminderPayload"] = Record({{"kind", kind},
                                       {"subject", Str()},
                                       {"record", Int()},
                                       {"state", Str()},
                                       {"days_waiting", Int()},
                                       {"link", Str()},
                                       {"action", Ref("LocalizedText")},
                                       {"party", Ref("LocalizedText")}});
  s["NotificationPayload"] = {{"oneOf", json::array({Ref("CommitmentReminderPayload"), Ref("RecordReminderPayload")})}};
  s["Notification"] = Record({{"id", Int()},
                              {"kind", kind},
                              {"commitment", NullableInt()},
                              {"payload", Ref("NotificationPayload")},
                              {"created_at", Instant()},
                              {"read_at", NullableInstant()}});
  s["NotificationPage"] = Record({{"items", ListOf(Ref("Notification"))}, {"unread", Int()}});
  // A one-click reminder of the Secretariat: to which delegations, how many people; when just sent,
  // also how many e-mails were delivered and failed.
  json requested = {
      {"id", Int()},          {"commitment", Int()},          {"sent_by", Record({{"id", Int()}, {"name", Str()}})},
      {"sent_at", Instant()}, {"delegations", ListOf(Str())}, {"recipients", Int()}};
  s["RequestedReminderItem"] = Record(requested);
  requested["emailed"] = Int();
  requested["failed"] = Int();
  s["RequestedReminder"] = Record(requested);
  s["RequestedReminderList"] = ItemsOf("RequestedReminderItem");
  return s;
}

}  // namespace enlace::http
