// The roles of PRODUCT.md and who is acting in a request.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/domain/id.hpp"

namespace enlace {

enum class Role { kSecretariat, kCountryOfficer, kObserver, kCivilSociety };

std::string_view ToString(Role role);
std::optional<Role> ParseRole(std::string_view text);

using UserId = Id<struct UserTag>;
using ProcessId = Id<struct ProcessTag>;

// A signed-in person as the rules see them. A country officer always has `country`; an observer or
// civil-society user always has `organization`.
struct Actor {
  UserId user_id;
  std::string email;
  std::string name;
  Role role = Role::kObserver;
  std::optional<std::string> country;
  std::optional<std::string> organization;
  ProcessId process_id;
  std::string process_code;
  std::string language = "es";

  bool IsSecretariat() const { return role == Role::kSecretariat; }
  bool IsOfficerOf(std::string_view country_code) const {
    return role == Role::kCountryOfficer && country && *country == country_code;
  }
};

// A request's valid session: who, and the token a state-changing request must echo.
struct Authenticated {
  Actor actor;
  std::int64_t session_id = 0;
  std::string csrf_token;
};

// What a service needs to know about the request besides its input: who acts (nobody when
// anonymous), in which process, and what to write in the audit log.
struct RequestContext {
  std::optional<Actor> actor;
  ProcessId process_id;
  std::string request_id;
  std::string ip;
  std::string language = "es";
};

}  // namespace enlace
