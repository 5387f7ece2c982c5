#include "meetings/capability.hpp"

#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/meeting_service.hpp"
#include "meetings/http/meeting_routes.hpp"
#include "meetings/storage/soci_meeting_repositories.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles meetings();
}  // namespace embedded

Capability MeetingsCapability() {
  return {
      .name = "meetings",
      .files = embedded::meetings(),
      .repositories = storage::RegisterMeetingRepositories,
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<MeetingService>(kernel.store, kernel.secrets, kernel.clock));
            kernel.services.Provide(std::make_unique<CommitmentService>(kernel.store, kernel.secrets, kernel.clock));
            kernel.services.Provide(std::make_unique<ReportAnnexes>());
            kernel.services.Provide(std::make_unique<PackageDocuments>());
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::MeetingRouteServices services{kernel.services.Get<MeetingService>(),
                                                kernel.services.Get<CommitmentService>(),
                                                kernel.services.Get<ReferenceService>(),
                                                kernel.clock,
                                                kernel.texts,
                                                kernel.services.Get<ReportAnnexes>(),
                                                kernel.services.Get<PackageDocuments>()};
            http::AddMeetingRoutes(router, services);
            http::AddCommitmentRoutes(router, services);
            http::AddMeetingPackageRoutes(router, services, kernel.secrets);
          },
      .schemas = http::MeetingsSchemas,
      .demo = LoadMeetingsDemo,
  };
}

}  // namespace enlace
