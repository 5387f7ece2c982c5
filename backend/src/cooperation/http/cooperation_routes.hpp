// The HTTP routes of the cooperation capability: cooperation requests (M17).
// Handlers only adapt HTTP to the services; each route carries its documentation, and
// CooperationSchemas() the OpenAPI schemas it refers to. See ../README.md for the API in words.
#pragma once

#include <nlohmann/json.hpp>

#include "cooperation/domain/cooperation_service.hpp"
#include "kernel/http/router.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace::http {

// What the handlers call.
struct CooperationRouteServices {
  CooperationService& requests;
  ReferenceService& reference;
  const Clock& clock;
};

void AddCooperationRoutes(Router& router, CooperationRouteServices services);
nlohmann::json CooperationSchemas();

}  // namespace enlace::http
