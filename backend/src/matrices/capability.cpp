#include "matrices/capability.hpp"

#include "matrices/domain/matrix_service.hpp"
#include "matrices/http/matrix_routes.hpp"
#include "matrices/storage/soci_matrix_repository.hpp"
#include "meetings/domain/commitment_service.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles matrices();
}  // namespace embedded

Capability MatricesCapability() {
  return {
      .name = "matrices",
      .files = embedded::matrices(),
      .repositories = storage::RegisterMatrixRepositories,
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<MatrixService>(kernel.store, kernel.clock, kernel.texts,
                                                                    kernel.mailer, kernel.server.public_url,
                                                                    kernel.services.Find<CommitmentService>()));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddMatrixRoutes(router, {kernel.services.Get<MatrixService>(), kernel.texts, kernel.clock});
          },
      .schemas = http::MatrixSchemas,
      .demo = LoadMatricesDemo,
  };
}

}  // namespace enlace
