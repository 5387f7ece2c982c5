// The JSON form of an account, as the API sends it and the audit log keeps it.
#pragma once

#include <nlohmann/json.hpp>

#include "accounts/domain/user.hpp"

namespace enlace {

nlohmann::json ToJson(const User& user);

}  // namespace enlace
