// The HTTP routes of the audit capability: Reading the audit log.
// Handlers only adapt HTTP to the services; each route carries its documentation, and
// AuditSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "audit/domain/audit_service.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"

namespace enlace::http {

// What the handlers call.
struct AuditRouteServices {
  AuditService& audit;
};

void AddAuditRoutes(Router& router, AuditRouteServices services);
nlohmann::json AuditSchemas();

}  // namespace enlace::http
