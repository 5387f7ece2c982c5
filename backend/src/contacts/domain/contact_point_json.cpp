#include "contacts/domain/contact_point_json.hpp"

#include "kernel/domain/json.hpp"

namespace enlace {

using nlohmann::json;

json ToJson(const ContactPoint& point) {
  const auto& f = point.fields;
  json result{
      {"id", point.id},
      {"country", f.country},
      {"network", f.network},
      {"topic", f.topic},
      {"name", f.name},
      {"position", f.position},
      {"institution", f.institution},
      {"email", f.email},
      {"phone", f.phone},
      {"languages", f.languages},
      {"valid_from", OptionalToJson(f.valid_from)},
      {"valid_to", OptionalToJson(f.valid_to)},
      {"status", ToString(point.status)},
      {"proposed_by", json{{"id", point.proposed_by.id}, {"name", point.proposed_by.name}}},
      {"confirmed_by",
       point.confirmed_by ? json{{"id", point.confirmed_by->id}, {"name", point.confirmed_by->name}} : json(nullptr)},
      {"confirmed_at", point.confirmed_at ? json(FormatIsoTimestamp(*point.confirmed_at)) : json(nullptr)},
      {"rejection_reason", OptionalToJson(point.rejection_reason)},
      {"version", point.version},
      {"created_at", FormatIsoTimestamp(point.created_at)},
      {"updated_at", FormatIsoTimestamp(point.updated_at)}};
  return result;
}

}  // namespace enlace
