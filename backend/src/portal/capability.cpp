#include "portal/capability.hpp"

#include "documents/domain/document_service.hpp"
#include "portal/domain/portal_service.hpp"
#include "portal/http/portal_routes.hpp"
#include "reference/domain/reference_service.hpp"
#include "search/domain/search_service.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles portal();
}  // namespace embedded

Capability PortalCapability() {
  return {
      .name = "portal",
      .files = embedded::portal(),
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<PortalService>(
                kernel.store, kernel.services.Get<ReferenceService>(), kernel.services.Get<DocumentService>()));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddPortalRoutes(router, {kernel.services.Get<PortalService>(), kernel.clock, kernel.texts,
                                           kernel.services.Find<SearchService>()});
          },
      .schemas = http::PortalSchemas,
  };
}

}  // namespace enlace
