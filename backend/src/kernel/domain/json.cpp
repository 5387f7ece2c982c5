#include "kernel/domain/json.hpp"

namespace enlace {

using nlohmann::json;

json OptionalToJson(const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); }

json OptionalToJson(const std::optional<Date>& value) { return value ? json(FormatIsoDate(*value)) : json(nullptr); }

json ToJson(const LocalizedText& text) {
  return json{{"es", OptionalToJson(text.es)}, {"en", OptionalToJson(text.en)}};
}

json ToJson(const Process& process) {
  return json{{"code", process.code},
              {"name", ToJson(process.name)},
              {"languages", process.languages},
              {"default_language", process.default_language}};
}

json ToJson(const Country& country) {
  return json{{"code", country.code},
              {"name", ToJson(country.name)},
              {"status", country.status == CountryStatus::kMember ? "member" : "observer"}};
}

json ToJson(const Organization& organization) {
  return json{{"code", organization.code},
              {"abbreviation", ToJson(organization.abbreviation)},
              {"name", ToJson(organization.name)},
              {"kind", organization.kind}};
}

json ToJson(const Network& network) {
  return json{{"code", network.code}, {"abbreviation", ToJson(network.abbreviation)}, {"name", ToJson(network.name)}};
}

json ToJson(const Topic& topic) { return json{{"code", topic.code}, {"name", ToJson(topic.name)}}; }

json ToJson(const User& user) {
  return json{{"id", user.id},
              {"email", user.email},
              {"name", user.name},
              {"role", ToString(user.role)},
              {"country", OptionalToJson(user.country)},
              {"organization", OptionalToJson(user.organization)},
              {"language", user.language},
              {"active", user.active},
              {"process", user.process_code},
              {"version", user.version},
              {"created_at", FormatIsoTimestamp(user.created_at)}};
}

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

json ToJson(const AuditEntry& entry) {
  const auto& r = entry.record;
  return json{
      {"id", entry.id},
      {"at", FormatIsoTimestamp(entry.at)},
      {"actor", r.actor_email.empty() && !r.actor_id ? json(nullptr)
                                                     : json{{"id", r.actor_id ? json(*r.actor_id) : json(nullptr)},
                                                            {"email", r.actor_email},
                                                            {"name", r.actor_name}}},
      {"action", r.action},
      {"outcome", ToString(r.outcome)},
      {"record_type", r.record_type},
      {"record_id", r.record_id.empty() ? json(nullptr) : json(r.record_id)},
      {"before", r.before},
      {"after", r.after},
      {"reason", r.reason},
      {"request_id", r.request_id},
      {"ip", r.ip},
      {"hash", entry.hash}};
}

}  // namespace enlace
