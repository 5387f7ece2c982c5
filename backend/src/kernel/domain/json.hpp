// The JSON form of domain records: what the API sends and what the audit log stores as "before"
// and "after". One mapping, so that an audit entry shows a record exactly as the API showed it.
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/domain/audit.hpp"
#include "contacts/domain/contact_point.hpp"
#include "reference/domain/reference.hpp"
#include "accounts/domain/user.hpp"

namespace enlace {

nlohmann::json ToJson(const LocalizedText& text);
nlohmann::json ToJson(const Process& process);
nlohmann::json ToJson(const Country& country);
nlohmann::json ToJson(const Organization& organization);
nlohmann::json ToJson(const Network& network);
nlohmann::json ToJson(const Topic& topic);
nlohmann::json ToJson(const User& user);
nlohmann::json ToJson(const ContactPoint& contact_point);
nlohmann::json ToJson(const AuditEntry& entry);

nlohmann::json OptionalToJson(const std::optional<std::string>& value);
nlohmann::json OptionalToJson(const std::optional<Date>& value);

}  // namespace enlace
