#include "accounts/domain/user_json.hpp"

#include "kernel/domain/json.hpp"

namespace enlace {

using nlohmann::json;

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

}  // namespace enlace
