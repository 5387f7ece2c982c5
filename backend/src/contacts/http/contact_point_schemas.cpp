// The OpenAPI schemas of the contacts capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "contacts/http/contact_point_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json ContactsSchemas() {
  nlohmann::json s;
  json contact_fields = {{"country", Str()},
                         {"network", Str()},
                         {"topic", Str()},
                         {"name", Str()},
                         {"position", Str()},
                         {"institution", Str()},
                         {"email", Str()},
                         {"phone", Str()},
                         {"languages", ListOf(Str())},
                         {"valid_from", DateStr()},
                         {"valid_to", NullableDate()}};
  s["ContactPointInput"] = Object(contact_fields, {"country", "network", "topic", "name", "institution", "email"});
  s["ContactPointChange"] = Object(contact_fields);
  json contact_point = contact_fields;
  contact_point["id"] = Int();
  contact_point["status"] = {{"enum", {"proposed", "confirmed", "rejected", "ended"}}};
  contact_point["proposed_by"] = Object({{"id", Int()}, {"name", Str()}});
  contact_point["confirmed_by"] = {
      {"oneOf", json::array({Object({{"id", Int()}, {"name", Str()}}), {{"type", "null"}}})}};
  contact_point["confirmed_at"] = NullableStr();
  contact_point["rejection_reason"] = NullableStr();
  contact_point["version"] = Int();
  contact_point["created_at"] = Instant();
  contact_point["updated_at"] = Instant();
  s["ContactPoint"] = Object(contact_point, {"id", "country", "network", "topic", "name", "status", "version"});
  auto with_history = contact_point;
  with_history["history"] = ListOf(Ref("ContactPoint"));
  s["ContactPointWithHistory"] = Object(with_history, {"id", "status", "version", "history"});
  s["ContactPointList"] = ItemsOf("ContactPoint");
  s["Rejection"] = Object({{"reason", Str()}}, {"reason"});
  s["TermEnd"] = Object({{"valid_to", DateStr()}});
  return s;
}

}  // namespace enlace::http
