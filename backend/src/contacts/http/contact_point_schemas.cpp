// The OpenAPI schemas of the contacts capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "contacts/http/contact_point_routes.hpp"
#include "kernel/http/openapi.hpp"

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
                         {"languages", ListOf(Ref("Language"))},
                         {"valid_from", DateStr()},
                         {"valid_to", NullableDate()}};
  s["ContactPointInput"] = Object(contact_fields, {"country", "network", "topic", "name", "institution", "email"});
  s["ContactPointChange"] = Object(contact_fields);
  json person = Record({{"id", Int()}, {"name", Str()}});
  json contact_point = contact_fields;
  contact_point["id"] = Int();
  contact_point["status"] = Enum({"proposed", "confirmed", "rejected", "ended"});
  contact_point["proposed_by"] = person;
  contact_point["confirmed_by"] = Nullable(person);
  contact_point["confirmed_at"] = NullableInstant();
  contact_point["rejection_reason"] = NullableStr();
  contact_point["version"] = Int();
  contact_point["created_at"] = Instant();
  contact_point["updated_at"] = Instant();
  s["ContactPoint"] = Record(contact_point);
  auto with_history = contact_point;
  with_history["history"] = ListOf(Ref("ContactPoint"));
  s["ContactPointWithHistory"] = Record(with_history);
  s["ContactPointList"] = ItemsOf("ContactPoint");
  s["Rejection"] = Record({{"reason", Str()}});
  s["TermEnd"] = Object({{"valid_to", DateStr()}});
  return s;
}

}  // namespace enlace::http
