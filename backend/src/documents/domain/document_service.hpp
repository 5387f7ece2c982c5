// The document library (M20–M22): what the Secretariat and the delegations do with documents.
// Every operation opens one transaction, asks the policy (document_policy.hpp), validates, writes,
// and appends its audit entry in the same transaction; a failure anywhere leaves nothing behind.
//
// Distribution (M21): each active person of each delegation chosen gets an in-app notice and an
// e-mail with a personal link, `<base_url>/received/<token>`: 32 random bytes of which only the
// SHA-256 is kept. Opening the link (or downloading through it) records the person's delegation's
// receipt — any of its people counts, the first opening is kept — without signing in, and is
// audited as that person. A reminder goes only to the people of delegations with no receipt yet,
// with a fresh link (the earlier one stops working). A link lasts `link_lifetime` from its e-mail.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "documents/domain/document.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/files.hpp"
#include "kernel/domain/mail.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "meetings/domain/package_documents.hpp"
#include "meetings/domain/report_annex.hpp"

namespace enlace {

// A new version: a file in Spanish and/or English, a note, and a name when it is to be kept.
struct VersionUpload {
  std::optional<UploadedFile> file_es;
  std::optional<UploadedFile> file_en;
  std::string note;
  std::string name;
};

struct TranslationInput {
  std::string translator;
  std::optional<Date> due;
  std::optional<AgreementId> agreement;
};

// What a personal link opens: the document as distributed, and the message that came with it.
struct ReceivedDocument {
  Document document;
  int version = 0;
  std::string message;
  std::string delegation;
  Timestamp sent_at{};
};

struct DocumentSettings {
  std::string base_url = "http://127.0.0.1:8080";  // for the links in e-mails
  std::chrono::days link_lifetime{180};
};

class DocumentService {
 public:
  // `mailer` is asked at each delivery (the server may set it after the services are built); it
  // may give null, and then distributions reach people only in the application.
  DocumentService(Store& store, const SecretGenerator& secrets, const Clock& clock, const Texts& texts,
                  std::function<Mailer*()> mailer, DocumentSettings settings = {});

  // The documents the caller may read (anonymous: the public ones), newest first.
  Result<std::vector<Document>> List(const RequestContext& context, const DocumentFilter& filter);
  // kNotFound also when the caller may not read it.
  Result<Document> Get(const RequestContext& context, DocumentId id);
  Result<Document> Create(const RequestContext& context, DocumentFields fields);
  Result<Document> Update(const RequestContext& context, DocumentId id, const DocumentChange& change,
                          std::optional<std::int64_t> expected_version);
  Result<Document> AddVersion(const RequestContext& context, DocumentId id, VersionUpload upload);
  // Records who translates the current version into `language`, by when, under which agreement.
  Result<Document> OweTranslation(const RequestContext& context, DocumentId id, const std::string& language,
                                  TranslationInput input);
  // A version's file in one language, as an attachment; downloads of non-public files are audited.
  Result<FileDownload> GetFile(const RequestContext& context, DocumentId id, int version, const std::string& language);

  Result<Distribution> Distribute(const RequestContext& context, DocumentId id, DistributionRequest request);
  Result<std::vector<Distribution>> Distributions(const RequestContext& context, DocumentId id);
  // A second e-mail to the people of the delegations that have not opened the distribution.
  Result<Distribution> Remind(const RequestContext& context, DocumentId id, DistributionId distribution);

  // Whether a distribution's receipt list goes into its meeting's report (the Secretariat; 409
  // document_not_at_meeting for a document of no meeting).
  Result<Distribution> PutInReport(const RequestContext& context, DocumentId id, DistributionId distribution,
                                   bool in_report);
  // The receipts annex of a meeting's report as `context` may read it: the distributions put in the
  // report, of the meeting's documents the reader may read, one row per delegation; none when none.
  std::vector<ReportAnnex> ReceiptAnnexes(const RequestContext& context, MeetingId meeting,
                                          const std::string& language);

  // The meeting's documents for its package in `languages` (document_package.hpp: those `context`
  // may read but the meeting's attachments, each at its frozen version), each file with a reader
  // of its bytes a piece at a time (its first piece through FileRange, the rest by range only).
  std::vector<PackageDocument> ForPackage(const RequestContext& context, MeetingId meeting,
                                          const std::vector<std::string>& languages);
  // `length` bytes from `offset` of `file`, a file of one of the versions of document `id`, when
  // `context` may read the document (asked at every call); kNotFound otherwise.
  Result<std::string> FileRange(const RequestContext& context, DocumentId id, AttachmentId file, std::int64_t offset,
                                std::int64_t length);

  // A personal link: records the receipt, and gives the document as distributed.
  Result<ReceivedDocument> Open(const RequestContext& context, const std::string& token);
  Result<FileDownload> OpenFile(const RequestContext& context, const std::string& token, const std::string& language);

  // For other capabilities (search): every document of the process with its current titles, its
  // access level and its current files; the caller filters by what its reader may see.
  std::vector<DocumentSummary> Summaries(ProcessId process);
  // The bytes of a stored file, by id (search indexing, packages); nullopt when there is none.
  std::optional<FileDownload> FileContent(ProcessId process, AttachmentId file);

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
  const Texts& texts_;
  std::function<Mailer*()> mailer_;
  DocumentSettings settings_;
};

}  // namespace enlace
