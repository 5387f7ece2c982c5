// The document library: the list and one document, creating and editing, versions with their files
// per language, owed translations, distributions with their receipts, and the personal links of a
// distribution, which open without signing in.
#include "documents/domain/document_json.hpp"
#include "documents/domain/reasons.hpp"
#include "documents/http/document_routes.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/multipart.hpp"

namespace enlace::http {
namespace {

Result<DocumentFilter> FilterFrom(const Request& request) {
  DocumentFilter filter;
  if (auto meeting = request.Query("meeting"); meeting && !meeting->empty()) {
    try {
      std::size_t used = 0;
      auto value = std::stoll(*meeting, &used);
      if (used != meeting->size() || value <= 0) throw std::invalid_argument("meeting");
      filter.meeting = MeetingId{value};
    } catch (const std::exception&) {
      return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "meeting"));
    }
  }
  if (auto type = request.Query("type"); type && !type->empty()) {
    filter.type = ParseDocumentType(*type);
    if (!filter.type) return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "type"));
  }
  if (auto language = request.Query("language"); language && !language->empty()) {
    if (!IsDocumentLanguage(*language)) return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "language"));
    filter.language = *language;
  }
  if (auto text = request.Query("q"); text && !text->empty()) filter.text = *text;
  return filter;
}

// "meeting": absent, null, or an id.
std::optional<std::optional<MeetingId>> ReadMeeting(JsonInput& input) {
  if (!input.Has("meeting")) return std::nullopt;
  const auto& raw = input.Raw("meeting");
  if (raw.is_null()) return std::optional<MeetingId>{};
  if (!raw.is_number_integer()) {
    input.AddError("meeting", reasons::kInvalidType, {{"expected", "integer"}});
    return std::nullopt;
  }
  return std::optional<MeetingId>{MeetingId{raw.get<long long>()}};
}

DocumentChange ReadChange(JsonInput& input) {
  DocumentChange change;
  change.type = input.String("type");
  change.symbol = input.String("symbol");
  change.title = input.Localized("title");
  change.meeting = ReadMeeting(input);
  change.body = input.NullableString("body");
  change.access = input.String("access");
  return change;
}

// A new document: every field at once, unknown type or level reported with the rest.
Result<DocumentFields> ReadFields(JsonInput& input) {
  auto change = ReadChange(input);
  DocumentFields fields;
  FieldErrors errors;
  if (!change.type) {
    if (!input.Has("type")) errors.Add("type", reasons::kRequired);
  } else if (auto type = ParseDocumentType(*change.type)) {
    fields.type = *type;
  } else {
    errors.Add("type", reasons::kUnknownDocumentType);
  }
  if (!change.access) {
    if (!input.Has("access")) errors.Add("access", reasons::kRequired);
  } else if (auto access = ParseAccessLevel(*change.access)) {
    fields.access = *access;
  } else {
    errors.Add("access", reasons::kUnknownAccessLevel);
  }
  fields.symbol = change.symbol.value_or("");
  if (change.title) fields.title = *change.title;
  // The title is the service's to check; said here too so that a form hears every problem at once.
  auto blank = [](const std::optional<std::string>& text) { return !text || Trim(*text).empty(); };
  if (!errors.empty() && blank(fields.title.es) && blank(fields.title.en)) errors.Add("title", reasons::kRequired);
  if (change.meeting) fields.meeting = *change.meeting;
  if (change.body) fields.body = *change.body;
  Result<void> rules;
  if (!errors.empty()) rules = std::unexpected(errors.ToError());
  if (auto done = input.Finish(); !done) return std::unexpected(MergeFieldErrors(done.error(), rules));
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return fields;
}

Result<VersionUpload> ReadVersion(const Request& request) {
  if (!IsMultipart(request)) return std::unexpected(Error::Field("file_es", reasons::kNoFile));
  auto parts = ParseMultipart(request);
  if (!parts) return std::unexpected(parts.error());
  VersionUpload upload;
  for (auto& part : *parts) {
    if (part.name == "file_es" && part.file_name) {
      upload.file_es = UploadedFile{*part.file_name, std::move(part.content)};
    } else if (part.name == "file_en" && part.file_name) {
      upload.file_en = UploadedFile{*part.file_name, std::move(part.content)};
    } else if (part.name == "note") {
      upload.note = std::move(part.content);
    } else if (part.name == "name") {
      upload.name = std::move(part.content);
    }
  }
  return upload;
}

Result<int> PathNumberOf(const Request& request, const std::string& name) {
  auto text = request.PathParameter(name);
  try {
    std::size_t used = 0;
    auto value = std::stoll(text, &used);
    if (used == text.size() && value > 0 && value < 1'000'000) return static_cast<int>(value);
  } catch (const std::exception&) {
  }
  return std::unexpected(Error::NotFound());
}

nlohmann::json ListJson(const std::vector<Document>& documents) {
  auto items = nlohmann::json::array();
  for (const auto& document : documents) items.push_back(ToJson(document, false));
  return {{"items", items}};
}

nlohmann::json Detail(const Document& document) { return ToJson(document, true); }

const std::vector<QueryParameter> kFilterQuery = {
    {"meeting", "Id of the meeting the documents belong to", "integer"},
    {"type", "report, working_document, matrix, study, presentation or note"},
    {"language", "es or en: documents whose current version has a file in it"},
    {"q", "Words in the symbol or a title (accents and case aside)"}};

}  // namespace

void AddDocumentRoutes(Router& router, DocumentService& documents) {
  router.Add("GET", "/api/v1/documents",
             {.summary = "The documents of the library the caller may read, newest first",
              .tag = "documents",
              .response_schema = "DocumentList",
              .query = kFilterQuery,
              .who = "everybody; each caller sees the documents of the access levels open to them"},
             [&documents](Request& request) {
               auto filter = FilterFrom(request);
               if (!filter) return ErrorResponse(filter.error(), request);
               auto found = documents.List(request.Context(), *filter);
               if (!found) return ErrorResponse(found.error(), request);
               return JsonResponse(200, ListJson(*found));
             });
  router.Add("POST", "/api/v1/documents",
             {.summary = "Add a document to the library (its files come as versions)",
              .tag = "documents",
              .request_schema = "DocumentInput",
              .response_schema = "DocumentDetail",
              .success_status = 201,
              .who = "secretariat",
              .audit_action = "document.create",
              .record_type = "document"},
             [&documents](Request& request) {
               auto input = JsonInput::Parse(request);
               if (!input) return ErrorResponse(input.error(), request);
               auto fields = ReadFields(*input);
               if (!fields) return ErrorResponse(fields.error(), request);
               auto created = documents.Create(request.Context(), std::move(*fields));
               if (!created) return ErrorResponse(created.error(), request);
               return VersionedJson(201, Detail(*created), created->version)
                   .With("Location", "/api/v1/documents/" + std::to_string(created->id));
             });
  router.Add("GET", "/api/v1/documents/{id}",
             {.summary = "A document with its versions, files per language and owed translations",
              .tag = "documents",
              .response_schema = "DocumentDetail",
              .who = "whoever may read its access level (others: 404)"},
             [&documents](Request& request) {
               return WithId<DocumentId>(request, [&](DocumentId id) {
                 return VersionedRecord(request, documents.Get(request.Context(), id), 200, Detail);
               });
             });
  router.Add("PATCH", "/api/v1/documents/{id}",
             {.summary = "Edit a document's type, symbol, titles, meeting, body or access level",
              .tag = "documents",
              .request_schema = "DocumentChange",
              .response_schema = "DocumentDetail",
              .who = "secretariat",
              .requires_version = true,
              .audit_action = "document.update",
              .record_type = "document"},
             [&documents](Request& request) {
               return WithIdAndBody<DocumentId>(request, ReadChange, [&](DocumentId id, DocumentChange change) {
                 return VersionedRecord(
                     request, documents.Update(request.Context(), id, change, IfMatchVersion(request)), 200, Detail);
               });
             });
  router.Add("POST", "/api/v1/documents/{id}/versions",
             {.summary = "Upload a new version: a file_es and/or a file_en part (PDF, DOCX, XLSX, PPTX, ODT, PNG, "
                         "JPEG), a note, and a name to keep it by",
              .tag = "documents",
              .form_schema = "DocumentVersionForm",
              .response_schema = "DocumentDetail",
              .success_status = 201,
              .who = "secretariat",
              .audit_action = "document.upload",
              .record_type = "document",
              .accepts_files = true},
             [&documents](Request& request) {
               return WithId<DocumentId>(request, [&](DocumentId id) {
                 auto upload = ReadVersion(request);
                 if (!upload) return ErrorResponse(upload.error(), request);
                 return VersionedRecord(request, documents.AddVersion(request.Context(), id, std::move(*upload)), 201,
                                        Detail);
               });
             });
  router.Add("GET", "/api/v1/documents/{id}/versions/{v}/files/{lang}",
             {.summary = "A version's file in one language, as an attachment of its real type",
              .tag = "documents",
              .response_types = LibraryFileTypes(),
              .who = "whoever may read the document (others: 404); non-public downloads are audited"},
             [&documents](Request& request) {
               return WithId<DocumentId>(request, [&](DocumentId id) {
                 auto number = PathNumberOf(request, "v");
                 if (!number) return ErrorResponse(number.error(), request);
                 return FileDownloadResponse(
                     request, documents.GetFile(request.Context(), id, *number, request.PathParameter("lang")));
               });
             });
  router.Add("PUT", "/api/v1/documents/{id}/translations/{lang}",
             {.summary = "Record who translates the document into a language it lacks, by when, and the agreement "
                         "that asked for it",
              .tag = "documents",
              .request_schema = "TranslationInput",
              .response_schema = "DocumentDetail",
              .who = "secretariat",
              .audit_action = "document.translation",
              .record_type = "document"},
             [&documents](Request& request) {
               auto read = [](JsonInput& input) {
                 TranslationInput translation;
                 translation.translator = input.String("translator").value_or("");
                 if (auto due = input.NullableDate("due")) translation.due = *due;
                 if (auto agreement = input.Integer("agreement")) translation.agreement = AgreementId{*agreement};
                 return translation;
               };
               return WithIdAndBody<DocumentId>(request, read, [&](DocumentId id, TranslationInput translation) {
                 return VersionedRecord(request,
                                        documents.OweTranslation(request.Context(), id, request.PathParameter("lang"),
                                                                 std::move(translation)),
                                        200, Detail);
               });
             });
  router.Add("POST", "/api/v1/documents/{id}/distributions",
             {.summary = "Distribute a version to delegations with a message: each of their people gets a notice "
                         "and an e-mail with a personal link",
              .tag = "documents",
              .request_schema = "DistributionInput",
              .response_schema = "Distribution",
              .success_status = 201,
              .who = "secretariat",
              .audit_action = "document.distribute",
              .record_type = "document"},
             [&documents](Request& request) {
               auto read = [](JsonInput& input) {
                 DistributionRequest distribution;
                 distribution.version = static_cast<int>(input.Integer("version").value_or(0));
                 distribution.message = input.String("message").value_or("");
                 distribution.groups = input.StringList("groups").value_or(std::vector<std::string>{});
                 distribution.delegations = input.StringList("delegations").value_or(std::vector<std::string>{});
                 return distribution;
               };
               return WithIdAndBody<DocumentId>(request, read, [&](DocumentId id, DistributionRequest distribution) {
                 auto sent = documents.Distribute(request.Context(), id, std::move(distribution));
                 if (!sent) return ErrorResponse(sent.error(), request);
                 return JsonResponse(201, ToJson(*sent));
               });
             });
  router.Add("GET", "/api/v1/documents/{id}/distributions",
             {.summary = "The document's distributions, newest first, with the receipt of each delegation",
              .tag = "documents",
              .response_schema = "DistributionList",
              .who = "secretariat"},
             [&documents](Request& request) {
               return WithId<DocumentId>(request, [&](DocumentId id) {
                 auto found = documents.Distributions(request.Context(), id);
                 if (!found) return ErrorResponse(found.error(), request);
                 auto items = nlohmann::json::array();
                 for (const auto& distribution : *found) items.push_back(ToJson(distribution));
                 return JsonResponse(200, {{"items", items}});
               });
             });
  router.Add("POST", "/api/v1/documents/{id}/distributions/{distribution}/remind",
             {.summary = "E-mail again, with a fresh link, only the people of delegations that have not opened it",
              .tag = "documents",
              .response_schema = "Distribution",
              .who = "secretariat",
              .audit_action = "document.remind",
              .record_type = "document"},
             [&documents](Request& request) {
               return WithId<DocumentId>(request, [&](DocumentId id) {
                 auto which = PathId<DistributionId>(request, "distribution");
                 if (!which) return ErrorResponse(which.error(), request);
                 auto reminded = documents.Remind(request.Context(), id, *which);
                 if (!reminded) return ErrorResponse(reminded.error(), request);
                 return JsonResponse(200, ToJson(*reminded));
               });
             });
  router.Add("PUT", "/api/v1/documents/{id}/distributions/{distribution}/report",
             {.summary = "Whether the distribution's receipt list goes into the report of the document's meeting "
                         "(an annex of the PDF and DOCX; each reader sees the receipts of the documents they may read)",
              .tag = "documents",
              .request_schema = "DistributionReportInput",
              .response_schema = "Distribution",
              .who = "secretariat",
              .audit_action = "document.report_receipts",
              .record_type = "document"},
             [&documents](Request& request) {
               auto read = [](JsonInput& input) {
                 auto in_report = input.Bool("in_report");
                 if (!input.Has("in_report")) input.AddError("in_report", reasons::kRequired);
                 return in_report.value_or(false);
               };
               return WithIdAndBody<DocumentId>(request, read, [&](DocumentId id, bool in_report) {
                 auto which = PathId<DistributionId>(request, "distribution");
                 if (!which) return ErrorResponse(which.error(), request);
                 auto changed = documents.PutInReport(request.Context(), id, *which, in_report);
                 if (!changed) return ErrorResponse(changed.error(), request);
                 return JsonResponse(200, ToJson(*changed));
               });
             });
  router.Add("GET", "/api/v1/document-links/{token}",
             {.summary = "Open a personal link of a distribution: records the delegation's receipt and gives the "
                         "document as distributed",
              .tag = "documents",
              .response_schema = "ReceivedDocument",
              .who = "whoever holds the link (no session needed)"},
             [&documents](Request& request) {
               auto received = documents.Open(request.Context(), request.PathParameter("token"));
               if (!received) return ErrorResponse(received.error(), request);
               return JsonResponse(200, {{"document", Detail(received->document)},
                                         {"version", received->version},
                                         {"message", received->message},
                                         {"delegation", received->delegation},
                                         {"sent_at", FormatIsoTimestamp(received->sent_at)}})
                   .With("Cache-Control", "no-store");
             });
  router.Add("GET", "/api/v1/document-links/{token}/files/{lang}",
             {.summary = "Download the distributed version's file in one language through a personal link (records "
                         "the receipt too)",
              .tag = "documents",
              .response_types = LibraryFileTypes(),
              .who = "whoever holds the link (no session needed)"},
             [&documents](Request& request) {
               return FileDownloadResponse(request,
                                           documents.OpenFile(request.Context(), request.PathParameter("token"),
                                                              request.PathParameter("lang")));
             });
}

}  // namespace enlace::http
