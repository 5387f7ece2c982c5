// The HTTP routes of the meetings capability: Meetings, agreements, reports and commitments.
// Handlers only adapt HTTP to the services; each route carries its documentation, and
// MeetingsSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/domain/secrets.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/meeting_service.hpp"
#include "meetings/domain/package_documents.hpp"
#include "meetings/domain/report_annex.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace::http {

// What the handlers call.
struct MeetingRouteServices {
  MeetingService& meetings;
  CommitmentService& commitments;
  ReferenceService& reference;
  const Clock& clock;
  const Texts& texts;                 // the words of generated reports
  const ReportAnnexes& annexes;       // other capabilities' annexes to the report
  const PackageDocuments& documents;  // other capabilities' documents in the package (the library's)
};

void AddMeetingRoutes(Router& router, MeetingRouteServices services);
void AddCommitmentRoutes(Router& router, MeetingRouteServices services);
// A meeting's package for offline use (routes_package.cpp).
void AddMeetingPackageRoutes(Router& router, MeetingRouteServices services, const SecretGenerator& secrets);
nlohmann::json MeetingsSchemas();

}  // namespace enlace::http
