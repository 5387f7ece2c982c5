#include "imports/capability.hpp"

#include "imports/domain/import_service.hpp"
#include "imports/http/import_routes.hpp"
#include "imports/reader/importer_report_reader.hpp"
#include "imports/storage/soci_import_repository.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles imports();
}  // namespace embedded

Capability ImportsCapability() {
  return {
      .name = "imports",
      .files = embedded::imports(),
      .repositories = storage::RegisterImportRepositories,
      .services =
          [](Kernel& kernel) {
            const auto* settings = kernel.services.Find<ImportSettings>();
            auto& reader = kernel.services.Provide(std::make_unique<ImporterReportReader>(
                settings ? settings->reference_root : std::filesystem::path("data/reference")));
            kernel.services.Provide(
                std::make_unique<ImportService>(kernel.store, reader, kernel.secrets, kernel.clock));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddImportRoutes(router, {kernel.services.Get<ImportService>(), kernel.texts, kernel.server});
          },
      .schemas = http::ImportsSchemas,
  };
}

}  // namespace enlace
