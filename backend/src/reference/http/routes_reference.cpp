// The process and its reference data: public.
#include "kernel/domain/json.hpp"
#include "kernel/http/errors.hpp"
#include "reference/domain/reasons.hpp"
#include "reference/domain/reference_json.hpp"
#include "reference/http/reference_routes.hpp"

namespace enlace::http {
namespace {

template <typename Item>
nlohmann::json Items(const std::vector<Item>& items) {
  auto array = nlohmann::json::array();
  for (const auto& item : items) array.push_back(ToJson(item));
  return {{"items", std::move(array)}};
}

}  // namespace

void AddReferenceRoutes(Router& router_, ReferenceRouteServices services_) {
  const std::vector<QueryParameter> process_query = {
      {"process", "Code of the regional process when not signed in (default: the installation's first)"}};
  router_.Add("GET", "/api/v1/process",
              {.summary = "The regional process",
               .tag = "reference",
               .response_schema = "Process",
               .query = process_query,
               .who = "anyone"},
              [services_](Request& request) {
                if (!request.process_id) return ErrorResponse(Error::NotFound(reasons::kUnknownProcess), request);
                return JsonResponse(200, ToJson(services_.reference.Load(request.process_id).process));
              });
  auto list_route = [&](const char* path, const char* summary, const char* schema, auto select) {
    router_.Add(
        "GET", path,
        {.summary = summary, .tag = "reference", .response_schema = schema, .query = process_query, .who = "anyone"},
        [services_, select](Request& request) {
          if (!request.process_id) return ErrorResponse(Error::NotFound(reasons::kUnknownProcess), request);
          auto data = services_.reference.Load(request.process_id);
          return JsonResponse(200, Items(select(data)));
        });
  };
  list_route("/api/v1/countries", "Member and observer countries", "CountryList",
             [](const ReferenceData& data) { return data.countries; });
  list_route("/api/v1/organizations", "Bodies and organisations", "OrganizationList",
             [](const ReferenceData& data) { return data.organizations; });
  list_route("/api/v1/networks", "Networks of the process", "NetworkList",
             [](const ReferenceData& data) { return data.networks; });
  list_route("/api/v1/topics", "Contact-point topics", "TopicList",
             [](const ReferenceData& data) { return data.topics; });
}

}  // namespace enlace::http
