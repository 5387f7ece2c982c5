// The OpenAPI 3.1 document, built from the route table (so a served route cannot be missing from
// it) and the schemas below (a test checks every schema a route names exists).
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/http/router.hpp"

namespace enlace::http {

nlohmann::json OpenApiDocument(const Router& router);
// The named schemas of components/schemas.
const nlohmann::json& OpenApiSchemas();

}  // namespace enlace::http
