// The HTTP routes of the accounts capability: Signing in and out, one's own account, and the administration of
// accounts. Handlers only adapt HTTP to the services; each route carries its documentation, and AccountsSchemas() the
// OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "accounts/domain/password_reset_service.hpp"
#include "accounts/domain/session_service.hpp"
#include "accounts/domain/user_service.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"

namespace enlace::http {

// What the handlers call.
struct AccountRouteServices {
  SessionService& sessions;
  UserService& users;
  PasswordResetService& resets;
  ServerSettings server;
};

void AddSessionRoutes(Router& router, AccountRouteServices services);
void AddUserRoutes(Router& router, AccountRouteServices services);
nlohmann::json AccountsSchemas();

}  // namespace enlace::http
