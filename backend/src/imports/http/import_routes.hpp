// The HTTP routes of the imports capability: Importing a report for review.
// Handlers only adapt HTTP to the services; each route carries its documentation, and
// ImportsSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "imports/domain/import_service.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"

namespace enlace::http {

// What the handlers call.
struct ImportRouteServices {
  ImportService& imports;
  const Texts& texts;
  ServerSettings server;
};

void AddImportRoutes(Router& router, ImportRouteServices services);
nlohmann::json ImportsSchemas();

}  // namespace enlace::http
