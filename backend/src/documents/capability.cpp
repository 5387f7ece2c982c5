#include "documents/capability.hpp"

#include "documents/domain/document_service.hpp"
#include "documents/http/document_routes.hpp"
#include "documents/storage/soci_document_repository.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles documents();
}  // namespace embedded

Capability DocumentsCapability() {
  return {
      .name = "documents",
      .files = embedded::documents(),
      .repositories = storage::RegisterDocumentRepositories,
      .services =
          [](Kernel& kernel) {
            DocumentSettings settings;
            settings.base_url = kernel.server.public_url;
            auto& documents = kernel.services.Provide(std::make_unique<DocumentService>(
                kernel.store, kernel.secrets, kernel.clock, kernel.texts, [&kernel] { return kernel.mailer; },
                settings));
            // The receipt lists the Secretariat puts into a meeting's report.
            kernel.services.Get<ReportAnnexes>().Add(
                [&documents](const RequestContext& context, MeetingId meeting, const std::string& language) {
                  return documents.ReceiptAnnexes(context, meeting, language);
                });
            // The meeting's documents in its package, each at its frozen version.
            kernel.services.Get<PackageDocuments>().Add([&documents](const RequestContext& context, MeetingId meeting,
                                                                     const std::vector<std::string>& languages) {
              return documents.ForPackage(context, meeting, languages);
            });
          },
      .routes = [](http::Router& router,
                   Kernel& kernel) { http::AddDocumentRoutes(router, kernel.services.Get<DocumentService>()); },
      .schemas = http::DocumentSchemas,
      .demo = LoadDocumentsDemo,
  };
}

}  // namespace enlace
