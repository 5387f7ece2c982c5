// Cooperation requests (M17): the list, one request with its steps, creating and editing a draft,
// one route per step, and the files attached to steps.
//
// A route per step (…/send, …/forward, …/answer, …/close, …/withdraw) rather than one …/steps
// route with an "action" field: each step has its own audit action for refusals, its own row in
// the access matrix (who may take it), and its own line in the OpenAPI document.
#include "cooperation/domain/cooperation_json.hpp"
#include "cooperation/http/cooperation_routes.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/multipart.hpp"

namespace enlace::http {
namespace {

Result<CooperationRequestFilter> FilterFrom(const Request& request) {
  CooperationRequestFilter filter;
  filter.country = request.Query("country");
  filter.partner = request.Query("partner");
  for (auto* value : {&filter.country, &filter.partner}) {
    if (*value && (*value)->empty()) value->reset();
  }
  if (auto state = request.Query("state"); state && !state->empty()) {
    filter.state = ParseCooperationState(*state);
    if (!filter.state) return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "state"));
  }
  return filter;
}

// "agreement": absent (nullopt), null (an optional holding nullopt) or an id.
std::optional<std::optional<AgreementId>> ReadAgreement(JsonInput& input) {
  if (!input.Has("agreement")) return std::nullopt;
  const auto& raw = input.Raw("agreement");
  if (raw.is_null()) return std::optional<AgreementId>{};
  if (!raw.is_number_integer()) {
    input.AddError("agreement", reasons::kInvalidType, {{"expected", "integer"}});
    return std::nullopt;
  }
  return std::optional<AgreementId>{AgreementId{raw.get<long long>()}};
}

CooperationRequestChange ReadChange(JsonInput& input) {
  CooperationRequestChange change;
  change.partner = input.String("partner");
  change.title = input.Localized("title");
  change.summary = input.Localized("summary");
  change.agreement = ReadAgreement(input);
  return change;
}

// A step's note and files: JSON {"note"}, or multipart/form-data with a "note" part and any
// number of file parts (the browser's FormData). No body at all is a step without a note.
Result<CooperationStepInput> ReadStep(const Request& request) {
  CooperationStepInput step;
  if (IsMultipart(request)) {
    auto parts = ParseMultipart(request);
    if (!parts) return std::unexpected(parts.error());
    for (auto& part : *parts) {
      if (part.file_name) {
        step.files.push_back(UploadedFile{*part.file_name, std::move(part.content)});
      } else if (part.name == "note") {
        step.note = std::move(part.content);
      }
    }
    return step;
  }
  auto input = JsonInput::Parse(request);
  if (!input) return std::unexpected(input.error());
  step.note = input->String("note").value_or("");
  if (auto done = input->Finish(); !done) return std::unexpected(done.error());
  return step;
}

struct StepRoute {
  CooperationAction action;
  const char* summary;
  const char* who;
};

constexpr StepRoute kStepRoutes[] = {
    {CooperationAction::kSend, "Send a draft to the Technical Secretariat",
     "secretariat; officers of the requesting country"},
    {CooperationAction::kForward, "Forward a request sent to the Secretariat to the partner", "secretariat"},
    {CooperationAction::kAnswer, "Record the partner's answer to a forwarded request", "secretariat"},
    {CooperationAction::kClose, "Close an answered request", "secretariat"},
    {CooperationAction::kWithdraw, "Withdraw an open request", "secretariat; officers of the requesting country"},
};

const std::vector<QueryParameter> kFilterQuery = {
    {"country", "Requesting country code"},
    {"partner", "Partner organisation code (SICA, …)"},
    {"state", "draft, sent_to_secretariat, forwarded_to_partner, answered, closed or withdrawn"}};

}  // namespace

void AddCooperationRoutes(Router& router_, CooperationRouteServices services_) {
  // The request as the API shows it, with its waiting time as of today.
  auto detail = [services_](const CooperationRequest& request) {
    return ToJson(request, services_.clock.Today(), true);
  };

  router_.Add("GET", "/api/v1/cooperation-requests",
              {.summary = "The cooperation requests the caller may read, newest first",
               .tag = "cooperation-requests",
               .response_schema = "CooperationRequestList",
               .query = kFilterQuery,
               .who = "secretariat (all); country officers (their country's, and other countries' once sent)"},
              [services_](Request& request) {
                auto filter = FilterFrom(request);
                if (!filter) return ErrorResponse(filter.error(), request);
                auto requests = services_.requests.List(request.Context(), *filter);
                if (!requests) return ErrorResponse(requests.error(), request);
                auto today = services_.clock.Today();
                auto items = nlohmann::json::array();
                for (const auto& item : *requests) items.push_back(ToJson(item, today, false));
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("POST", "/api/v1/cooperation-requests",
              {.summary = "Create a draft request (an officer for their own country; country defaults to theirs)",
               .tag = "cooperation-requests",
               .request_schema = "CooperationRequestInput",
               .response_schema = "CooperationRequestDetail",
               .success_status = 201,
               .who = "secretariat for any member country; country officers for their own country",
               .audit_action = "cooperation_request.create",
               .record_type = "cooperation_request"},
              [services_, detail](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                CooperationRequestInput fields;
                fields.country = input->String("country").value_or("");
                auto change = ReadChange(*input);
                fields = ApplyChange(fields, change);
                if (auto done = input->Finish(); !done) {
                  // Every problem at once: what could not be read, and what the rules say of the rest.
                  auto readable = fields;
                  if (readable.country.empty() && request.session && request.session->actor.country)
                    readable.country = *request.session->actor.country;
                  auto validation = ValidateCooperationRequest(readable, services_.reference.Load(request.process_id));
                  return ErrorResponse(MergeFieldErrors(done.error(), validation), request);
                }
                auto created = services_.requests.Create(request.Context(), std::move(fields));
                if (!created) return ErrorResponse(created.error(), request);
                return VersionedJson(201, detail(*created), created->version)
                    .With("Location", "/api/v1/cooperation-requests/" + std::to_string(created->id));
              });
  router_.Add("GET", "/api/v1/cooperation-requests/{id}",
              {.summary = "A cooperation request with its steps",
               .tag = "cooperation-requests",
               .response_schema = "CooperationRequestDetail",
               .who = "secretariat; officers of the requesting country; other member countries' officers once sent"},
              [services_, detail](Request& request) {
                return WithId<CooperationRequestId>(request, [&](CooperationRequestId id) {
                  return VersionedRecord(request, services_.requests.Get(request.Context(), id), 200, detail);
                });
              });
  router_.Add("PATCH", "/api/v1/cooperation-requests/{id}",
              {.summary = "Edit a draft",
               .tag = "cooperation-requests",
               .request_schema = "CooperationRequestChange",
               .response_schema = "CooperationRequestDetail",
               .who = "secretariat; officers of the requesting country",
               .requires_version = true,
               .audit_action = "cooperation_request.update",
               .record_type = "cooperation_request"},
              [services_, detail](Request& request) {
                return WithIdAndBody<CooperationRequestId>(
                    request, ReadChange, [&](CooperationRequestId id, CooperationRequestChange change) {
                      return VersionedRecord(
                          request, services_.requests.Update(request.Context(), id, change, IfMatchVersion(request)),
                          200, detail);
                    });
              });
  for (const auto& step : kStepRoutes) {
    auto name = std::string(ToString(step.action));
    router_.Add("POST", "/api/v1/cooperation-requests/{id}/" + name,
                {.summary = std::string(step.summary) +
                            "; an optional note, and files as multipart/form-data parts (PDF, DOCX, XLSX)",
                 .tag = "cooperation-requests",
                 .request_schema = "CooperationStepInput",
                 .form_schema = "CooperationStepForm",
                 .response_schema = "CooperationRequestDetail",
                 .who = step.who,
                 .audit_action = "cooperation_request." + name,
                 .record_type = "cooperation_request",
                 .accepts_files = true},
                [services_, detail, action = step.action](Request& request) {
                  return WithId<CooperationRequestId>(request, [&](CooperationRequestId id) {
                    auto input = ReadStep(request);
                    if (!input) return ErrorResponse(input.error(), request);
                    return VersionedRecord(request,
                                           services_.requests.TakeStep(request.Context(), id, action, std::move(*input),
                                                                       IfMatchVersion(request)),
                                           200, detail);
                  });
                });
  }
  router_.Add("GET", "/api/v1/cooperation-requests/{id}/files/{file}",
              {.summary = "Download a file attached to a step (as an attachment)",
               .tag = "cooperation-requests",
               .response_types = DocumentTypes(),
               .who = "whoever may read the request"},
              [services_](Request& request) {
                return WithFileIds<CooperationRequestId>(request, [&](CooperationRequestId id, AttachmentId file) {
                  return FileDownloadResponse(request, services_.requests.GetFile(request.Context(), id, file));
                });
              });
}

}  // namespace enlace::http
