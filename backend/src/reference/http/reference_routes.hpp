// The HTTP routes of the reference capability: The reference data of the process (countries, organisations, networks,
// topics). Handlers only adapt HTTP to the services; each route carries its documentation, and ReferenceSchemas() the
// OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace::http {

// What the handlers call.
struct ReferenceRouteServices {
  ReferenceService& reference;
};

void AddReferenceRoutes(Router& router, ReferenceRouteServices services);
nlohmann::json ReferenceSchemas();

}  // namespace enlace::http
