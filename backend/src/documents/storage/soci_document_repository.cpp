// A document's versions and translations are read for a whole list at once (one query each, for
// every document of the list), so that the library's list costs three queries however long it is.
#include "documents/storage/soci_document_repository.hpp"

#include <map>

#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.process_id, d.type, d.symbol, d.title_es, d.title_en, d.meeting_id, d.body, d.access, "
    "d.created_by, u.name AS created_by_name, d.version, d.created_at, d.updated_at, d.source_file_id, "
    "d.commitment_id, "
    "d.update_id, d.owner_delegation FROM documents d JOIN users u ON "
    "u.id = d.created_by";

Document DocumentFrom(const Row& row) {
  Document document;
  document.id = DocumentId{row.IntOr("id")};
  document.process_id = ProcessId{row.IntOr("process_id")};
  auto& f = document.fields;
  auto type = ParseDocumentType(row.TextOr("type"));
  auto access = ParseAccessLevel(row.TextOr("access"));
  if (!type || !access)
    throw StorageFailure("document " + std::to_string(document.id) + " has an unknown type or level");
  f.type = *type;
  f.access = *access;
  f.symbol = row.TextOr("symbol");
  f.title = LocalizedText{row.Text("title_es"), row.Text("title_en")};
  f.meeting = OptionalId<MeetingId>(row.Int("meeting_id"));
  f.body = row.Text("body");
  if (auto file = row.Int("source_file_id")) {
    document.source = DocumentSource{AttachmentId{*file}, OptionalId<CommitmentId>(row.Int("commitment_id")),
                                     OptionalId<CommitmentUpdateId>(row.Int("update_id"))};
  }
  document.owner = row.Text("owner_delegation");
  document.created_by = PersonName{UserId{row.IntOr("created_by")}, row.TextOr("created_by_name")};
  document.version = row.IntOr("version", 1);
  document.created_at = TimestampFrom(row.TextOr("created_at"));
  document.updated_at = TimestampFrom(row.TextOr("updated_at"));
  return document;
}

std::optional<long long> Number(const std::optional<MeetingId>& id) {
  if (!id) return std::nullopt;
  return static_cast<long long>(*id);
}

Sql& BindFields(Sql& sql, const Document& document) {
  const auto& f = document.fields;
  return sql.Bind("type", std::string(ToString(f.type)))
      .Bind("symbol", f.symbol)
      .Bind("title_es", f.title.es)
      .Bind("title_en", f.title.en)
      .Bind("meeting", Number(f.meeting))
      .Bind("body", f.body)
      .Bind("access", std::string(ToString(f.access)))
      .Bind("updated", FormatIsoTimestamp(document.updated_at));
}

std::optional<StoredFile> FileFrom(const Row& row, const std::string& prefix) {
  auto id = row.Int(prefix + "_id");
  if (!id) return std::nullopt;
  StoredFile file;
  file.id = AttachmentId{*id};
  file.file_name = row.TextOr(prefix + "_name");
  file.content_type = row.TextOr(prefix + "_type");
  file.size = row.IntOr(prefix + "_size");
  file.sha256 = row.TextOr(prefix + "_sha");
  file.storage_key = "files/" + std::to_string(*id);
  return file;
}

DistributionRecipient RecipientFrom(const Row& row) {
  DistributionRecipient recipient;
  recipient.id = row.IntOr("id");
  recipient.distribution = DistributionId{row.IntOr("distribution_id")};
  recipient.delegation = row.TextOr("delegation");
  auto kind = row.TextOr("kind");
  recipient.kind = kind == "observer"        ? DelegationKind::kObserver
                   : kind == "civil_society" ? DelegationKind::kCivilSociety
                                             : DelegationKind::kCountry;
  recipient.user = UserId{row.IntOr("user_id")};
  recipient.token_hash = row.TextOr("token_hash");
  recipient.opened_at = OptionalTimestampFrom(row.Text("opened_at"));
  recipient.reminded_at = OptionalTimestampFrom(row.Text("reminded_at"));
  return recipient;
}

constexpr const char* kRecipientColumns =
    "SELECT id, distribution_id, delegation, kind, user_id, token_hash, opened_at, reminded_at FROM "
    "document_recipients";

Distribution DistributionFrom(const Row& row) {
  Distribution distribution;
  distribution.id = DistributionId{row.IntOr("id")};
  distribution.document = DocumentId{row.IntOr("document_id")};
  distribution.version = static_cast<int>(row.IntOr("version_number"));
  distribution.message = row.TextOr("message");
  distribution.sent_by = PersonName{UserId{row.IntOr("sent_by")}, row.TextOr("sent_by_name")};
  distribution.sent_at = TimestampFrom(row.TextOr("sent_at"));
  distribution.in_report = row.IntOr("in_report") != 0;
  return distribution;
}

constexpr const char* kDistributionColumns =
    "SELECT x.id, x.document_id, x.version_number, x.message, x.sent_by, u.name AS sent_by_name, x.sent_at, "
    "x.in_report FROM "
    "document_distributions x JOIN users u ON u.id = x.sent_by";

}  // namespace

DocumentId SociDocumentRepository::Create(const Document& document) {
  Sql sql(session_,
          "INSERT INTO documents (process_id, type, symbol, title_es, title_en, meeting_id, body, access, created_by, "
          "version, created_at, updated_at) VALUES (:process, :type, :symbol, :title_es, :title_en, :meeting, :body, "
          ":access, :created_by, 1, :created, :updated) RETURNING id");
  auto row = BindFields(sql, document)
                 .Bind("process", static_cast<long long>(document.process_id))
                 .Bind("created_by", static_cast<long long>(document.created_by.id))
                 .Bind("created", FormatIsoTimestamp(document.created_at))
                 .FetchOne();
  return DocumentId{row->IntOr("id")};
}

std::optional<Document> SociDocumentRepository::Find(ProcessId process, DocumentId id) {
  auto row = Sql(session_, std::string(kDocumentColumns) + " WHERE d.id = :id AND d.process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  std::vector<Document> documents{DocumentFrom(*row)};
  Complete(documents);
  return documents.front();
}

std::vector<Document> SociDocumentRepository::List(ProcessId process, const DocumentFilter& filter) {
  std::string text = std::string(kDocumentColumns) + " WHERE d.process_id = :process";
  if (filter.meeting) text += " AND d.meeting_id = :meeting";
  if (filter.type) text += " AND d.type = :type";
  text += " ORDER BY d.updated_at DESC, d.id DESC";
  Sql sql(session_, text);
  sql.Bind("process", static_cast<long long>(process));
  if (filter.meeting) sql.Bind("meeting", static_cast<long long>(*filter.meeting));
  if (filter.type) sql.Bind("type", std::string(ToString(*filter.type)));
  std::vector<Document> documents;
  for (const auto& row : sql.Fetch()) documents.push_back(DocumentFrom(row));
  Complete(documents);
  return documents;
}

void SociDocumentRepository::Complete(std::vector<Document>& documents) {
  if (documents.empty()) return;
  std::map<long long, Document*> by_id;
  std::string ids;
  for (auto& document : documents) {
    by_id[document.id] = &document;
    ids += (ids.empty() ? "" : ",") + std::to_string(static_cast<long long>(document.id));
  }
  // The ids are numbers this repository read: safe to write into the statement.
  for (const auto& row :
       Sql(session_,
           "SELECT v.id, v.document_id, v.number, v.note, v.name, v.uploaded_by, u.name AS uploaded_by_name, "
           "v.uploaded_at, fe.id AS es_id, fe.file_name AS es_name, fe.content_type AS es_type, fe.size AS es_size, "
           "fe.sha256 AS es_sha, fn.id AS en_id, fn.file_name AS en_name, fn.content_type AS en_type, fn.size AS "
           "en_size, fn.sha256 AS en_sha FROM document_versions v JOIN users u ON u.id = v.uploaded_by LEFT JOIN files "
           "fe ON fe.id = v.file_es_id LEFT JOIN files fn ON fn.id = v.file_en_id WHERE v.document_id IN (" +
               ids + ") ORDER BY v.document_id, v.number")
           .Fetch()) {
    DocumentVersion version;
    version.id = row.IntOr("id");
    version.number = static_cast<int>(row.IntOr("number"));
    version.note = row.TextOr("note");
    version.name = row.Text("name");
    version.uploaded_by = PersonName{UserId{row.IntOr("uploaded_by")}, row.TextOr("uploaded_by_name")};
    version.uploaded_at = TimestampFrom(row.TextOr("uploaded_at"));
    version.file_es = FileFrom(row, "es");
    version.file_en = FileFrom(row, "en");
    by_id[row.IntOr("document_id")]->versions.push_back(std::move(version));
  }
  for (const auto& row :
       Sql(session_,
           "SELECT t.document_id, t.language, t.translator, t.due, t.agreement_id, a.number AS agreement_number, "
           "t.recorded_by, u.name AS recorded_by_name, t.recorded_at FROM document_translations t JOIN users u ON "
           "u.id = t.recorded_by LEFT JOIN agreements a ON a.id = t.agreement_id WHERE t.document_id IN (" +
               ids + ") ORDER BY t.document_id, t.language DESC")
           .Fetch()) {
    DocumentTranslationCommitment commitment;
    commitment.language = row.TextOr("language");
    commitment.translator = row.TextOr("translator");
    if (auto due = row.Text("due")) commitment.due = ParseIsoDate(*due);
    commitment.agreement = OptionalId<AgreementId>(row.Int("agreement_id"));
    commitment.agreement_number = row.Text("agreement_number");
    commitment.recorded_by = PersonName{UserId{row.IntOr("recorded_by")}, row.TextOr("recorded_by_name")};
    commitment.recorded_at = TimestampFrom(row.TextOr("recorded_at"));
    by_id[row.IntOr("document_id")]->translations.push_back(std::move(commitment));
  }
  // A translation that has arrived is no longer owed: only pending languages keep theirs.
  for (auto& document : documents) {
    auto pending = document.PendingLanguages();
    std::erase_if(document.translations, [&](const DocumentTranslationCommitment& commitment) {
      return std::ranges::find(pending, commitment.language) == pending.end();
    });
  }
}

bool SociDocumentRepository::Update(const Document& document, std::int64_t expected_version) {
  Sql sql(session_,
          "UPDATE documents SET type = :type, symbol = :symbol, title_es = :title_es, title_en = :title_en, "
          "meeting_id = :meeting, body = :body, access = :access, updated_at = :updated, version = version + 1 "
          "WHERE id = :id AND version = :expected");
  return BindFields(sql, document)
             .Bind("id", static_cast<long long>(document.id))
             .Bind("expected", static_cast<long long>(expected_version))
             .Execute() == 1;
}

int SociDocumentRepository::AddVersion(DocumentId document, const DocumentVersion& version) {
  auto next =
      Sql(session_, "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM document_versions WHERE document_id = :id")
          .Bind("id", static_cast<long long>(document))
          .FetchOne();
  int number = static_cast<int>(next->IntOr("next", 1));
  auto file_id = [](const std::optional<StoredFile>& file) -> std::optional<long long> {
    if (!file) return std::nullopt;
    return static_cast<long long>(file->id);
  };
  Sql(session_,
      "INSERT INTO document_versions (document_id, number, file_es_id, file_en_id, note, name, uploaded_by, "
      "uploaded_at) VALUES (:document, :number, :es, :en, :note, :name, :by, :at)")
      .Bind("document", static_cast<long long>(document))
      .Bind("number", number)
      .Bind("es", file_id(version.file_es))
      .Bind("en", file_id(version.file_en))
      .Bind("note", version.note)
      .Bind("name", version.name)
      .Bind("by", static_cast<long long>(version.uploaded_by.id))
      .Bind("at", FormatIsoTimestamp(version.uploaded_at))
      .Execute();
  Sql(session_, "UPDATE documents SET version = version + 1, updated_at = :at WHERE id = :id")
      .Bind("at", FormatIsoTimestamp(version.uploaded_at))
      .Bind("id", static_cast<long long>(document))
      .Execute();
  return number;
}

void SociDocumentRepository::SetTranslation(DocumentId document, const DocumentTranslationCommitment& commitment) {
  Sql(session_, "DELETE FROM document_translations WHERE document_id = :id AND language = :language")
      .Bind("id", static_cast<long long>(document))
      .Bind("language", commitment.language)
      .Execute();
  std::optional<std::string> due;
  if (commitment.due) due = FormatIsoDate(*commitment.due);
  std::optional<long long> agreement;
  if (commitment.agreement) agreement = static_cast<long long>(*commitment.agreement);
  Sql(session_,
      "INSERT INTO document_translations (document_id, language, translator, due, agreement_id, recorded_by, "
      "recorded_at) VALUES (:id, :language, :translator, :due, :agreement, :by, :at)")
      .Bind("id", static_cast<long long>(document))
      .Bind("language", commitment.language)
      .Bind("translator", commitment.translator)
      .Bind("due", due)
      .Bind("agreement", agreement)
      .Bind("by", static_cast<long long>(commitment.recorded_by.id))
      .Bind("at", FormatIsoTimestamp(commitment.recorded_at))
      .Execute();
  Sql(session_, "UPDATE documents SET version = version + 1 WHERE id = :id")
      .Bind("id", static_cast<long long>(document))
      .Execute();
}

DistributionId SociDocumentRepository::AddDistribution(const Distribution& distribution) {
  auto row = Sql(session_,
                 "INSERT INTO document_distributions (document_id, version_number, message, sent_by, sent_at) VALUES "
                 "(:document, :version, :message, :by, :at) RETURNING id")
                 .Bind("document", static_cast<long long>(distribution.document))
                 .Bind("version", distribution.version)
                 .Bind("message", distribution.message)
                 .Bind("by", static_cast<long long>(distribution.sent_by.id))
                 .Bind("at", FormatIsoTimestamp(distribution.sent_at))
                 .FetchOne();
  return DistributionId{row->IntOr("id")};
}

void SociDocumentRepository::AddRecipient(const DistributionRecipient& recipient) {
  Sql(session_,
      "INSERT INTO document_recipients (distribution_id, delegation, kind, user_id, token_hash) VALUES "
      "(:distribution, :delegation, :kind, :user, :token)")
      .Bind("distribution", static_cast<long long>(recipient.distribution))
      .Bind("delegation", recipient.delegation)
      .Bind("kind", std::string(ToString(recipient.kind)))
      .Bind("user", static_cast<long long>(recipient.user))
      .Bind("token", recipient.token_hash)
      .Execute();
}

std::vector<Distribution> SociDocumentRepository::Distributions(DocumentId document) {
  std::vector<Distribution> distributions;
  std::map<long long, std::size_t> index;
  for (const auto& row : Sql(session_, std::string(kDistributionColumns) +
                                           " WHERE x.document_id = :id ORDER BY x.sent_at DESC, x.id DESC")
                             .Bind("id", static_cast<long long>(document))
                             .Fetch()) {
    index[row.IntOr("id")] = distributions.size();
    distributions.push_back(DistributionFrom(row));
  }
  // Receipts per delegation: people reached, the first opening and by whom, the last reminder.
  for (const auto& row :
       Sql(session_,
           "SELECT r.distribution_id, r.delegation, r.kind, r.opened_at, r.reminded_at, u.name AS user_name FROM "
           "document_recipients r JOIN document_distributions x ON x.id = r.distribution_id JOIN users u ON u.id = "
           "r.user_id WHERE x.document_id = :id ORDER BY r.distribution_id, r.id")
           .Bind("id", static_cast<long long>(document))
           .Fetch()) {
    auto& distribution = distributions[index.at(row.IntOr("distribution_id"))];
    auto delegation = row.TextOr("delegation");
    auto receipt = std::ranges::find_if(distribution.receipts,
                                        [&](const Receipt& existing) { return existing.delegation == delegation; });
    if (receipt == distribution.receipts.end()) {
      Receipt fresh;
      fresh.delegation = delegation;
      auto kind = row.TextOr("kind");
      fresh.kind = kind == "observer"        ? DelegationKind::kObserver
                   : kind == "civil_society" ? DelegationKind::kCivilSociety
                                             : DelegationKind::kCountry;
      distribution.receipts.push_back(fresh);
      receipt = std::prev(distribution.receipts.end());
    }
    ++receipt->recipients;
    if (auto opened = OptionalTimestampFrom(row.Text("opened_at"))) {
      if (!receipt->opened_at || *opened < *receipt->opened_at) {
        receipt->opened_at = opened;
        receipt->opened_by = row.TextOr("user_name");
      }
    }
    if (auto reminded = OptionalTimestampFrom(row.Text("reminded_at"))) {
      if (!receipt->reminded_at || *reminded > *receipt->reminded_at) receipt->reminded_at = reminded;
    }
  }
  return distributions;
}

std::vector<DistributionRecipient> SociDocumentRepository::Recipients(DistributionId distribution) {
  std::vector<DistributionRecipient> recipients;
  for (const auto& row : Sql(session_, std::string(kRecipientColumns) + " WHERE distribution_id = :id ORDER BY id")
                             .Bind("id", static_cast<long long>(distribution))
                             .Fetch())
    recipients.push_back(RecipientFrom(row));
  return recipients;
}

std::optional<DistributionRecipient> SociDocumentRepository::RecipientByTokenHash(const std::string& token_hash) {
  auto row =
      Sql(session_, std::string(kRecipientColumns) + " WHERE token_hash = :hash").Bind("hash", token_hash).FetchOne();
  if (!row) return std::nullopt;
  return RecipientFrom(*row);
}

std::optional<Distribution> SociDocumentRepository::FindDistribution(DistributionId distribution) {
  auto row = Sql(session_, std::string(kDistributionColumns) + " WHERE x.id = :id")
                 .Bind("id", static_cast<long long>(distribution))
                 .FetchOne();
  if (!row) return std::nullopt;
  return DistributionFrom(*row);
}

void SociDocumentRepository::MarkOpened(std::int64_t recipient, Timestamp at) {
  Sql(session_, "UPDATE document_recipients SET opened_at = :at WHERE id = :id AND opened_at IS NULL")
      .Bind("at", FormatIsoTimestamp(at))
      .Bind("id", static_cast<long long>(recipient))
      .Execute();
}

void SociDocumentRepository::MarkReminded(std::int64_t recipient, const std::string& token_hash, Timestamp at) {
  Sql(session_, "UPDATE document_recipients SET reminded_at = :at, token_hash = :hash WHERE id = :id")
      .Bind("at", FormatIsoTimestamp(at))
      .Bind("hash", token_hash)
      .Bind("id", static_cast<long long>(recipient))
      .Execute();
}

void SociDocumentRepository::SetInReport(DistributionId distribution, bool in_report) {
  Sql(session_, "UPDATE document_distributions SET in_report = :in_report WHERE id = :id")
      .Bind("in_report", in_report ? 1 : 0)
      .Bind("id", static_cast<long long>(distribution))
      .Execute();
}

void RegisterDocumentRepositories(RepositoryRegistry& registry) {
  registry.Add<DocumentRepository, SociDocumentRepository>();
}

}  // namespace enlace::storage
