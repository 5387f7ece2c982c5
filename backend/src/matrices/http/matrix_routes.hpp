// The HTTP routes of the matrices capability (M7–M10). Handlers only adapt HTTP to the service;
// each route carries its documentation, and MatrixSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/http/router.hpp"
#include "matrices/domain/matrix_service.hpp"

namespace enlace::http {

struct MatrixRouteServices {
  MatrixService& matrices;
  const Texts& texts;
  const Clock& clock;
};

void AddMatrixRoutes(Router& router, MatrixRouteServices services);
nlohmann::json MatrixSchemas();

}  // namespace enlace::http
