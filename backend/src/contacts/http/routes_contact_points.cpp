// The contact-point directory (M14).
#include "contacts/domain/contact_point_json.hpp"
#include "contacts/http/contact_point_routes.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/csv.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"

namespace enlace::http {
namespace {

Result<ContactPointFilter> FilterFrom(const Request& request) {
  ContactPointFilter filter;
  filter.country = request.Query("country");
  filter.network = request.Query("network");
  filter.topic = request.Query("topic");
  for (auto* value : {&filter.country, &filter.network, &filter.topic}) {
    if (*value && (*value)->empty()) value->reset();
  }
  if (auto status = request.Query("status"); status && !status->empty()) {
    filter.status = ParseContactPointStatus(*status);
    if (!filter.status) return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "status"));
  }
  auto history = request.Query("history");
  filter.include_history = history && (*history == "true" || *history == "1");
  return filter;
}

ContactPointChange ReadChange(JsonInput& input) {
  ContactPointChange change;
  change.country = input.String("country");
  change.network = input.String("network");
  change.topic = input.String("topic");
  change.name = input.String("name");
  change.position = input.String("position");
  change.institution = input.String("institution");
  change.email = input.String("email");
  change.phone = input.String("phone");
  change.languages = input.StringList("languages");
  change.valid_from = input.DateField("valid_from");
  change.valid_to = input.NullableDate("valid_to");
  return change;
}

const std::vector<QueryParameter> kFilterQuery = {{"country", "Country code"},
                                                  {"network", "Network code"},
                                                  {"topic", "Topic code"},
                                                  {"status", "proposed, confirmed, rejected or ended"},
                                                  {"history", "true to include ended and rejected terms", "boolean"}};

}  // namespace

void AddContactPointRoutes(Router& router_, ContactPointRouteServices services_) {
  router_.Add("GET", "/api/v1/contact-points",
              {.summary = "The contact-point directory",
               .tag = "contact-points",
               .response_schema = "ContactPointList",
               .query = kFilterQuery,
               .who = "secretariat, country officers, observers"},
              [services_](Request& request) {
                auto filter = FilterFrom(request);
                if (!filter) return ErrorResponse(filter.error(), request);
                auto points = services_.contact_points.List(request.Context(), *filter);
                if (!points) return ErrorResponse(points.error(), request);
                auto items = nlohmann::json::array();
                for (const auto& point : *points) items.push_back(ToJson(point));
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("GET", "/api/v1/contact-points.csv",
              {.summary = "The directory as CSV (UTF-8 with BOM, opens in spreadsheet programs)",
               .tag = "contact-points",
               .response_types = {"text/csv"},
               .query = kFilterQuery,
               .who = "secretariat, country officers, observers"},
              [services_](Request& request) {
                auto filter = FilterFrom(request);
                if (!filter) return ErrorResponse(filter.error(), request);
                auto points = services_.contact_points.List(request.Context(), *filter);
                if (!points) return ErrorResponse(points.error(), request);
                CsvWriter csv;
                csv.Row({"id", "country", "network", "topic", "name", "position", "institution", "email", "phone",
                         "languages", "valid_from", "valid_to", "status"});
                for (const auto& point : *points) {
                  const auto& f = point.fields;
                  std::string languages;
                  for (const auto& language : f.languages) languages += (languages.empty() ? "" : " ") + language;
                  csv.Row({std::to_string(point.id), f.country, f.network, f.topic, f.name, f.position, f.institution,
                           f.email, f.phone, languages, f.valid_from ? FormatIsoDate(*f.valid_from) : "",
                           f.valid_to ? FormatIsoDate(*f.valid_to) : "", std::string(ToString(point.status))});
                }
                return Attachment("text/csv; charset=utf-8", "contact-points.csv", csv.Finish());
              });
  router_.Add("POST", "/api/v1/contact-points",
              {.summary = "Propose a contact point (an officer for their own country)",
               .tag = "contact-points",
               .request_schema = "ContactPointInput",
               .response_schema = "ContactPoint",
               .success_status = 201,
               .who = "secretariat; country officers for their own country",
               .audit_action = "contact_point.propose",
               .record_type = "contact_point"},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto change = ReadChange(*input);
                ContactPointInput fields = ApplyChange(ContactPointInput{}, change);
                if (auto done = input->Finish(); !done) {
                  return ErrorResponse(
                      MergeFieldErrors(done.error(), services_.contact_points.CheckProposal(request.Context(), fields)),
                      request);
                }
                auto created = services_.contact_points.Propose(request.Context(), std::move(fields));
                if (!created) return ErrorResponse(created.error(), request);
                return VersionedJson(201, ToJson(*created), created->version)
                    .With("Location", "/api/v1/contact-points/" + std::to_string(created->id));
              });
  router_.Add("GET", "/api/v1/contact-points/{id}",
              {.summary = "A contact point with every term of the same post",
               .tag = "contact-points",
               .response_schema = "ContactPointWithHistory",
               .who = "secretariat, country officers, observers"},
              [services_](Request& request) {
                auto id = PathId<ContactPointId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto found = services_.contact_points.Get(request.Context(), *id);
                if (!found) return ErrorResponse(found.error(), request);
                auto body = ToJson(found->contact_point);
                auto history = nlohmann::json::array();
                for (const auto& term : found->history) history.push_back(ToJson(term));
                body["history"] = history;
                return VersionedJson(200, body, found->contact_point.version);
              });
  router_.Add("PATCH", "/api/v1/contact-points/{id}",
              {.summary = "Edit a contact point",
               .tag = "contact-points",
               .request_schema = "ContactPointChange",
               .response_schema = "ContactPoint",
               .who = "secretariat; country officers of its country",
               .requires_version = true,
               .audit_action = "contact_point.update",
               .record_type = "contact_point"},
              [services_](Request& request) {
                return WithIdAndBody<ContactPointId>(request, ReadChange, [&](ContactPointId id, auto change) {
                  return VersionedRecord(
                      request, services_.contact_points.Update(request.Context(), id, change, IfMatchVersion(request)));
                });
              });
  router_.Add("POST", "/api/v1/contact-points/{id}/confirm",
              {.summary = "Confirm a proposal; the previous person's term for the same post ends",
               .tag = "contact-points",
               .response_schema = "ContactPoint",
               .who = "secretariat",
               .audit_action = "contact_point.confirm",
               .record_type = "contact_point"},
              [services_](Request& request) {
                auto id = PathId<ContactPointId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                return VersionedRecord(request, services_.contact_points.Confirm(request.Context(), *id));
              });
  router_.Add("POST", "/api/v1/contact-points/{id}/reject",
              {.summary = "Reject a proposal, saying why",
               .tag = "contact-points",
               .request_schema = "Rejection",
               .response_schema = "ContactPoint",
               .who = "secretariat",
               .audit_action = "contact_point.reject",
               .record_type = "contact_point"},
              [services_](Request& request) {
                return WithIdAndBody<ContactPointId>(
                    request, [](JsonInput& input) { return input.String("reason").value_or(""); },
                    [&](ContactPointId id, auto reason) {
                      return VersionedRecord(request, services_.contact_points.Reject(request.Context(), id, reason));
                    });
              });
  router_.Add("POST", "/api/v1/contact-points/{id}/end",
              {.summary = "End a confirmed person's term",
               .tag = "contact-points",
               .request_schema = "TermEnd",
               .response_schema = "ContactPoint",
               .who = "secretariat; country officers of its country",
               .audit_action = "contact_point.end",
               .record_type = "contact_point"},
              [services_](Request& request) {
                return WithIdAndBody<ContactPointId>(
                    request, [](JsonInput& input) { return input.DateField("valid_to"); },
                    [&](ContactPointId id, auto valid_to) {
                      return VersionedRecord(request, services_.contact_points.End(request.Context(), id, valid_to));
                    });
              });
}

}  // namespace enlace::http
