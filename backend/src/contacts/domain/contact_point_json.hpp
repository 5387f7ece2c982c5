// The JSON form of a contact point, as the API sends it and the audit log keeps it.
#pragma once

#include <nlohmann/json.hpp>

#include "contacts/domain/contact_point.hpp"

namespace enlace {

nlohmann::json ToJson(const ContactPoint& contact_point);

}  // namespace enlace
