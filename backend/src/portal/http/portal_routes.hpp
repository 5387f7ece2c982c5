// The HTTP routes of the public page: its summary as JSON, and the
// same page as plain HTML for a browser without JavaScript. Every route answers anybody, signed
// in or not, and gives only what is published.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kernel/domain/date.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/router.hpp"
#include "portal/domain/portal_service.hpp"

namespace enlace::http {

struct PortalRouteServices {
  PortalService& portal;
  const Clock& clock;
  const Texts& texts;
};

void AddPortalRoutes(Router& router, PortalRouteServices services);
nlohmann::json PortalSchemas();
// The plain HTML page in `language` (portal_page.cpp); every text from the data is escaped.
std::string PortalPageHtml(const PortalSummary& summary, const Texts& texts, const std::string& language);

}  // namespace enlace::http
