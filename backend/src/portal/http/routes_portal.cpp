// The public page: GET /api/v1/public (its summary, JSON) and GET /api/v1/public/page (the same page
// as plain HTML, for a browser without JavaScript). Anybody may call them; they give the same to
// every caller. A public meeting's report is GET /api/v1/meetings/{id}/report (meetings), which
// anonymous visitors may call for the meetings listed here.
#include <charconv>

#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "portal/http/portal_routes.hpp"
#include "reference/domain/reasons.hpp"
#include "reference/domain/reference_json.hpp"

namespace enlace::http {
namespace {

nlohmann::json PortalMeetingJson(const PortalMeeting& item) {
  const auto& meeting = item.meeting;
  return {{"id", meeting.id},
          {"body", meeting.body},
          {"type", ToString(meeting.type)},
          {"title", ToJson(meeting.title)},
          {"place", {{"city", meeting.place.city}, {"country", meeting.place.country}}},
          {"date", FormatIsoDate(meeting.date)},
          {"date_end", OptionalToJson(meeting.date_end)},
          {"report_status", ToString(meeting.report_status)},
          {"agreements", item.agreements}};
}

// A public document without people: what it is, and the languages of its current version (each
// downloadable at /api/v1/documents/{id}/versions/{version}/files/{language}).
nlohmann::json PortalDocumentJson(const Document& document) {
  const auto* current = document.Current();
  nlohmann::json meeting = nullptr;
  if (document.fields.meeting) meeting = *document.fields.meeting;
  return {{"id", document.id},
          {"type", ToString(document.fields.type)},
          {"symbol", document.fields.symbol},
          {"title", ToJson(document.fields.title)},
          {"meeting", meeting},
          {"version", current ? nlohmann::json(current->number) : nlohmann::json(nullptr)},
          {"languages", current ? current->Languages() : std::vector<std::string>{}},
          {"updated_at", FormatIsoTimestamp(current ? current->uploaded_at : document.created_at)}};
}

// One page of the summary: the meetings and the documents from the page's first item (kPortalPageSize
// of each, as the plain page), each meeting with all its public documents, and every id in order so
// that a client can tell on which page an item is.
nlohmann::json SummaryJson(const PortalSummary& summary, int page) {
  auto countries = nlohmann::json::array();
  for (const auto& country : summary.reference.countries) countries.push_back(ToJson(country));
  auto bodies = nlohmann::json::array();
  for (const auto& organization : summary.reference.organizations) {
    if (organization.kind == "process_body") bodies.push_back(ToJson(organization));
  }
  auto networks = nlohmann::json::array();
  for (const auto& network : summary.reference.networks) networks.push_back(ToJson(network));
  const auto first = static_cast<std::size_t>(page - 1) * kPortalPageSize;
  const auto last = first + kPortalPageSize;
  auto meetings = nlohmann::json::array();
  auto meeting_ids = nlohmann::json::array();
  for (std::size_t i = 0; i < summary.meetings.size(); ++i) {
    const auto& item = summary.meetings[i];
    meeting_ids.push_back(item.meeting.id);
    if (i < first || i >= last) continue;
    auto json = PortalMeetingJson(item);
    auto own = nlohmann::json::array();
    for (const auto& document : summary.documents) {
      if (document.fields.meeting == std::optional(item.meeting.id)) own.push_back(PortalDocumentJson(document));
    }
    json["documents"] = std::move(own);
    meetings.push_back(std::move(json));
  }
  auto documents = nlohmann::json::array();
  auto document_ids = nlohmann::json::array();
  for (std::size_t i = 0; i < summary.documents.size(); ++i) {
    document_ids.push_back(summary.documents[i].id);
    if (i >= first && i < last) documents.push_back(PortalDocumentJson(summary.documents[i]));
  }
  return {{"process", ToJson(summary.reference.process)},
          {"countries", countries},
          {"bodies", bodies},
          {"networks", networks},
          {"page", page},
          {"page_size", kPortalPageSize},
          {"meeting_ids", meeting_ids},
          {"document_ids", document_ids},
          {"meetings", meetings},
          {"documents", documents}};
}

// ?page=: absent is 1; a number from 1 to 100,000, else nullopt.
std::optional<int> PortalPageNumber(const std::optional<std::string>& text) {
  if (!text) return 1;
  int page = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), page);
  if (error != std::errc() || end != text->data() + text->size() || page < 1 || page > 100000) return std::nullopt;
  return page;
}

}  // namespace

void AddPortalRoutes(Router& router, PortalRouteServices services) {
  const QueryParameter process_query{"process",
                                     "Code of the regional process when not signed in (default: the "
                                     "installation's first)"};
  router.Add("GET", "/api/v1/public",
             {.summary = "The public page: the process, its countries, bodies and networks, its public meetings "
                         "(report no longer a draft, not cancelled) and its public documents",
              .tag = "public",
              .response_schema = "PublicPage",
              .query = {{"page",
                         "The page, from 1, of the meetings and of the documents (20 of each; every id is "
                         "listed in meeting_ids and document_ids)",
                         "integer"},
                        process_query},
              .who = "anyone (the same published material for every caller)"},
             [services](Request& request) {
               if (!request.process_id) return ErrorResponse(Error::NotFound(reasons::kUnknownProcess), request);
               auto page = PortalPageNumber(request.Query("page"));
               if (!page) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "page"), request);
               auto summary = services.portal.Summary(request.Context());
               if (!summary) return ErrorResponse(summary.error(), request);
               return JsonResponse(200, SummaryJson(*summary, *page));
             });
  router.Add(
      "GET", "/api/v1/public/page",
      {.summary = "The public page as plain HTML, for a browser without JavaScript (links to the reports "
                  "and public documents; no scripts, no styles)",
       .tag = "public",
       .response_types = {"text/html"},
       .query = {{"lang", "es or en (default: Accept-Language)"},
                 {"q", "Words to search for in what is published (the same for every caller)"},
                 {"page", "The page, from 1, of the meetings and documents, or of the search's results", "integer"},
                 process_query},
       .who = "anyone (the same published material for every caller)"},
      [services](Request& request) {
        if (!request.process_id) return ErrorResponse(Error::NotFound(reasons::kUnknownProcess), request);
        auto language = request.Query("lang").value_or(request.language);
        if (!services.texts.HasLanguage(language))
          return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "lang"), request);
        PortalPageView view;
        auto page = PortalPageNumber(request.Query("page"));
        if (!page) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "page"), request);
        view.page = *page;
        view.query = Trim(request.Query("q").value_or(""));
        if (view.query.size() > 200) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "q"), request);
        auto summary = services.portal.Summary(request.Context());
        if (!summary) return ErrorResponse(summary.error(), request);
        if (!view.query.empty() && services.search) {
          SearchRequest search{
              .query = view.query, .limit = kPortalPageSize, .offset = (view.page - 1) * kPortalPageSize};
          // What is published, for every caller: the search of a visitor, as the page is.
          auto context = request.Context();
          context.actor.reset();
          context.language = language;  // the page's language first, whatever the browser's
          auto found = services.search->Search(context, search);
          if (!found) return ErrorResponse(found.error(), request);
          view.results = std::move(*found);
        }
        Response response;
        response.body = PortalPageHtml(*summary, services.texts, language, view);
        response.With("Content-Type", "text/html; charset=utf-8");
        response.With("Content-Language", language);
        return response;
      });
}

}  // namespace enlace::http
