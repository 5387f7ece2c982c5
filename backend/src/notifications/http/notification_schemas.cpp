// The OpenAPI schemas of the notifications capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "notifications/http/notification_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json NotificationsSchemas() {
  nlohmann::json s;
  s["Notification"] = Object({{"id", Int()},
                              {"kind", {{"enum", {"due_soon", "overdue", "weekly_digest"}}}},
                              {"commitment", {{"type", json::array({"integer", "null"})}}},
                              {"payload", json::object()},
                              {"created_at", Instant()},
                              {"read_at", {{"type", json::array({"string", "null"})}}}},
                             {"id", "kind", "created_at"});
  s["NotificationPage"] = Object({{"items", ListOf(Ref("Notification"))}, {"unread", Int()}}, {"items", "unread"});
  return s;
}

}  // namespace enlace::http
