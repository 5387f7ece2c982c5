#include "kernel/domain/json.hpp"

namespace enlace {

using nlohmann::json;

json OptionalToJson(const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); }

json OptionalToJson(const std::optional<Date>& value) { return value ? json(FormatIsoDate(*value)) : json(nullptr); }

json ToJson(const LocalizedText& text) {
  return json{{"es", OptionalToJson(text.es)}, {"en", OptionalToJson(text.en)}};
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
