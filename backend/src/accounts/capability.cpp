#include "accounts/capability.hpp"

#include <spdlog/spdlog.h>

#include "accounts/domain/password_reset_service.hpp"
#include "accounts/domain/session_service.hpp"
#include "accounts/domain/user_service.hpp"
#include "accounts/http/account_routes.hpp"
#include "accounts/storage/soci_account_repositories.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles accounts();
}  // namespace embedded

Capability AccountsCapability() {
  return {
      .name = "accounts",
      .files = embedded::accounts(),
      .repositories = storage::RegisterAccountRepositories,
      .services =
          [](Kernel& kernel) {
            const auto* settings = kernel.services.Find<SessionSettings>();
            kernel.services.Provide(std::make_unique<SessionService>(kernel.store, kernel.passwords, kernel.secrets,
                                                                     kernel.clock,
                                                                     settings ? *settings : SessionSettings{}));
            kernel.services.Provide(
                std::make_unique<UserService>(kernel.store, kernel.passwords, kernel.secrets, kernel.clock));
            // The same throttling rules as signing in, and the server's public URL for the link.
            auto session_settings = settings ? *settings : SessionSettings{};
            PasswordResetSettings resets{.base_url = kernel.server.public_url,
                                         .throttle = {.max_failures = session_settings.max_failures,
                                                      .failure_window = session_settings.failure_window,
                                                      .lockout = session_settings.lockout,
                                                      .backoff_after = session_settings.backoff_after}};
            kernel.services.Provide(std::make_unique<PasswordResetService>(
                kernel.store, kernel.passwords, kernel.secrets, kernel.clock, kernel.texts,
                [&kernel] { return kernel.mailer; }, [](std::string message) { spdlog::warn("{}", message); }, resets));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AccountRouteServices services{kernel.services.Get<SessionService>(),
                                                kernel.services.Get<UserService>(),
                                                kernel.services.Get<PasswordResetService>(), kernel.server};
            http::AddSessionRoutes(router, services);
            http::AddUserRoutes(router, services);
          },
      .schemas = http::AccountsSchemas,
      .jobs = {Job{.name = "accounts.purge",
                   .interval = std::chrono::seconds{600},
                   .run =
                       [](Kernel& kernel) {
                         kernel.services.Get<SessionService>().Purge();
                         kernel.services.Get<PasswordResetService>().Purge();
                       }}},
      .demo = LoadAccountsDemo,
  };
}

}  // namespace enlace
