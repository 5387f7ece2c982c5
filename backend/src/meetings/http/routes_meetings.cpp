// Meetings (M1), agreements and reports (M2): JSON, uploaded files and generated documents.
#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text_fold.hpp"
#include "kernel/domain/wording.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/multipart.hpp"
#include "meetings/domain/meeting_json.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "meetings/http/meeting_routes.hpp"
#include "meetings/report/report_document.hpp"
#include "meetings/report/text_keys.hpp"

namespace enlace::http {
namespace {

std::optional<std::vector<LocalizedText>> ReadAgenda(JsonInput& input) {
  const auto& raw = input.Raw("agenda");
  if (raw.is_null()) return std::nullopt;
  if (!raw.is_array()) {
    input.AddError("agenda", reasons::kInvalidType, {{"expected", "list"}});
    return std::nullopt;
  }
  std::vector<LocalizedText> agenda;
  for (const auto& item : raw) {
    JsonInput wrapper(nlohmann::json{{"item", item}});
    auto text = wrapper.Localized("item");
    if (!text || !wrapper.Finish()) {
      input.AddError("agenda", reasons::kInvalidType, {{"expected", "{\"es\", \"en\"}"}});
      return std::nullopt;
    }
    agenda.push_back(*text);
  }
  return agenda;
}

MeetingInput ReadMeeting(JsonInput& input) {
  MeetingInput meeting;
  meeting.body = input.String("body");
  meeting.type = input.String("type");
  meeting.title = input.Localized("title");
  if (input.Has("place")) {
    const auto& place = input.Raw("place");
    if (place.is_object()) {
      JsonInput nested(place);
      meeting.place = Place{nested.String("city").value_or(""), nested.String("country").value_or("")};
      if (!nested.Finish()) input.AddError("place", reasons::kInvalidType, {{"expected", "{\"city\", \"country\"}"}});
    } else if (!place.is_null()) {
      input.AddError("place", reasons::kInvalidType, {{"expected", "{\"city\", \"country\"}"}});
    }
  }
  meeting.date = input.DateField("date");
  meeting.date_end = input.NullableDate("date_end");
  meeting.participants = input.StringList("participants");
  meeting.agenda = ReadAgenda(input);
  meeting.video_link = input.NullableString("video_link");
  meeting.cancelled = input.Bool("cancelled");
  meeting.report_status = input.String("report_status");
  meeting.submitted_to = input.NullableString("submitted_to");
  if (input.Has("considered_at")) {
    const auto& raw = input.Raw("considered_at");
    if (raw.is_null()) {
      meeting.considered_at = std::optional<MeetingId>();
    } else if (raw.is_number_integer()) {
      meeting.considered_at = std::optional<MeetingId>(raw.get<MeetingId>());
    } else {
      input.AddError("considered_at", reasons::kInvalidType, {{"expected", "integer"}});
    }
  }
  return meeting;
}

AgreementInput ReadAgreement(JsonInput& input) {
  AgreementInput agreement;
  agreement.number = input.String("number");
  agreement.heading = input.Bool("heading");
  agreement.verb = input.NullableString("verb");
  agreement.text = input.Localized("text");
  agreement.parties = input.StringList("parties");
  return agreement;
}

nlohmann::json MeetingSummary(const Meeting& meeting) {
  auto json = ToJson(meeting);
  json.erase("agenda");
  json.erase("files");
  return json;
}

}  // namespace

void AddMeetingRoutes(Router& router_, MeetingRouteServices services_) {
  router_.Add(
      "GET", "/api/v1/public/agreements",
      {.summary = "The public record of agreements and their results: meetings whose report is no longer a draft, "
                  "their agreements, and each commitment's party, deadline, status and progress (no answers, "
                  "files or people)",
       .tag = "meetings",
       .response_schema = "PublicRecord",
       .query = {{"process", "Code of the regional process (default: the installation's first)"}},
       .who = "anyone"},
      [services_](Request& request) {
        auto record = services_.meetings.PublicRecord(request.Context());
        if (!record) return ErrorResponse(record.error(), request);
        auto today = services_.clock.Today();
        auto items = nlohmann::json::array();
        for (const auto& detail : *record) {
          const auto& meeting = detail.meeting;
          auto agreements = nlohmann::json::array();
          for (const auto& agreement : detail.agreements) {
            auto commitments = nlohmann::json::array();
            for (const auto& c : detail.commitments) {
              if (c.agreement_id != agreement.id) continue;
              commitments.push_back({{"id", c.id},
                                     {"party", c.party},
                                     {"action", ToJson(c.action)},
                                     {"deadline",
                                      {{"text", c.deadline.text},
                                       {"due", c.deadline.due ? nlohmann::json(FormatIsoDate(*c.deadline.due))
                                                              : nlohmann::json(nullptr)}}},
                                     {"status", ToString(c.status)},
                                     {"progress", c.progress},
                                     {"overdue", c.Overdue(today)}});
            }
            agreements.push_back({{"number", agreement.number},
                                  {"heading", agreement.heading},
                                  {"text", ToJson(agreement.text)},
                                  {"parties", agreement.parties},
                                  {"commitments", commitments}});
          }
          items.push_back({{"meeting",
                            {{"id", meeting.id},
                             {"body", meeting.body},
                             {"type", ToString(meeting.type)},
                             {"title", ToJson(meeting.title)},
                             {"place", {{"city", meeting.place.city}, {"country", meeting.place.country}}},
                             {"date", FormatIsoDate(meeting.date)},
                             {"date_end", OptionalToJson(meeting.date_end)},
                             {"report_status", ToString(meeting.report_status)}}},
                           {"agreements", agreements}});
        }
        return JsonResponse(200, {{"today", FormatIsoDate(today)}, {"items", items}});
      });
  router_.Add("GET", "/api/v1/meetings",
              {.summary = "Meetings, newest first",
               .tag = "meetings",
               .response_schema = "MeetingList",
               .query = {{"from", "Meetings ending on or after this day (YYYY-MM-DD)"},
                         {"to", "Meetings starting on or before this day (YYYY-MM-DD)"},
                         {"body", "Organisation or network code"}},
               .who = "signed in"},
              [services_](Request& request) {
                MeetingFilter filter;
                for (auto [name, target] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
                  if (auto value = request.Query(name); value && !value->empty()) {
                    *target = ParseIsoDate(*value);
                    if (!*target) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, name), request);
                  }
                }
                if (auto body = request.Query("body"); body && !body->empty()) filter.body = *body;
                auto meetings = services_.meetings.List(request.Context(), filter);
                if (!meetings) return ErrorResponse(meetings.error(), request);
                auto items = nlohmann::json::array();
                for (const auto& meeting : *meetings) items.push_back(MeetingSummary(meeting));
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("POST", "/api/v1/meetings",
              {.summary = "Record a meeting",
               .tag = "meetings",
               .request_schema = "MeetingInput",
               .response_schema = "Meeting",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "meeting.create",
               .record_type = "meeting"},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto meeting = ReadMeeting(*input);
                if (auto done = input->Finish(); !done) {
                  // Every problem at once: the type errors, and what the rules say of the rest.
                  return ErrorResponse(
                      MergeFieldErrors(done.error(), services_.meetings.CheckNew(request.Context(), meeting)), request);
                }
                auto created = services_.meetings.Create(request.Context(), meeting);
                if (!created) return ErrorResponse(created.error(), request);
                return VersionedJson(201, ToJson(*created), created->version)
                    .With("Location", "/api/v1/meetings/" + std::to_string(created->id));
              });
  router_.Add("GET", "/api/v1/meetings/{id}",
              {.summary = "A meeting with its agreements, each with its commitments",
               .tag = "meetings",
               .response_schema = "MeetingDetail",
               .who = "signed in"},
              [services_](Request& request) {
                auto id = PathId<MeetingId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto detail = services_.meetings.Get(request.Context(), *id);
                if (!detail) return ErrorResponse(detail.error(), request);
                auto today = services_.clock.Today();
                auto body = ToJson(detail->meeting);
                auto agreements = nlohmann::json::array();
                int missing_es = 0, missing_en = 0;
                for (const auto& agreement : detail->agreements) {
                  auto json = ToJson(agreement);
                  auto commitments = nlohmann::json::array();
                  for (const auto& commitment : detail->commitments) {
                    if (commitment.agreement_id == agreement.id) commitments.push_back(ToJson(commitment, today));
                  }
                  json["commitments"] = commitments;
                  agreements.push_back(json);
                  if (!agreement.text.es) ++missing_es;
                  if (!agreement.text.en) ++missing_en;
                }
                body["agreements"] = agreements;
                body["missing_translations"] = {{"es", missing_es}, {"en", missing_en}};
                return VersionedJson(200, body, detail->meeting.version);
              });
  router_.Add("PATCH", "/api/v1/meetings/{id}",
              {.summary = "Change a meeting: move it, cancel it, advance its report's status",
               .tag = "meetings",
               .request_schema = "MeetingChange",
               .response_schema = "Meeting",
               .who = "secretariat",
               .requires_version = true,
               .audit_action = "meeting.update",
               .record_type = "meeting"},
              [services_](Request& request) {
                return WithIdAndBody<MeetingId>(request, ReadMeeting, [&](MeetingId id, auto change) {
                  return VersionedRecord(
                      request, services_.meetings.Update(request.Context(), id, change, IfMatchVersion(request)));
                });
              });
  router_.Add("POST", "/api/v1/meetings/{id}/agreements",
              {.summary = "Add a numbered agreement",
               .tag = "meetings",
               .request_schema = "AgreementInput",
               .response_schema = "Agreement",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "agreement.create",
               .record_type = "agreement"},
              [services_](Request& request) {
                return WithIdAndBody<MeetingId>(request, ReadAgreement, [&](MeetingId id, auto agreement) {
                  return VersionedRecord(request, services_.meetings.AddAgreement(request.Context(), id, agreement),
                                         201);
                });
              });
  router_.Add("PATCH", "/api/v1/agreements/{id}",
              {.summary = "Change an agreement",
               .tag = "meetings",
               .request_schema = "AgreementChange",
               .response_schema = "Agreement",
               .who = "secretariat",
               .requires_version = true,
               .audit_action = "agreement.update",
               .record_type = "agreement"},
              [services_](Request& request) {
                return WithIdAndBody<AgreementId>(request, ReadAgreement, [&](AgreementId id, auto change) {
                  return VersionedRecord(request, services_.meetings.UpdateAgreement(request.Context(), id, change,
                                                                                     IfMatchVersion(request)));
                });
              });
  router_.Add(
      "DELETE", "/api/v1/agreements/{id}",
      {.summary =
           "Remove an agreement (and its commitments) while the report is a draft and no country has answered them",
       .tag = "meetings",
       .success_status = 204,
       .who = "secretariat",
       .audit_action = "agreement.delete",
       .record_type = "agreement"},
      [services_](Request& request) {
        return WithId<AgreementId>(request, [&](AgreementId id) {
          return NoContentOr(request, services_.meetings.DeleteAgreement(request.Context(), id));
        });
      });
  router_.Add(
      "POST", "/api/v1/meetings/{id}/files",
      {.summary = "Attach a document (PDF, DOCX or XLSX, at most 20 MB) as multipart/form-data field \"file\"",
       .tag = "meetings",
       .form_schema = "FileUpload",
       .response_schema = "File",
       .success_status = 201,
       .who = "secretariat",
       .audit_action = "meeting.add_file",
       .record_type = "file",
       .accepts_files = true},
      [services_](Request& request) {
        auto id = PathId<MeetingId>(request);
        if (!id) return ErrorResponse(id.error(), request);
        if (!IsMultipart(request)) {
          return ErrorResponse(Error::Of(ErrorCode::kUnsupportedMediaType, reasons::kUnsupportedMediaType), request);
        }
        auto parts = ParseMultipart(request);
        if (!parts) return ErrorResponse(parts.error(), request);
        auto file = std::find_if(parts->begin(), parts->end(),
                                 [](const FormPart& part) { return part.name == "file" && part.file_name; });
        if (file == parts->end()) return ErrorResponse(Error::Field("file", reasons::kRequired), request);
        auto stored = services_.meetings.AddFile(request.Context(), *id, UploadedFile{*file->file_name, file->content});
        if (!stored) return ErrorResponse(stored.error(), request);
        return JsonResponse(201, ToJson(*stored));
      });
  router_.Add("GET", "/api/v1/meetings/{id}/files/{file}",
              {.summary = "Download a meeting's document (as an attachment)",
               .tag = "meetings",
               .response_types = DocumentTypes(),
               .who = "signed in"},
              [services_](Request& request) {
                return WithFileIds<MeetingId>(request, [&](MeetingId id, AttachmentId file) {
                  return FileDownloadResponse(request, services_.meetings.GetFile(request.Context(), id, file));
                });
              });
  router_.Add("DELETE", "/api/v1/meetings/{id}/files/{file}",
              {.summary = "Remove a meeting's document",
               .tag = "meetings",
               .success_status = 204,
               .who = "secretariat",
               .audit_action = "meeting.delete_file",
               .record_type = "file"},
              [services_](Request& request) {
                return WithFileIds<MeetingId>(request, [&](MeetingId id, AttachmentId file) {
                  return NoContentOr(request, services_.meetings.DeleteFile(request.Context(), id, file));
                });
              });
  router_.Add("GET", "/api/v1/meetings/{id}/report",
              {.summary = "The report generated from the agreements, as PDF or DOCX, in Spanish or English",
               .tag = "meetings",
               .response_types = {kPdfType, kDocxType},
               .query = {{"format", "pdf (default) or docx"}, {"lang", "es or en (default: Accept-Language)"}},
               .who = "signed in; anyone for a meeting of the public record (report no longer a draft, not "
                      "cancelled), others: 404"},
              [services_](Request& request) {
                auto id = PathId<MeetingId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto format = request.Query("format").value_or("pdf");
                auto language = request.Query("lang").value_or(request.language);
                if (format != "pdf" && format != "docx")
                  return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "format"), request);
                if (!services_.texts.HasLanguage(language))
                  return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "lang"), request);
                auto context = request.Context();
                auto detail = services_.meetings.Get(context, *id);
                if (!detail && !context.actor) {
                  // An anonymous visitor (the public page, issue 13 item 6) gets the report of a
                  // meeting of the public record; any other id is not found, existing or not.
                  detail = std::unexpected(Error::NotFound());
                  if (auto record = services_.meetings.PublicRecord(context)) {
                    for (auto& published : *record) {
                      if (published.meeting.id == *id) detail = std::move(published);
                    }
                  }
                }
                if (!detail) return ErrorResponse(detail.error(), request);
                ReportDocument document;
                document.meeting = detail->meeting;
                document.agreements = detail->agreements;
                document.commitments = detail->commitments;
                document.reference = services_.reference.Load(request.process_id);
                document.language = language;
                document.generated_at = services_.clock.Now();
                document.annexes = services_.annexes.For(context, detail->meeting.id, language);
                if (detail->meeting.considered_at) {
                  if (auto considered = services_.meetings.Get(context, *detail->meeting.considered_at)) {
                    document.considered_at = considered->meeting;
                  }
                }
                auto rendered = format == "pdf" ? RenderReportPdf(document, services_.texts)
                                                : RenderReportDocx(document, services_.texts);
                if (!rendered) return ErrorResponse(rendered.error(), request);
                // "informe-san-pedro-sula-2016-11-15-es.pdf": which meeting, without opening it.
                auto words = Wording::ForReader(services_.texts, language);
                std::string slug;
                for (char c : Fold(words(text_keys::kReportFileName) + " " + detail->meeting.place.city + " " +
                                   FormatIsoDate(detail->meeting.date))) {
                  bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                  if (keep) {
                    slug += c;
                  } else if (!slug.empty() && slug.back() != '-') {
                    slug += '-';
                  }
                }
                while (!slug.empty() && slug.back() == '-') slug.pop_back();
                std::string name = slug + "-" + language + "." + format;
                return Attachment(format == "pdf" ? kPdfType : kDocxType, name, std::move(*rendered));
              });
}

}  // namespace enlace::http
