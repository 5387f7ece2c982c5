// The JSON form of the kernel's values (texts in each language, audit entries) and helpers for
// the JSON form of every capability's records: what the API sends and what the audit log stores
// as "before" and "after". One mapping per record, in its capability's domain part, so that an
// audit entry shows a record exactly as the API showed it.
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/localized_text.hpp"

namespace enlace {

nlohmann::json ToJson(const LocalizedText& text);
nlohmann::json ToJson(const AuditEntry& entry);

nlohmann::json OptionalToJson(const std::optional<std::string>& value);
nlohmann::json OptionalToJson(const std::optional<Date>& value);

}  // namespace enlace
