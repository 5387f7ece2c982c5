#include "accounts/capability.hpp"

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
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AccountRouteServices services{kernel.services.Get<SessionService>(),
                                                kernel.services.Get<UserService>(), kernel.server};
            http::AddSessionRoutes(router, services);
            http::AddUserRoutes(router, services);
          },
      .schemas = http::AccountsSchemas,
      .jobs = {Job{.name = "accounts.purge",
                   .interval = std::chrono::seconds{600},
                   .run = [](Kernel& kernel) { kernel.services.Get<SessionService>().Purge(); }}},
      .demo = LoadAccountsDemo,
  };
}

}  // namespace enlace
