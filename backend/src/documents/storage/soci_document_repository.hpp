// Documents, versions, owed translations and distributions over SOCI, for SQLite and PostgreSQL.
#pragma once

#include <soci/soci.h>

#include "documents/domain/document_repository.hpp"
#include "kernel/storage/storage_module.hpp"

namespace enlace::storage {

class SociDocumentRepository final : public DocumentRepository {
 public:
  explicit SociDocumentRepository(Connection& connection) : session_(connection.session) {}
  DocumentId Create(const Document& document) override;
  std::optional<Document> Find(ProcessId process, DocumentId id) override;
  std::vector<Document> List(ProcessId process, const DocumentFilter& filter) override;
  bool Update(const Document& document, std::int64_t expected_version) override;
  int AddVersion(DocumentId document, const DocumentVersion& version) override;
  void SetTranslation(DocumentId document, const DocumentTranslationCommitment& commitment) override;
  DistributionId AddDistribution(const Distribution& distribution) override;
  void AddRecipient(const DistributionRecipient& recipient) override;
  std::vector<Distribution> Distributions(DocumentId document) override;
  std::vector<DistributionRecipient> Recipients(DistributionId distribution) override;
  std::optional<DistributionRecipient> RecipientByTokenHash(const std::string& token_hash) override;
  std::optional<Distribution> FindDistribution(DistributionId distribution) override;
  void MarkOpened(std::int64_t recipient, Timestamp at) override;
  void MarkReminded(std::int64_t recipient, const std::string& token_hash, Timestamp at) override;
  void SetInReport(DistributionId distribution, bool in_report) override;

 private:
  // Versions and translations of the documents in `documents`, in two queries.
  void Complete(std::vector<Document>& documents);
  soci::session& session_;
};

void RegisterDocumentRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
