// The HTTP routes of the search capability: search across everything (M27).
#pragma once

#include <nlohmann/json.hpp>

#include "kernel/http/router.hpp"
#include "search/domain/search_service.hpp"

namespace enlace::http {

void AddSearchRoutes(Router& router, SearchService& search);
nlohmann::json SearchSchemas();

}  // namespace enlace::http
