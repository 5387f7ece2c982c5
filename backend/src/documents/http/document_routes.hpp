// The HTTP routes of the document library (M20–M22). Handlers only adapt HTTP to DocumentService;
// each route carries its documentation, and DocumentSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "documents/domain/document_service.hpp"
#include "kernel/http/router.hpp"

namespace enlace::http {

void AddDocumentRoutes(Router& router, DocumentService& documents);
nlohmann::json DocumentSchemas();

}  // namespace enlace::http
