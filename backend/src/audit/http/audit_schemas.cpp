// The OpenAPI schemas of the audit capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "audit/http/audit_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json AuditSchemas() {
  nlohmann::json s;
  s["AuditEntry"] =
      Object({{"id", Int()},
              {"at", Instant()},
              {"actor",
               {{"oneOf",
                 json::array(
                     {Object({{"id", {{"type", json::array({"integer", "null"})}}}, {"email", Str()}, {"name", Str()}}),
                      {{"type", "null"}}})}}},
              {"action", Str()},
              {"outcome", {{"enum", {"ok", "denied", "failed"}}}},
              {"record_type", Str()},
              {"record_id", Str()},
              {"before", json::object()},
              {"after", json::object()},
              {"reason", Str()},
              {"request_id", Str()},
              {"ip", Str()},
              {"hash", Str()}},
             {"id", "at", "action", "outcome"});
  s["AuditPage"] =
      Object({{"items", ListOf(Ref("AuditEntry"))}, {"next_cursor", NullableStr()}}, {"items", "next_cursor"});
  return s;
}

}  // namespace enlace::http
