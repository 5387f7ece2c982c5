// Commitments (M3), deadlines as written (M4) and the follow-up views.
#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/wording.hpp"
#include "kernel/http/csv.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/multipart.hpp"
#include "meetings/domain/meeting_json.hpp"
#include "meetings/domain/reasons.hpp"
#include "meetings/http/meeting_routes.hpp"
#include "meetings/report/follow_up_export.hpp"
#include "meetings/report/text_keys.hpp"

namespace enlace::http {
namespace {

CommitmentInput ReadCommitment(JsonInput& input) {
  CommitmentInput commitment;
  commitment.party = input.String("party");
  commitment.action = input.Localized("action");
  if (input.Has("deadline")) {
    const auto& deadline = input.Raw("deadline");
    if (deadline.is_null()) {
      commitment.deadline_text = "";
    } else if (deadline.is_object()) {
      JsonInput nested(deadline);
      commitment.deadline_text = nested.String("text").value_or("");
      if (!nested.Finish()) input.AddError("deadline.text", reasons::kInvalidType, {{"expected", "text"}});
    } else if (deadline.is_string()) {
      commitment.deadline_text = deadline.get<std::string>();
    } else {
      input.AddError("deadline", reasons::kInvalidType, {{"expected", "{\"text\"}"}});
    }
  }
  commitment.status = input.String("status");
  if (auto progress = input.Integer("progress"))
    commitment.progress = static_cast<int>(std::clamp<long long>(*progress, -1, 101));
  return commitment;
}

Result<ProgressReport> ReadReport(const Request& request) {
  ProgressReport report;
  if (IsMultipart(request)) {
    auto parts = ParseMultipart(request);
    if (!parts) return std::unexpected(parts.error());
    FieldErrors errors;
    for (auto& part : *parts) {
      if (part.file_name) {
        report.files.push_back(UploadedFile{*part.file_name, std::move(part.content)});
      } else if (part.name == "text") {
        report.text = part.content;
      } else if (part.name == "progress" && !part.content.empty()) {
        if (part.content.size() > 3 || part.content.find_first_not_of("0123456789") != std::string::npos) {
          errors.Add("progress", reasons::kInvalidProgress);
        } else {
          report.progress = std::stoi(part.content);
        }
      } else if (part.name == "status" && !part.content.empty()) {
        report.status = part.content;
      } else if (part.name == "country" && !part.content.empty()) {
        report.country = part.content;
      } else if (part.name == "visibility" && !part.content.empty()) {
        report.visibility = part.content;
      } else if (part.name == "links" && !part.content.empty()) {
        report.links.push_back(part.content);
      }
    }
    if (!errors.empty()) return std::unexpected(errors.ToError());
    return report;
  }
  auto input = JsonInput::Parse(request);
  if (!input) return std::unexpected(input.error());
  report.text = input->String("text").value_or("");
  if (auto progress = input->Integer("progress"))
    report.progress = static_cast<int>(std::clamp<long long>(*progress, -1, 101));
  report.status = input->String("status");
  report.country = input->String("country");
  report.links = input->StringList("links").value_or(std::vector<std::string>{});
  report.visibility = input->String("visibility");
  if (auto done = input->Finish(); !done) return std::unexpected(done.error());
  return report;
}

Result<AnswerChange> ReadAnswerChange(const Request& request) {
  auto input = JsonInput::Parse(request);
  if (!input) return std::unexpected(input.error());
  AnswerChange change;
  change.text = input->String("text").value_or("");
  if (auto progress = input->Integer("progress"))
    change.progress = static_cast<int>(std::clamp<long long>(*progress, -1, 101));
  change.status = input->String("status");
  change.links = input->StringList("links").value_or(std::vector<std::string>{});
  change.visibility = input->String("visibility");
  if (auto done = input->Finish(); !done) return std::unexpected(done.error());
  return change;
}

// The follow-up filters from the query (meeting, party, country, status).
Result<FollowUpFilter> ReadFollowUpFilter(const Request& request) {
  FollowUpFilter filter;
  if (auto meeting = request.Query("meeting"); meeting && !meeting->empty()) {
    if (meeting->size() > 18 || meeting->find_first_not_of("0123456789") != std::string::npos)
      return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "meeting"));
    filter.meeting = MeetingId{std::stoll(*meeting)};
  }
  auto code = [](const std::optional<std::string>& value) {
    return value && !value->empty() && value->size() <= 40 &&
           value->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789") == std::string::npos;
  };
  if (auto party = request.Query("party"); party && !party->empty()) {
    if (!code(party)) return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "party"));
    filter.party = *party;
  }
  if (auto country = request.Query("country"); country && !country->empty()) {
    if (!code(country) || country->size() != 2)
      return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "country"));
    filter.country = *country;
  }
  if (auto status = request.Query("status"); status && !status->empty()) {
    filter.status = ParseCommitmentStatus(*status);
    if (!filter.status) return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "status"));
  }
  return filter;
}

// An answer as the person asking sees it: with whether they may change or withdraw it.
nlohmann::json AnswerJson(const CommitmentUpdate& update, const RequestContext& context) {
  auto json = ToJson(update);
  json["can_change"] = context.actor && MayChangeAnswer(*context.actor, update);
  return json;
}

}  // namespace

void AddCommitmentRoutes(Router& router_, MeetingRouteServices services_) {
  router_.Add("POST", "/api/v1/agreements/{id}/commitments",
              {.summary = "Add a commitment to an agreement; its deadline is read from the phrase typed",
               .tag = "commitments",
               .request_schema = "CommitmentInput",
               .response_schema = "Commitment",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "commitment.create",
               .record_type = "commitment"},
              [services_](Request& request) {
                auto id = PathId<AgreementId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto commitment = ReadCommitment(*input);
                if (auto done = input->Finish(); !done) {
                  return ErrorResponse(MergeFieldErrors(done.error(), services_.commitments.CheckNew(request.Context(),
                                                                                                     *id, commitment)),
                                       request);
                }
                auto created = services_.commitments.Create(request.Context(), *id, commitment);
                if (!created) return ErrorResponse(created.error(), request);
                return VersionedJson(201, ToJson(*created, services_.clock.Today()), created->version)
                    .With("Location", "/api/v1/commitments/" + std::to_string(created->id));
              });
  router_.Add("GET", "/api/v1/commitments",
              {.summary = "Commitments, overdue first; a country's list includes what all member countries owe",
               .tag = "commitments",
               .response_schema = "CommitmentList",
               .query = {{"party", "A party code: HN, MEMBER_COUNTRIES, TS, IOM …"},
                         {"status", "open, in_progress, done or cancelled"},
                         {"due_before", "Due on or before this day (YYYY-MM-DD)"},
                         {"meeting", "A meeting id", "integer"},
                         {"overdue", "true for overdue ones only", "boolean"}},
               .who = "signed in"},
              [services_](Request& request) {
                CommitmentQuery query;
                if (auto party = request.Query("party"); party && !party->empty()) query.party = *party;
                if (auto status = request.Query("status"); status && !status->empty()) {
                  query.status = ParseCommitmentStatus(*status);
                  if (!query.status) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "status"), request);
                }
                if (auto due = request.Query("due_before"); due && !due->empty()) {
                  query.due_before = ParseIsoDate(*due);
                  if (!query.due_before)
                    return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "due_before"), request);
                }
                if (auto meeting = request.Query("meeting"); meeting && !meeting->empty()) {
                  if (meeting->size() > 18 || meeting->find_first_not_of("0123456789") != std::string::npos) {
                    return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "meeting"), request);
                  }
                  query.meeting = MeetingId{std::stoll(*meeting)};
                }
                query.overdue_only = request.Query("overdue") == std::optional<std::string>("true");
                auto listed = services_.commitments.List(request.Context(), query);
                if (!listed) return ErrorResponse(listed.error(), request);
                auto today = services_.clock.Today();
                auto items = nlohmann::json::array();
                for (const auto& item : *listed) {
                  auto json = ToJson(item.commitment, today);
                  if (item.response) json["response"] = ToJson(*item.response);
                  items.push_back(json);
                }
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("GET", "/api/v1/commitments/{id}",
              {.summary = "A commitment with its updates, and for a request to all member countries the answer grid",
               .tag = "commitments",
               .response_schema = "CommitmentDetail",
               .who = "signed in"},
              [services_](Request& request) {
                auto id = PathId<CommitmentId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto detail = services_.commitments.Get(request.Context(), *id);
                if (!detail) return ErrorResponse(detail.error(), request);
                auto body = ToJson(detail->commitment, services_.clock.Today());
                body["agreement_detail"] = ToJson(detail->agreement);
                auto meeting = ToJson(detail->meeting);
                meeting.erase("agenda");
                meeting.erase("files");
                body["meeting_detail"] = meeting;
                auto updates = nlohmann::json::array();
                for (const auto& update : detail->updates) updates.push_back(AnswerJson(update, request.Context()));
                body["updates"] = updates;
                body["hidden_updates"] = detail->hidden_updates;
                const auto& can = detail->abilities;
                body["abilities"] = {{"answer", can.answer},
                                     {"manage", can.manage},
                                     {"choose_country", can.choose_country},
                                     {"statuses", can.statuses},
                                     {"progress", can.progress}};
                auto responses = nlohmann::json::array();
                for (const auto& response : detail->responses) responses.push_back(ToJson(response));
                body["responses"] = responses;
                return VersionedJson(200, body, detail->commitment.version);
              });
  router_.Add("PATCH", "/api/v1/commitments/{id}",
              {.summary = "Change a commitment (party, action, deadline, status, progress)",
               .tag = "commitments",
               .request_schema = "CommitmentChange",
               .response_schema = "Commitment",
               .who = "secretariat",
               .requires_version = true,
               .audit_action = "commitment.update",
               .record_type = "commitment"},
              [services_](Request& request) {
                auto id = PathId<CommitmentId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto change = ReadCommitment(*input);
                if (auto done = input->Finish(); !done) {
                  return ErrorResponse(
                      MergeFieldErrors(done.error(), services_.commitments.CheckChange(request.Context(), *id, change)),
                      request);
                }
                return VersionedRecord(
                    request, services_.commitments.Update(request.Context(), *id, change, IfMatchVersion(request)), 200,
                    [&](const auto& record) { return ToJson(record, services_.clock.Today()); });
              });
  router_.Add("DELETE", "/api/v1/commitments/{id}",
              {.summary = "Remove a commitment nobody has reported on",
               .tag = "commitments",
               .success_status = 204,
               .who = "secretariat",
               .audit_action = "commitment.delete",
               .record_type = "commitment"},
              [services_](Request& request) {
                return WithId<CommitmentId>(request, [&](CommitmentId id) {
                  return NoContentOr(request, services_.commitments.Delete(request.Context(), id));
                });
              });
  router_.Add("POST", "/api/v1/commitments/{id}/updates",
              {.summary = "Report progress: text, progress %, links; files as multipart/form-data field \"file\"",
               .tag = "commitments",
               .request_schema = "ProgressReport",
               .form_schema = "ProgressReportForm",
               .response_schema = "CommitmentUpdate",
               .success_status = 201,
               .who = "secretariat; the party's own people (an officer answers for their own country)",
               .audit_action = "commitment.report",
               .record_type = "commitment",
               .accepts_files = true},
              [services_](Request& request) {
                auto id = PathId<CommitmentId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto report = ReadReport(request);
                if (!report) return ErrorResponse(report.error(), request);
                auto stored = services_.commitments.Report(request.Context(), *id, std::move(*report));
                if (!stored) return ErrorResponse(stored.error(), request);
                return JsonResponse(201, AnswerJson(*stored, request.Context()));
              });
  router_.Add("PUT", "/api/v1/commitments/{id}/updates/{update}",
              {.summary = "Change an answer (text, progress, status, links, who reads it); its files stay",
               .tag = "commitments",
               .request_schema = "AnswerChange",
               .response_schema = "CommitmentUpdate",
               .who = "the answer's writer, an officer of the country it answers for, or the secretariat",
               .requires_version = true,
               .audit_action = "answer.update",
               .record_type = "answer"},
              [services_](Request& request) {
                auto id = PathId<CommitmentId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto update = PathId<CommitmentUpdateId>(request, "update");
                if (!update) return ErrorResponse(update.error(), request);
                auto change = ReadAnswerChange(request);
                if (!change) return ErrorResponse(change.error(), request);
                auto stored =
                    services_.commitments.EditAnswer(request.Context(), *id, *update, *change, IfMatchVersion(request));
                if (!stored) return ErrorResponse(stored.error(), request);
                return VersionedJson(200, AnswerJson(*stored, request.Context()), stored->version);
              });
  router_.Add("DELETE", "/api/v1/commitments/{id}/updates/{update}",
              {.summary = "Withdraw an answer and its files",
               .tag = "commitments",
               .success_status = 204,
               .who = "the answer's writer, an officer of the country it answers for, or the secretariat",
               .requires_version = true,
               .audit_action = "answer.withdraw",
               .record_type = "answer"},
              [services_](Request& request) {
                auto id = PathId<CommitmentId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                auto update = PathId<CommitmentUpdateId>(request, "update");
                if (!update) return ErrorResponse(update.error(), request);
                return NoContentOr(request, services_.commitments.WithdrawAnswer(request.Context(), *id, *update,
                                                                                 IfMatchVersion(request)));
              });
  router_.Add("GET", "/api/v1/commitments/{id}/files/{file}",
              {.summary = "Download evidence attached to an update",
               .tag = "commitments",
               .response_types = DocumentTypes(),
               .who = "signed in"},
              [services_](Request& request) {
                return WithFileIds<CommitmentId>(request, [&](CommitmentId id, AttachmentId file) {
                  return FileDownloadResponse(request,
                                              services_.commitments.GetUpdateFile(request.Context(), id, file));
                });
              });
  router_.Add(
      "GET", "/api/v1/deadlines/reading",
      {.summary = "What the server understands of a deadline phrase, for a meeting",
       .tag = "commitments",
       .response_schema = "Deadline",
       .query = {{"text", "The phrase: \"in a two-month period\", \"a más tardar el 30 de marzo de 2018\" …"},
                 {"meeting", "The meeting whose agreement sets it", "integer"},
                 {"date", "Instead of meeting: the first day of a meeting not saved yet (an import under review)"},
                 {"date_end", "With date: its last day"},
                 {"body", "With date: the body that meets (RCGM, a network's code)"}},
       .who = "signed in"},
      [services_](Request& request) {
        if (auto date_text = request.Query("date"); date_text && !request.Query("meeting")) {
          auto date = ParseIsoDate(*date_text);
          if (!date) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "date"), request);
          std::optional<Date> date_end;
          if (auto end_text = request.Query("date_end"); end_text && !end_text->empty()) {
            date_end = ParseIsoDate(*end_text);
            if (!date_end) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "date_end"), request);
          }
          auto deadline = services_.commitments.ReadDeadlineOn(request.Context(), request.Query("body").value_or(""),
                                                               *date, date_end, request.Query("text").value_or(""));
          if (!deadline) return ErrorResponse(deadline.error(), request);
          return JsonResponse(200, ToJson(*deadline));
        }
        auto meeting = request.Query("meeting").value_or("");
        if (meeting.empty() || meeting.size() > 18 || meeting.find_first_not_of("0123456789") != std::string::npos) {
          return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "meeting"), request);
        }
        auto deadline = services_.commitments.ReadDeadlineFor(request.Context(), MeetingId{std::stoll(meeting)},
                                                              request.Query("text").value_or(""));
        if (!deadline) return ErrorResponse(deadline.error(), request);
        return JsonResponse(200, ToJson(*deadline));
      });
  router_.Add(
      "GET", "/api/v1/follow-up",
      {.summary = "The follow-up overview: overdue by party, due in 30 days, completion per meeting, answer grids, "
                  "completion over the last 12 months",
       .tag = "commitments",
       .response_schema = "FollowUp",
       .query = {{"meeting", "Only this meeting's commitments", "integer"},
                 {"party", "Only this party's (HN, MEMBER_COUNTRIES, IOM …)"},
                 {"country", "What this member country owes: its own and those of all member countries"},
                 {"status", "open, in_progress, done or cancelled"}},
       .who = "signed in"},
      [services_](Request& request) {
        auto filter = ReadFollowUpFilter(request);
        if (!filter) return ErrorResponse(filter.error(), request);
        auto overview = services_.commitments.Overview(request.Context(), *filter);
        if (!overview) return ErrorResponse(overview.error(), request);
        auto today = overview->today;
        auto list = [&](const std::vector<Commitment>& commitments) {
          auto items = nlohmann::json::array();
          for (const auto& commitment : commitments) items.push_back(ToJson(commitment, today));
          return items;
        };
        auto meetings = nlohmann::json::array();
        for (const auto& entry : overview->meetings) {
          meetings.push_back(
              {{"meeting",
                {{"id", entry.meeting.id},
                 {"body", entry.meeting.body},
                 {"date", FormatIsoDate(entry.meeting.date)},
                 {"place", {{"city", entry.meeting.place.city}, {"country", entry.meeting.place.country}}}}},
               {"commitments", entry.commitments},
               {"done", entry.done},
               {"overdue", entry.overdue}});
        }
        auto timeline = nlohmann::json::array();
        for (const auto& point : overview->timeline)
          timeline.push_back({{"month", point.month}, {"done", point.done}, {"answers", point.answers}});
        auto grids = nlohmann::json::array();
        for (const auto& grid : overview->grids) {
          auto responses = nlohmann::json::array();
          for (const auto& response : grid.responses) responses.push_back(ToJson(response));
          grids.push_back({{"commitment", ToJson(grid.commitment, today)}, {"responses", responses}});
        }
        return JsonResponse(200, {{"today", FormatIsoDate(today)},
                                  {"overdue_by_party", overview->overdue_by_party},
                                  {"overdue", list(overview->overdue)},
                                  {"due_soon", list(overview->due_soon)},
                                  {"meetings", meetings},
                                  {"grids", grids},
                                  {"member_countries", overview->member_countries},
                                  {"timeline", timeline}});
      });
  router_.Add(
      "GET", "/api/v1/follow-up/export",
      {.summary = "The follow-up lists and answer grids as a spreadsheet (XLSX: both sheets, the grid coloured) or "
                  "CSV (one view), in the reader's language, with the page's filters",
       .tag = "commitments",
       .response_types = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"},
       .query = {{"format", "xlsx (default) or csv"},
                 {"view", "commitments (default) or grid: which sheet a CSV holds"},
                 {"lang", "es or en (default: the reader's language)"},
                 {"meeting", "Only this meeting's commitments", "integer"},
                 {"party", "Only this party's"},
                 {"country", "What this member country owes"},
                 {"status", "open, in_progress, done or cancelled"}},
       .who = "signed in"},
      [services_](Request& request) {
        auto format = request.Query("format").value_or("xlsx");
        auto view = request.Query("view").value_or("commitments");
        auto language = request.Query("lang").value_or(request.language);
        if (format != "xlsx" && format != "csv")
          return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "format"), request);
        if (view != "commitments" && view != "grid")
          return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "view"), request);
        if (!services_.texts.HasLanguage(language))
          return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "lang"), request);
        auto filter = ReadFollowUpFilter(request);
        if (!filter) return ErrorResponse(filter.error(), request);
        auto context = request.Context();
        auto overview = services_.commitments.Overview(context, *filter);
        if (!overview) return ErrorResponse(overview.error(), request);
        auto meetings = services_.meetings.List(context, MeetingFilter{});
        if (!meetings) return ErrorResponse(meetings.error(), request);
        auto words = Wording::ForReader(services_.texts, language);
        auto sheets = FollowUpSheets(*overview, *meetings, services_.reference.Load(request.process_id), words);
        auto name = words(text_keys::kExportFileName) + "-" + FormatIsoDate(overview->today);
        if (format == "xlsx") {
          return Attachment(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx",
              WriteXlsx(sheets, std::chrono::sys_days{overview->today}.time_since_epoch() / std::chrono::seconds{1}));
        }
        const auto& sheet = view == "grid" ? sheets[1] : sheets[0];
        CsvWriter csv;
        csv.Row(sheet.header);
        for (const auto& row : sheet.rows) {
          std::vector<std::string> cells;
          for (const auto& cell : row)
            cells.push_back(cell.number ? std::to_string(static_cast<long long>(*cell.number)) : cell.text);
          csv.Row(cells);
        }
        return Attachment("text/csv; charset=utf-8", name + (view == "grid" ? "-grid" : "") + ".csv", csv.Finish());
      });
}

}  // namespace enlace::http
