#include "audit/capability.hpp"

#include "audit/domain/audit_service.hpp"
#include "audit/http/audit_routes.hpp"
#include "kernel/domain/audit_log.hpp"

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
            kernel.services.Provide(std::make_unique<RefusalLog>(kernel.store, kernel.clock));
          },
      .routes = [](http::Router& router,
                   Kernel& kernel) { http::AddAuditRoutes(router, {kernel.services.Get<AuditService>()}); },
      .schemas = http::AuditSchemas,
      .jobs = {Job{.name = "audit.refusals",
                   .interval = std::chrono::seconds{60},
                   .run = [](Kernel& kernel) { kernel.services.Get<RefusalLog>().Flush(); }}},
  };
}

}  // namespace enlace
