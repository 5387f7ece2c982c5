#include "audit/capability.hpp"

#include "audit/domain/audit_service.hpp"
#include "audit/http/audit_routes.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles audit();
}  // namespace embedded

Capability AuditCapability() {
  return {
      .name = "audit",
      .files = embedded::audit(),
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<AuditService>(kernel.store, kernel.audit_seal, kernel.clock));
          },
      .routes = [](http::Router& router,
                   Kernel& kernel) { http::AddAuditRoutes(router, {kernel.services.Get<AuditService>()}); },
      .schemas = http::AuditSchemas,
  };
}

}  // namespace enlace
