#include "contacts/capability.hpp"

#include "contacts/domain/contact_point_service.hpp"
#include "contacts/http/contact_point_routes.hpp"
#include "contacts/storage/soci_contact_point_repository.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles contacts();
}  // namespace embedded

Capability ContactsCapability() {
  return {
      .name = "contacts",
      .files = embedded::contacts(),
      .repositories = storage::RegisterContactPointRepositories,
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<ContactPointService>(kernel.store, kernel.clock));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddContactPointRoutes(router, {kernel.services.Get<ContactPointService>()});
          },
      .schemas = http::ContactsSchemas,
      .demo = LoadContactsDemo,
  };
}

}  // namespace enlace
