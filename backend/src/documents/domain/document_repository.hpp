// Where documents, their versions, owed translations and distributions are kept (implemented in
// documents/storage). File bytes are kept by the meetings capability's FileRepository; this
// repository keeps which file is which version's file in which language.
#pragma once

#include <optional>
#include <vector>

#include "documents/domain/document.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

class DocumentRepository : public Repository {
 public:
  virtual ~DocumentRepository() = default;
  // Stores a new document (record version 1) and returns its id.
  virtual DocumentId Create(const Document& document) = 0;
  // The document with its versions (and their files' descriptions) and owed translations; nullopt
  // when it is not in `process`.
  virtual std::optional<Document> Find(ProcessId process, DocumentId id) = 0;
  // Newest first, with versions and translations, filtered by meeting and type (the caller
  // filters by language, words and access).
  virtual std::vector<Document> List(ProcessId process, const DocumentFilter& filter) = 0;
  // Writes the fields when the stored version is `expected_version`, and bumps it; false when stale.
  virtual bool Update(const Document& document, std::int64_t expected_version) = 0;
  // Adds a version with the next number and bumps the record's version.
  virtual int AddVersion(DocumentId document, const DocumentVersion& version) = 0;
  // Replaces the owed translation of `commitment.language` (one per language).
  virtual void SetTranslation(DocumentId document, const DocumentTranslationCommitment& commitment) = 0;

  virtual DistributionId AddDistribution(const Distribution& distribution) = 0;
  virtual void AddRecipient(const DistributionRecipient& recipient) = 0;
  // The distributions of a document, newest first, with their recipients' receipts folded per
  // delegation (names left for the service to fill).
  virtual std::vector<Distribution> Distributions(DocumentId document) = 0;
  virtual std::vector<DistributionRecipient> Recipients(DistributionId distribution) = 0;
  virtual std::optional<DistributionRecipient> RecipientByTokenHash(const std::string& token_hash) = 0;
  // The distribution a recipient's link belongs to (with its document id and version number).
  virtual std::optional<Distribution> FindDistribution(DistributionId distribution) = 0;
  // Records the first opening through a recipient's link; later ones change nothing.
  virtual void MarkOpened(std::int64_t recipient, Timestamp at) = 0;
  // Whether the distribution's receipt list goes into its meeting's report.
  virtual void SetInReport(DistributionId distribution, bool in_report) = 0;
  // A reminder's fresh link replaces the recipient's earlier one.
  virtual void MarkReminded(std::int64_t recipient, const std::string& token_hash, Timestamp at) = 0;
};

}  // namespace enlace
