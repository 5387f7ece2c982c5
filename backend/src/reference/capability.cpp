#include "reference/capability.hpp"

#include "reference/domain/reference_service.hpp"
#include "reference/http/reference_routes.hpp"
#include "reference/storage/soci_reference_repository.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles reference();
}  // namespace embedded

Capability ReferenceCapability() {
  return {
      .name = "reference",
      .files = embedded::reference(),
      .repositories = storage::RegisterReferenceRepositories,
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<ReferenceService>(kernel.store, kernel.clock));
          },
      .routes = [](http::Router& router,
                   Kernel& kernel) { http::AddReferenceRoutes(router, {kernel.services.Get<ReferenceService>()}); },
      .schemas = http::ReferenceSchemas,
  };
}

}  // namespace enlace
