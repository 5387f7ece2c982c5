// Legislation matrices (M7–M10): matrices and topics, the published matrix (and its snapshot as of
// a round), rounds and their columns, a country's draft cells, "what changed", and the exports.
//
// Rounds and topics are named in paths by their number within the matrix (…/rounds/2 is the
// matrix's second round, as "as_of_round=2" and "since_round=2" name it), topics by their id;
// countries by their code. A draft cell's ETag is its version; "0" means "not written yet", so that
// a first write with If-Match: "0" cannot overwrite someone else's first write either.
#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/csv.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/multipart.hpp"
#include "matrices/domain/matrix_json.hpp"
#include "matrices/domain/reasons.hpp"
#include "matrices/domain/text_keys.hpp"
#include "matrices/exports/matrix_export.hpp"
#include "matrices/exports/matrix_table.hpp"
#include "matrices/exports/matrix_workbook.hpp"
#include "matrices/http/matrix_answer_cache.hpp"
#include "matrices/http/matrix_routes.hpp"

namespace enlace::http {
namespace {

using nlohmann::json;

std::optional<int> OptionalNumberQuery(const Request& request, const std::string& name, bool& invalid) {
  auto text = request.Query(name);
  if (!text || text->empty()) return std::nullopt;
  if (text->size() > 6 || text->find_first_not_of("0123456789") != std::string::npos) {
    invalid = true;
    return std::nullopt;
  }
  return std::stoi(*text);
}

json RoundViewJson(MatrixId matrix, const RoundView& view) {
  auto result = ToJson(view.round);
  result["matrix"] = matrix;
  auto countries = json::array();
  for (const auto& column : view.columns) countries.push_back(ToJson(column));
  result["countries"] = countries;
  return result;
}

json DraftJson(const DraftView& view, Date today) {
  auto result = ToJson(view.draft, view.round, today, view.outdated_after_days);
  result["published"] = view.published ? ToJson(*view.published, today, view.outdated_after_days) : json(nullptr);
  return result;
}

// The path's matrix id and round number, then `act(matrix, round)`.
template <typename Act>
Response WithRound(Request& request, Act&& act) {
  auto id = PathId<MatrixId>(request);
  if (!id) return ErrorResponse(id.error(), request);
  auto round = PathNumber(request, "round");
  if (!round) return ErrorResponse(round.error(), request);
  if (*round > 100000) return ErrorResponse(Error::NotFound(), request);
  return act(*id, static_cast<int>(*round));
}

std::string Language(const Request& request) {
  auto language = request.Query("lang");
  if (language && (*language == "es" || *language == "en")) return *language;
  return request.language == "en" ? "en" : "es";
}

ExportTexts TextsFor(const Texts& texts, const MatrixService& service, const std::string& language) {
  ExportTexts labels;
  labels.language = language;
  labels.no_provision = service.NoProvisionWording(language);
  labels.topic = texts.Text(language, text_keys::kMatrixExportTopic.key());
  labels.country = texts.Text(language, text_keys::kMatrixExportCountry.key());
  labels.wide_sheet = texts.Text(language, text_keys::kMatrixExportWideSheet.key());
  labels.long_sheet = texts.Text(language, text_keys::kMatrixExportLongSheet.key());
  labels.changes_sheet = texts.Text(language, text_keys::kMatrixExportChangesSheet.key());
  return labels;
}

json TranslationCommitmentJson(const TranslationCommitment& commitment) {
  return {{"topic", commitment.topic},
          {"country", commitment.country},
          {"language", commitment.language},
          {"translator", commitment.translator},
          {"due", FormatIsoDate(commitment.due)},
          {"commitment", commitment.commitment ? json(*commitment.commitment) : json(nullptr)},
          {"version", commitment.version},
          {"updated_by", {{"id", commitment.updated_by.id}, {"name", commitment.updated_by.name}}},
          {"updated_at", FormatIsoTimestamp(commitment.updated_at)},
          {"owed", commitment.owed}};
}

json MatrixImportJson(const MatrixImportPlan& plan, bool applied, const Request& request, const Texts& texts) {
  auto topics = json::array();
  for (const auto& topic : plan.topics) {
    topics.push_back({{"number", topic.number}, {"title", enlace::ToJson(topic.title)}, {"created", topic.created}});
  }
  auto cells = json::array();
  for (const auto& cell : plan.cells) {
    cells.push_back({{"topic_number", cell.number},
                     {"country", cell.country},
                     {"provisions", cell.content.provisions.size()},
                     {"no_provision", cell.content.no_provision},
                     {"source", ToString(cell.source)}});
  }
  auto problems = json::array();
  for (const auto& problem : plan.problems) {
    problems.push_back({{"line", problem.line},
                        {"field", problem.error.field},
                        {"code", problem.error.reason},
                        {"message", texts.Error(request.language, problem.error.reason, problem.error.params)}});
  }
  return {{"applied", applied}, {"topics", topics}, {"cells", cells}, {"problems", problems}};
}

json WorkbookPreviewJson(const WorkbookPreview& preview, const Request& request, const Texts& texts) {
  auto cells = json::array();
  for (const auto& cell : preview.cells) {
    auto errors = json::array();
    for (const auto& error : cell.errors) {
      errors.push_back({{"field", error.field},
                        {"code", error.reason},
                        {"message", texts.Error(request.language, error.reason, error.params)}});
    }
    cells.push_back({{"topic", cell.topic},
                     {"number", cell.number},
                     {"state", ToString(cell.state)},
                     {"downloaded_version", cell.downloaded_version},
                     {"current_version", cell.current_version},
                     {"before", cell.before},
                     {"after", cell.after},
                     {"diff", ToJson(cell.diff)},
                     {"errors", errors}});
  }
  return {{"country", preview.country},
          {"round", preview.round},
          {"applied", preview.applied},
          {"changed", preview.changed},
          {"conflicts", preview.conflicts},
          {"invalid", preview.invalid},
          {"cells", cells}};
}

// What a kept answer of the matrix is checked against (matrix_answer_cache.hpp).
std::string AnswerStamp(const MatrixService::Outline& outline, Date today, std::optional<int> as_of) {
  return outline.stamp + "|" + FormatIsoDate(today) + "|" + ToJson(outline.matrix, today, as_of).dump();
}

Response KeptJson(const std::string& body) {
  Response response;
  response.status = 200;
  response.body = body;
  response.With("Content-Type", "application/json; charset=utf-8");
  return response;
}

}  // namespace

void AddMatrixRoutes(Router& router_, MatrixRouteServices services_) {
  auto today = [services_] { return services_.clock.Today(); };
  auto answers = std::make_shared<MatrixAnswerCache>();

  router_.Add("GET", "/api/v1/matrices",
              {.summary = "The legislation matrices of the process",
               .tag = "matrices",
               .response_schema = "MatrixList",
               .who = "everyone signed in"},
              [services_](Request& request) {
                auto matrices = services_.matrices.List(request.Context());
                if (!matrices) return ErrorResponse(matrices.error(), request);
                auto items = json::array();
                for (const auto& matrix : *matrices) items.push_back(SummaryJson(matrix));
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("POST", "/api/v1/matrices",
              {.summary = "Create a matrix (subject, title in each language)",
               .tag = "matrices",
               .request_schema = "MatrixInput",
               .response_schema = "Matrix",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "matrix.create",
               .record_type = "matrix"},
              [services_, today](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                MatrixInput fields;
                fields.subject = input->String("subject").value_or("");
                fields.title = input->Localized("title").value_or(LocalizedText{});
                if (auto days = input->Integer("outdated_after_days"))
                  fields.outdated_after_days = static_cast<int>(*days);
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                auto created = services_.matrices.Create(request.Context(), std::move(fields));
                if (!created) return ErrorResponse(created.error(), request);
                return VersionedJson(201, ToJson(*created, today(), std::nullopt), created->version)
                    .With("Location", "/api/v1/matrices/" + std::to_string(created->id));
              });
  router_.Add(
      "GET", "/api/v1/matrices/{id}",
      {.summary = "A matrix: topics, countries, rounds and its published cells (the latest, or as of a "
                  "closed round)",
       .tag = "matrices",
       .response_schema = "Matrix",
       .query = {{"as_of_round", "The number of a closed round: the matrix as that round published it", "integer"}},
       .who = "everyone signed in"},
      [services_, today, answers](Request& request) {
        return WithId<MatrixId>(request, [&](MatrixId id) {
          bool invalid = false;
          auto as_of = OptionalNumberQuery(request, "as_of_round", invalid);
          if (invalid) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "as_of_round"), request);
          auto outline = services_.matrices.GetOutline(request.Context(), id, as_of);
          if (!outline) return ErrorResponse(outline.error(), request);
          auto key = "matrix/" + std::to_string(request.process_id) + "/" + std::to_string(id) + "/" +
                     (as_of ? std::to_string(*as_of) : "latest");
          auto stamp = AnswerStamp(*outline, today(), as_of);
          if (auto kept = answers->Find(key, stamp)) return KeptJson(*kept);
          auto matrix = services_.matrices.Get(request.Context(), id, as_of);
          if (!matrix) return ErrorResponse(matrix.error(), request);
          auto response = JsonResponse(200, ToJson(*matrix, today(), as_of));
          answers->Keep(key, std::move(stamp), response.body);
          return response;
        });
      });
  router_.Add(
      "POST", "/api/v1/matrices/{id}/import",
      {.summary = "Load a whole matrix for the first time from a table (multipart/form-data: \"file\", a CSV or "
                  "XLSX in the export's long layout, and an optional \"label\" for the round it becomes): the "
                  "topics it adds, the cells it fills and every line's problems; with ?apply=true it is saved as "
                  "round 1, published and closed, all or nothing",
       .tag = "matrices",
       .form_schema = "MatrixImportUpload",
       .response_schema = "MatrixImportPreview",
       .query = {{"apply",
                  "true: save it (422 with every line's problems; 409 matrix_already_loaded when the "
                  "matrix has rounds)"}},
       .who = "secretariat",
       .audit_action = "matrix.import",
       .record_type = "matrix",
       .accepts_files = true},
      [services_](Request& request) {
        return WithId<MatrixId>(request, [&](MatrixId id) {
          if (!IsMultipart(request)) return ErrorResponse(Error::Field("file", reasons::kRequired), request);
          auto parts = ParseMultipart(request);
          if (!parts) return ErrorResponse(parts.error(), request);
          const FormPart* file = nullptr;
          std::string label;
          for (const auto& part : *parts) {
            if (part.name == "file" && !file) file = &part;
            if (part.name == "label") label = part.content;
          }
          if (!file) return ErrorResponse(Error::Field("file", reasons::kRequired), request);
          auto rows = ReadMatrixTable(file->content);
          if (!rows) return ErrorResponse(rows.error(), request);
          auto apply = request.Query("apply").value_or("") == "true";
          auto plan = services_.matrices.ImportMatrix(request.Context(), id, *rows, label, apply);
          if (!plan) return ErrorResponse(plan.error(), request);
          return JsonResponse(200, MatrixImportJson(*plan, apply, request, services_.texts));
        });
      });
  router_.Add("POST", "/api/v1/matrices/{id}/topics",
              {.summary = "Add a topic (a row) at the end of the matrix",
               .tag = "matrices",
               .request_schema = "MatrixTopicInput",
               .response_schema = "Matrix",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "matrix.add_topic",
               .record_type = "matrix"},
              [services_, today](Request& request) {
                return WithIdAndBody<MatrixId>(
                    request,
                    [](JsonInput& input) {
                      TopicInput topic;
                      topic.title = input.Localized("title").value_or(LocalizedText{});
                      topic.note = input.Localized("note").value_or(LocalizedText{});
                      topic.articles = input.StringList("articles").value_or(std::vector<std::string>{});
                      return topic;
                    },
                    [&](MatrixId id, TopicInput topic) {
                      auto matrix = services_.matrices.AddTopic(request.Context(), id, std::move(topic));
                      if (!matrix) return ErrorResponse(matrix.error(), request);
                      return JsonResponse(201, ToJson(*matrix, today(), std::nullopt));
                    });
              });
  router_.Add("POST", "/api/v1/matrices/{id}/rounds",
              {.summary = "Open the next update round with its due date (one open round at a time)",
               .tag = "matrices",
               .request_schema = "MatrixRoundInput",
               .response_schema = "MatrixRoundView",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "matrix_round.open",
               .record_type = "matrix"},
              [services_](Request& request) {
                return WithIdAndBody<MatrixId>(
                    request,
                    [](JsonInput& input) {
                      RoundInput round;
                      round.due = input.DateField("due");
                      round.label = input.String("label").value_or("");
                      if (input.Has("commitment") && !input.Raw("commitment").is_null()) {
                        round.commitment = input.Integer("commitment");
                      }
                      return round;
                    },
                    [&](MatrixId id, RoundInput round) {
                      auto view = services_.matrices.OpenRound(request.Context(), id, std::move(round));
                      if (!view) return ErrorResponse(view.error(), request);
                      return JsonResponse(201, RoundViewJson(id, *view));
                    });
              });
  router_.Add("GET", "/api/v1/matrices/{id}/rounds/{round}",
              {.summary = "A round with the state of every member country's column (who has reported)",
               .tag = "matrices",
               .response_schema = "MatrixRoundView",
               .who = "everyone signed in"},
              [services_](Request& request) {
                return WithRound(request, [&](MatrixId id, int round) {
                  auto view = services_.matrices.GetRound(request.Context(), id, round);
                  if (!view) return ErrorResponse(view.error(), request);
                  return JsonResponse(200, RoundViewJson(id, *view));
                });
              });
  router_.Add("POST", "/api/v1/matrices/{id}/rounds/{round}/close",
              {.summary = "Close an open round: its validated columns are published together",
               .tag = "matrices",
               .response_schema = "MatrixRoundView",
               .who = "secretariat",
               .audit_action = "matrix_round.close",
               .record_type = "matrix"},
              [services_](Request& request) {
                return WithRound(request, [&](MatrixId id, int round) {
                  auto view = services_.matrices.CloseRound(request.Context(), id, round);
                  if (!view) return ErrorResponse(view.error(), request);
                  return JsonResponse(200, RoundViewJson(id, *view));
                });
              });
  const std::string cell_path = "/api/v1/matrices/{id}/rounds/{round}/cells/{topic}/{country}";
  router_.Add("GET", cell_path,
              {.summary = "A country's draft of one cell in a round (what was published before, when it has no "
                          "draft yet), with its version as ETag",
               .tag = "matrices",
               .response_schema = "MatrixDraftCell",
               .who = "secretariat; officers of that country (another country's officer: 403 wrong_country)"},
              [services_, today](Request& request) {
                return WithRound(request, [&](MatrixId id, int round) {
                  auto topic = PathId<MatrixTopicId>(request, "topic");
                  if (!topic) return ErrorResponse(topic.error(), request);
                  auto view = services_.matrices.GetDraft(request.Context(), id, round, *topic,
                                                          request.PathParameter("country"));
                  if (!view) return ErrorResponse(view.error(), request);
                  return VersionedJson(200, DraftJson(*view, today()), view->draft.version);
                });
              });
  router_.Add("PUT", cell_path,
              {.summary = "Write a country's draft of one cell in an open round (If-Match once it exists)",
               .tag = "matrices",
               .request_schema = "MatrixCellInput",
               .response_schema = "MatrixDraftCell",
               .who = "secretariat; officers of that country (another country's officer: 403 wrong_country)",
               .audit_action = "matrix_cell.update",
               .record_type = "matrix_cell"},
              [services_, today](Request& request) {
                return WithRound(request, [&](MatrixId id, int round) {
                  auto topic = PathId<MatrixTopicId>(request, "topic");
                  if (!topic) return ErrorResponse(topic.error(), request);
                  auto input = JsonInput::Parse(request);
                  if (!input) return ErrorResponse(input.error(), request);
                  auto content = CellContentFromJson(input->object());
                  if (!content) return ErrorResponse(content.error(), request);
                  auto view = services_.matrices.SaveDraft(request.Context(), id, round, *topic,
                                                           request.PathParameter("country"), std::move(*content),
                                                           IfMatchVersion(request));
                  if (!view) return ErrorResponse(view.error(), request);
                  return VersionedJson(200, DraftJson(*view, today()), view->draft.version);
                });
              });
  struct ColumnRoute {
    ColumnAction action;
    const char* summary;
    const char* who;
  };
  for (const auto& step :
       {ColumnRoute{ColumnAction::kSubmit, "Submit a country's column to the Secretariat",
                    "secretariat; officers of that country"},
        ColumnRoute{ColumnAction::kReturn, "Return a submitted column to its country with a reason", "secretariat"},
        ColumnRoute{ColumnAction::kValidate, "Validate a submitted column: it is published when the round closes",
                    "secretariat"}}) {
    auto name = std::string(ToString(step.action));
    router_.Add("POST", "/api/v1/matrices/{id}/rounds/{round}/countries/{country}/" + name,
                {.summary = step.summary,
                 .tag = "matrices",
                 .request_schema = step.action == ColumnAction::kReturn ? "MatrixReturnInput" : "",
                 .response_schema = "MatrixRoundView",
                 .who = step.who,
                 .audit_action = "matrix_column." + name,
                 .record_type = "matrix"},
                [services_, action = step.action](Request& request) {
                  return WithRound(request, [&](MatrixId id, int round) {
                    std::string reason;
                    if (action == ColumnAction::kReturn) {
                      auto input = JsonInput::Parse(request);
                      if (!input) return ErrorResponse(input.error(), request);
                      reason = input->String("reason").value_or("");
                      if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                    }
                    auto view = services_.matrices.ActOnColumn(request.Context(), id, round,
                                                               request.PathParameter("country"), action, reason);
                    if (!view) return ErrorResponse(view.error(), request);
                    return JsonResponse(200, RoundViewJson(id, *view));
                  });
                });
  }
  router_.Add("GET", "/api/v1/matrices/{id}/cells/{topic}/{country}/timeline",
              {.summary = "Every version of one cell, oldest first, with who, when, the round and the words changed "
                          "from the one before: published versions for everyone, draft writes too for the Secretariat "
                          "and the cell's country",
               .tag = "matrices",
               .response_schema = "MatrixTimeline",
               .query = {{"lang", "es or en: the language of the texts compared"}},
               .who = "everyone signed in (drafts: secretariat and officers of that country)"},
              [services_](Request& request) {
                return WithId<MatrixId>(request, [&](MatrixId id) {
                  auto topic = PathId<MatrixTopicId>(request, "topic");
                  if (!topic) return ErrorResponse(topic.error(), request);
                  auto entries = services_.matrices.Timeline(request.Context(), id, *topic,
                                                             request.PathParameter("country"), Language(request));
                  if (!entries) return ErrorResponse(entries.error(), request);
                  auto items = json::array();
                  for (const auto& entry : *entries) {
                    items.push_back({{"kind", entry.kind},
                                     {"round", entry.round},
                                     {"round_label", entry.round_label},
                                     {"by", {{"id", entry.by.id}, {"name", entry.by.name}}},
                                     {"by_role", entry.by_role ? json(ToString(*entry.by_role)) : json(nullptr)},
                                     {"at", FormatIsoTimestamp(entry.at)},
                                     {"verified_by", entry.verified_by ? json{{"id", entry.verified_by->id},
                                                                              {"name", entry.verified_by->name}}
                                                                       : json(nullptr)},
                                     {"source", ToString(entry.source)},
                                     {"text", entry.text},
                                     {"diff", ToJson(entry.diff)}});
                  }
                  return JsonResponse(200, {{"items", items}});
                });
              });
  router_.Add("POST", "/api/v1/matrices/{id}/rounds/{round}/reminders",
              {.summary = "Remind, now, the officers of the member countries that have not submitted their column in "
                          "an open round (not started, draft or returned): in the application and by e-mail",
               .tag = "matrices",
               .response_schema = "MatrixRoundReminder",
               .who = "secretariat",
               .audit_action = "matrix_round.remind",
               .record_type = "matrix"},
              [services_](Request& request) {
                return WithRound(request, [&](MatrixId id, int round) {
                  auto sent = services_.matrices.RemindNonSubmitters(request.Context(), id, round);
                  if (!sent) return ErrorResponse(sent.error(), request);
                  return JsonResponse(200, {{"countries", sent->countries},
                                            {"recipients", sent->recipients},
                                            {"emailed", sent->emailed},
                                            {"failed", sent->failed}});
                });
              });
  router_.Add("GET", "/api/v1/matrices/{id}/rounds/{round}/workbook",
              {.summary = "A country's column of an open round as an XLSX to fill in offline: only the country's "
                          "cells are unlocked; upload it back with POST",
               .tag = "matrices",
               .response_types = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
               .query = {{"country", "The country's code"}, {"lang", "es or en"}},
               .who = "secretariat; officers of that country (another country's officer: 403 wrong_country)"},
              [services_](Request& request) {
                return WithRound(request, [&](MatrixId id, int round) {
                  auto country = request.Query("country").value_or("");
                  if (country.empty()) return ErrorResponse(Error::Field("country", reasons::kRequired), request);
                  auto language = Language(request);
                  auto workbook = services_.matrices.WorkbookFor(request.Context(), id, round, country, language);
                  if (!workbook) return ErrorResponse(workbook.error(), request);
                  auto created = std::chrono::sys_days(services_.clock.Today()).time_since_epoch();
                  auto file = MatrixWorkbookXlsx(
                      *workbook, language, services_.texts.Text(language, text_keys::kMatrixWorkbookInstructions.key()),
                      std::chrono::duration_cast<std::chrono::seconds>(created).count());
                  if (!file) return ErrorResponse(file.error(), request);
                  return Attachment(
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      "matrix-" + std::to_string(id) + "-round-" + std::to_string(round) + "-" + country + ".xlsx",
                      std::move(*file));
                });
              });
  router_.Add(
      "POST", "/api/v1/matrices/{id}/rounds/{round}/workbook",
      {.summary = "Upload a country's filled-in workbook (multipart/form-data field \"file\"): what it would change "
                  "cell by cell, with the words, conflicts with cells changed since the download, and invalid "
                  "cells; with ?apply=true the changed cells are saved as the country's drafts, all or nothing",
       .tag = "matrices",
       .form_schema = "MatrixWorkbookUpload",
       .response_schema = "MatrixWorkbookPreview",
       .query = {{"apply", "true: save the changes (409 matrix_workbook_conflict when a cell conflicts)"},
                 {"country", "When given, the workbook must be this country's"},
                 {"lang", "es or en: the language of the texts compared"}},
       .who = "secretariat; officers of the workbook's country (another country's officer: 403 wrong_country)",
       .audit_action = "matrix_workbook.apply",
       .record_type = "matrix",
       .accepts_files = true},
      [services_](Request& request) {
        return WithRound(request, [&](MatrixId id, int round) {
          if (!IsMultipart(request)) return ErrorResponse(Error::Field("file", reasons::kRequired), request);
          auto parts = ParseMultipart(request);
          if (!parts) return ErrorResponse(parts.error(), request);
          const FormPart* file = nullptr;
          for (const auto& part : *parts) {
            if (part.name == "file" && !file) file = &part;
          }
          if (!file) return ErrorResponse(Error::Field("file", reasons::kRequired), request);
          auto workbook = ReadMatrixWorkbook(file->content);
          if (!workbook) return ErrorResponse(workbook.error(), request);
          if (auto country = request.Query("country"); country && !country->empty() && *country != workbook->country) {
            return ErrorResponse(Error::Invalid(reasons::kMatrixWorkbookOtherCountry), request);
          }
          auto apply = request.Query("apply").value_or("") == "true";
          auto preview = services_.matrices.UploadWorkbook(request.Context(), id, round, std::move(*workbook), apply,
                                                           Language(request));
          if (!preview) return ErrorResponse(preview.error(), request);
          return JsonResponse(200, WorkbookPreviewJson(*preview, request, services_.texts));
        });
      });
  router_.Add("GET", "/api/v1/matrices/{id}/changes",
              {.summary = "The cells published after round N, with a word-level diff of their text",
               .tag = "matrices",
               .response_schema = "MatrixChanges",
               .query = {{"since_round", "The round to compare with (0: since the matrix was empty)", "integer"},
                         {"country", "Only this country's cells"},
                         {"lang", "es or en: the language of the texts compared"}},
               .who = "everyone signed in"},
              [services_, today, answers](Request& request) {
                return WithId<MatrixId>(request, [&](MatrixId id) {
                  bool invalid = false;
                  ChangesQuery query;
                  query.since_round = OptionalNumberQuery(request, "since_round", invalid).value_or(0);
                  if (invalid) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "since_round"), request);
                  if (auto country = request.Query("country"); country && !country->empty()) query.country = *country;
                  query.language = Language(request);
                  auto outline = services_.matrices.GetOutline(request.Context(), id, std::nullopt);
                  if (!outline) return ErrorResponse(outline.error(), request);
                  auto key = "changes/" + std::to_string(request.process_id) + "/" + std::to_string(id) + "/" +
                             std::to_string(query.since_round) + "/" + query.country.value_or("") + "/" +
                             query.language;
                  auto stamp = AnswerStamp(*outline, today(), std::nullopt);
                  if (auto kept = answers->Find(key, stamp)) return KeptJson(*kept);
                  auto changes = services_.matrices.Changes(request.Context(), id, query);
                  if (!changes) return ErrorResponse(changes.error(), request);
                  auto items = json::array();
                  for (const auto& change : *changes) {
                    items.push_back(json{{"topic", change.topic},
                                         {"country", change.country},
                                         {"from_round", change.from_round},
                                         {"to_round", change.to_round},
                                         {"before", change.before},
                                         {"after", change.after},
                                         {"diff", ToJson(change.diff)}});
                  }
                  auto response = JsonResponse(
                      200, {{"since_round", query.since_round}, {"language", query.language}, {"items", items}});
                  answers->Keep(key, std::move(stamp), response.body);
                  return response;
                });
              });
  router_.Add("GET", "/api/v1/matrices/{id}/translations",
              {.summary = "Published provisions whose text lacks a language or has a translation older than a "
                          "change of its source (M22), and who translates which cell's language by when",
               .tag = "matrices",
               .response_schema = "MatrixTranslations",
               .query = {{"country", "Only this country's cells"}},
               .who = "everyone signed in"},
              [services_](Request& request) {
                return WithId<MatrixId>(request, [&](MatrixId id) {
                  std::optional<std::string> country;
                  if (auto value = request.Query("country"); value && !value->empty()) country = *value;
                  auto gaps = services_.matrices.Translations(request.Context(), id, country);
                  if (!gaps) return ErrorResponse(gaps.error(), request);
                  auto commitments = services_.matrices.TranslationCommitments(request.Context(), id);
                  if (!commitments) return ErrorResponse(commitments.error(), request);
                  auto items = json::array();
                  for (const auto& gap : *gaps) {
                    items.push_back(json{{"topic", gap.topic},
                                         {"country", gap.country},
                                         {"provision", gap.provision},
                                         {"source_language", gap.source_language},
                                         {"missing", gap.missing},
                                         {"stale", gap.stale}});
                  }
                  auto owed = json::array();
                  for (const auto& commitment : *commitments) {
                    if (country && commitment.country != *country) continue;
                    owed.push_back(TranslationCommitmentJson(commitment));
                  }
                  return JsonResponse(200, {{"items", items}, {"commitments", owed}});
                });
              });
  router_.Add("PUT", "/api/v1/matrices/{id}/translations/{topic}/{country}/{language}",
              {.summary = "Who translates a published cell's missing or stale language version, and by when "
                          "(If-Match once it exists)",
               .tag = "matrices",
               .request_schema = "MatrixTranslationCommitmentInput",
               .response_schema = "MatrixTranslationCommitment",
               .who = "secretariat",
               .audit_action = "matrix_translation.commit",
               .record_type = "matrix_cell"},
              [services_](Request& request) {
                return WithIdAndBody<MatrixId>(
                    request,
                    [](JsonInput& input) {
                      TranslationCommitmentInput fields;
                      fields.translator = input.String("translator").value_or("");
                      fields.due = input.DateField("due");
                      if (input.Has("commitment") && !input.Raw("commitment").is_null()) {
                        fields.commitment = input.Integer("commitment");
                      }
                      return fields;
                    },
                    [&](MatrixId id, TranslationCommitmentInput fields) {
                      auto topic = PathId<MatrixTopicId>(request, "topic");
                      if (!topic) return ErrorResponse(topic.error(), request);
                      auto saved = services_.matrices.CommitTranslation(
                          request.Context(), id, *topic, request.PathParameter("country"),
                          request.PathParameter("language"), std::move(fields), IfMatchVersion(request));
                      if (!saved) return ErrorResponse(saved.error(), request);
                      return VersionedJson(200, TranslationCommitmentJson(*saved), saved->version);
                    });
              });
  router_.Add(
      "GET", "/api/v1/matrices/{id}/export",
      {.summary = "The published matrix (latest, or as of a closed round) as XLSX (a wide and a long "
                  "sheet), CSV (long layout, UTF-8 with BOM) or PDF (landscape)",
       .tag = "matrices",
       .response_types = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv",
                          "application/pdf"},
       .query = {{"format", "xlsx, csv or pdf"},
                 {"lang", "es or en"},
                 {"round", "The number of a closed round", "integer"},
                 {"since_round", "With it, XLSX and PDF add what changed since that round (words struck and added)",
                  "integer"}},
       .who = "everyone signed in"},
      [services_](Request& request) {
        return WithId<MatrixId>(request, [&](MatrixId id) {
          bool invalid = false;
          auto round = OptionalNumberQuery(request, "round", invalid);
          if (invalid) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "round"), request);
          auto format = request.Query("format").value_or("xlsx");
          if (format != "xlsx" && format != "csv" && format != "pdf") {
            return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "format"), request);
          }
          auto matrix = services_.matrices.Get(request.Context(), id, round);
          if (!matrix) return ErrorResponse(matrix.error(), request);
          auto labels = TextsFor(services_.texts, services_.matrices, Language(request));
          labels.today = services_.clock.Today();
          auto name = "matrix-" + std::to_string(id) + (round ? "-round-" + std::to_string(*round) : "");
          if (format == "csv") {
            CsvWriter csv;
            for (const auto& row : LongRows(*matrix, labels)) csv.Row(row);
            return Attachment("text/csv; charset=utf-8", name + ".csv", csv.Finish());
          }
          auto since = OptionalNumberQuery(request, "since_round", invalid);
          if (invalid) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "since_round"), request);
          std::vector<ExportChange> changes;
          if (since) {
            auto found =
                services_.matrices.Changes(request.Context(), id, ChangesQuery{*since, std::nullopt, labels.language});
            if (!found) return ErrorResponse(found.error(), request);
            for (const auto& change : *found) {
              std::string topic;
              for (const auto& item : matrix->topics) {
                if (item.id == change.topic)
                  topic = std::to_string(item.number) + ". " + item.title.In(labels.language);
              }
              changes.push_back({topic, change.country, change.from_round, change.to_round, change.diff});
            }
          }
          auto file = format == "xlsx" ? MatrixXlsx(*matrix, labels, changes) : MatrixPdf(*matrix, labels, changes);
          if (!file) return ErrorResponse(file.error(), request);
          return Attachment(format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                             : "application/pdf",
                            name + "." + format, std::move(*file));
        });
      });
}

}  // namespace enlace::http
