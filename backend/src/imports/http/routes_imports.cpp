// Report import (M5): upload or paste a report, read it back for review, confirm it into a meeting.
#include "imports/http/import_routes.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/multipart.hpp"
#include "meetings/domain/reasons.hpp"

namespace enlace::http {
namespace {

nlohmann::json ImportJson(const ImportView& view, const Request& request, const Texts& texts) {
  const auto& record = view.record;
  auto problems = nlohmann::json::array();
  for (const auto& problem : view.problems) {
    problems.push_back({{"field", problem.field},
                        {"code", problem.reason},
                        {"message", texts.Error(request.language, problem.reason, problem.params)}});
  }
  return {{"id", record.id},
          {"file_name", OptionalToJson(record.file_name)},
          {"format", record.source_format},
          {"created_at", FormatIsoTimestamp(record.created_at)},
          {"status", ToString(record.status)},
          {"meeting", record.meeting_id ? nlohmann::json(*record.meeting_id) : nlohmann::json(nullptr)},
          {"duplicate_of", view.duplicate_of ? nlohmann::json(*view.duplicate_of) : nlohmann::json(nullptr)},
          {"problems", problems},
          {"reading", record.reading},
          {"draft", record.draft ? *record.draft : nlohmann::json(nullptr)},
          {"draft_version", record.draft_version},
          {"draft_saved_at", record.draft_saved_at ? nlohmann::json(FormatIsoTimestamp(*record.draft_saved_at))
                                                   : nlohmann::json(nullptr)}};
}

// The upload as multipart/form-data ("file", or "text"; "language") or as JSON {"text", "language"}.
Result<ImportUpload> ReadUpload(const Request& request, std::size_t max_json_body) {
  ImportUpload upload;
  if (IsMultipart(request)) {
    auto parts = ParseMultipart(request);
    if (!parts) return std::unexpected(parts.error());
    // A file wins over a "text" part; "language" may come with either.
    FormPart* source = nullptr;
    for (auto& part : *parts) {
      if (part.name == "file" && part.file_name && !source) source = &part;
      if (part.name == "language" && !part.file_name) upload.language = part.content;
    }
    for (auto& part : *parts) {
      if (part.name == "text" && !part.file_name && !source) source = &part;
    }
    if (!source) return std::unexpected(Error::Field("file", reasons::kRequired));
    if (source->file_name) upload.file_name = *source->file_name;
    upload.content = std::move(source->content);
    return upload;
  }
  // The route takes files, so the server let a large body through; pasted text is JSON and keeps
  // the JSON limit.
  if (request.body.size() > max_json_body) {
    return std::unexpected(Error::Of(ErrorCode::kPayloadTooLarge, reasons::kPayloadTooLarge));
  }
  auto input = JsonInput::Parse(request);
  if (!input) return std::unexpected(input.error());
  auto text = input->String("text");
  auto language = input->String("language");
  if (auto done = input->Finish(); !done) return std::unexpected(done.error());
  if (!text) return std::unexpected(Error::Field("text", reasons::kRequired));
  upload.content = *text;
  if (language) upload.language = *language;
  return upload;
}

}  // namespace

void AddImportRoutes(Router& router_, ImportRouteServices services_) {
  router_.Add("POST", "/api/v1/imports",
              {.summary = "Read a report (TXT, DOCX or PDF as multipart/form-data field \"file\", at most 20 MB; or "
                          "JSON {\"text\"}) and keep the reading for review",
               .tag = "imports",
               .request_schema = "ImportText",
               .form_schema = "ImportUpload",
               .response_schema = "Import",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "import.upload",
               .record_type = "import",
               .accepts_files = true},
              [services_](Request& request) {
                auto upload = ReadUpload(request, services_.server.max_json_body);
                if (!upload) return ErrorResponse(upload.error(), request);
                auto created = services_.imports.Upload(request.Context(), *upload);
                if (!created) return ErrorResponse(created.error(), request);
                return JsonResponse(201, ImportJson(*created, request, services_.texts))
                    .With("Location", "/api/v1/imports/" + std::to_string(created->record.id));
              });
  router_.Add(
      "GET", "/api/v1/imports",
      {.summary = "The imports of the process, newest first: the report, who uploaded it and when, its "
                  "state, what was read (meeting, agreements) and the meeting it became",
       .tag = "imports",
       .response_schema = "ImportList",
       .query = {{"status", "pending (waiting for review) or confirmed"}},
       .who = "secretariat"},
      [services_](Request& request) {
        std::optional<ImportStatus> status;
        if (auto given = request.Query("status"); given && !given->empty()) {
          status = ParseImportStatus(*given);
          if (!status) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "status"), request);
        }
        auto listed = services_.imports.List(request.Context(), status);
        if (!listed) return ErrorResponse(listed.error(), request);
        auto items = nlohmann::json::array();
        for (const auto& record : *listed) {
          const auto& reading = record.reading;
          // The reading's meeting fields sit at its top level (see the importer's JSON).
          const auto& meeting = reading.is_object() ? reading : nlohmann::json::object();
          auto text = [](const nlohmann::json& object, const char* key) {
            return object.contains(key) && object[key].is_string() ? object[key] : nlohmann::json(nullptr);
          };
          items.push_back(
              {{"id", record.id},
               {"file_name", record.file_name ? nlohmann::json(*record.file_name) : nlohmann::json(nullptr)},
               {"source_format", record.source_format},
               {"status", ToString(record.status)},
               {"created_at", FormatIsoTimestamp(record.created_at)},
               {"body", text(meeting, "body")},
               {"date", text(meeting, "date")},
               {"city", meeting.contains("place") && meeting["place"].is_object() ? text(meeting["place"], "city")
                                                                                  : nlohmann::json(nullptr)},
               {"agreements", reading.contains("agreements") && reading["agreements"].is_array()
                                  ? static_cast<int>(reading["agreements"].size())
                                  : 0},
               {"meeting", record.meeting_id ? nlohmann::json(*record.meeting_id) : nlohmann::json(nullptr)}});
        }
        return JsonResponse(200, {{"items", items}});
      });
  router_.Add("GET", "/api/v1/imports/{id}",
              {.summary = "An import: the reading, what confirming it would refuse, and the meeting it was saved as",
               .tag = "imports",
               .response_schema = "Import",
               .who = "secretariat"},
              [services_](Request& request) {
                auto id = PathId<ImportId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto found = services_.imports.Get(request.Context(), *id);
                if (!found) return ErrorResponse(found.error(), request);
                return VersionedJson(200, ImportJson(*found, request, services_.texts), found->record.draft_version);
              });
  router_.Add("PUT", "/api/v1/imports/{id}/draft",
              {.summary = "Save the review as it stands, to find it again when the import is reopened (If-Match: the "
                          "draft version the review started from, \"0\" before the first save)",
               .tag = "imports",
               .request_schema = "ImportDraft",
               .response_schema = "Import",
               .who = "secretariat",
               .requires_version = true,
               .audit_action = "import.save_draft",
               .record_type = "import"},
              [services_](Request& request) {
                auto id = PathId<ImportId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                const auto& reading = input->Raw("reading");
                if (!reading.is_object()) {
                  input->AddError("reading", reading.is_null() ? reasons::kRequired : reasons::kInvalidType,
                                  {{"expected", "object"}});
                }
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                auto saved = services_.imports.SaveDraft(request.Context(), *id, reading, IfMatchVersion(request));
                if (!saved) return ErrorResponse(saved.error(), request);
                return VersionedJson(200, ImportJson(*saved, request, services_.texts), saved->record.draft_version);
              });
  router_.Add(
      "POST", "/api/v1/imports/{id}/confirm",
      {.summary = "Save the reviewed reading as a meeting with its agreements and commitments, in one "
                  "transaction (mode \"update\" replaces the earlier import of the same report)",
       .tag = "imports",
       .request_schema = "ImportConfirmation",
       .response_schema = "ConfirmedImport",
       .success_status = 201,
       .who = "secretariat",
       .audit_action = "import.confirm",
       .record_type = "import"},
      [services_](Request& request) {
        auto id = PathId<ImportId>(request);
        if (!id) return ErrorResponse(id.error(), request);
        auto input = JsonInput::Parse(request);
        if (!input) return ErrorResponse(input.error(), request);
        auto mode_text = input->String("mode");
        const auto& reading = input->Raw("reading");
        auto mode = ParseConfirmMode(mode_text.value_or("create"));
        if (!mode) input->AddError("mode", reasons::kInvalidValue);
        if (!reading.is_object()) {
          input->AddError("reading", reading.is_null() ? reasons::kRequired : reasons::kInvalidType,
                          {{"expected", "object"}});
        }
        if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
        auto confirmed = services_.imports.Confirm(request.Context(), *id, reading, *mode);
        if (!confirmed) return ErrorResponse(confirmed.error(), request);
        auto kept = nlohmann::json::array();
        for (const auto& commitment : confirmed->kept_commitments) {
          kept.push_back(
              {{"id", commitment.id}, {"agreement_number", commitment.agreement_number}, {"party", commitment.party}});
        }
        return JsonResponse(201, {{"meeting", confirmed->meeting},
                                  {"created", confirmed->created},
                                  {"agreements", confirmed->agreements},
                                  {"commitments", confirmed->commitments},
                                  {"kept_commitments", kept}})
            .With("Location", "/api/v1/meetings/" + std::to_string(confirmed->meeting));
      });
}

}  // namespace enlace::http
