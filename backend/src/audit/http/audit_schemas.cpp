// The OpenAPI schemas of the audit capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "audit/http/audit_routes.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json AuditSchemas() {
  nlohmann::json s;
  // The record as it was before and after the change, in its own wire shape (a contact point, a
  // user, a meeting…): an object of any of those kinds, or null when there was none.
  json record = {{"type", json::array({"object", "null"})},
                 {"additionalProperties", true},
                 {"description", "The record in its own wire shape (any kind of record), or null"}};
  s["AuditEntry"] = Record({{"id", Int()},
                            {"at", Instant()},
                            {"actor", Nullable(Record({{"id", NullableInt()}, {"email", Str()}, {"name", Str()}}))},
                            {"action", Str()},
                            {"outcome", Enum({"ok", "denied", "failed"})},
                            {"record_type", Str()},
                            {"record_id", NullableStr()},
                            {"before", record},
                            {"after", record},
                            {"reason", Str()},
                            {"request_id", Str()},
                            {"ip", Str()},
                            {"hash", Str()}});
  s["AuditPage"] = Record({{"items", ListOf(Ref("AuditEntry"))}, {"next_cursor", NullableStr()}});
  return s;
}

}  // namespace enlace::http
