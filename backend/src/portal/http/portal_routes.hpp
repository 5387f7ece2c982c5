// The HTTP routes of the public page: its summary as JSON, and the
// same page as plain HTML for a browser without JavaScript. Every route answers anybody, signed
// in or not, and gives only what is published.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "kernel/domain/date.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/router.hpp"
#include "portal/domain/portal_service.hpp"
#include "search/domain/search_service.hpp"

namespace enlace::http {

struct PortalRouteServices {
  PortalService& portal;
  const Clock& clock;
  const Texts& texts;
  SearchService* search = nullptr;  // the plain page's search form; none without the search capability
};

// What the plain page shows beyond the summary: a page of its lists, or a page of search results.
struct PortalPageView {
  int page = 1;                          // 1-based, of the meetings and documents or of the results
  std::string query;                     // the words searched for; empty: no search
  std::optional<SearchResults> results;  // of `query`, this page of them
};
inline constexpr int kPortalPageSize = 20;

void AddPortalRoutes(Router& router, PortalRouteServices services);
nlohmann::json PortalSchemas();
// The plain HTML page in `language` (portal_page.cpp); every text from the data is escaped.
std::string PortalPageHtml(const PortalSummary& summary, const Texts& texts, const std::string& language,
                           const PortalPageView& view = {});

}  // namespace enlace::http
