// Legislation matrices over SOCI, for SQLite and PostgreSQL alike.
#pragma once

#include <soci/soci.h>

#include "kernel/storage/storage_module.hpp"
#include "matrices/domain/matrix_repository.hpp"

namespace enlace::storage {

class SociMatrixRepository final : public MatrixRepository {
 public:
  explicit SociMatrixRepository(Connection& connection) : session_(connection.session) {}
  Matrix Create(const Matrix& matrix) override;
  std::vector<Matrix> List(ProcessId process) override;
  std::optional<Matrix> Find(ProcessId process, MatrixId id) override;
  MatrixTopic AddTopic(MatrixId matrix, const MatrixTopic& topic) override;
  MatrixRound AddRound(MatrixId matrix, const MatrixRound& round) override;
  void CloseRound(MatrixRoundId round, Timestamp at) override;
  std::vector<RoundColumn> Columns(MatrixRoundId round) override;
  void SaveColumn(MatrixRoundId round, const RoundColumn& column) override;
  std::optional<DraftCell> FindDraft(MatrixRoundId round, MatrixTopicId topic, const std::string& country) override;
  std::vector<DraftCell> Drafts(MatrixRoundId round, const std::optional<std::string>& country) override;
  std::optional<std::int64_t> SaveDraft(MatrixRoundId round, const DraftCell& draft,
                                        std::int64_t expected_version) override;
  void AddEdit(MatrixId matrix, MatrixRoundId round, const CellEdit& edit) override;
  std::vector<CellEdit> Edits(MatrixId matrix, MatrixTopicId topic, const std::string& country) override;
  void Publish(MatrixId matrix, MatrixRoundId round, const MatrixCell& cell) override;
  std::optional<MatrixCell> PublishedCell(MatrixId matrix, MatrixTopicId topic, const std::string& country,
                                          int up_to_round) override;
  std::vector<MatrixCell> PublishedCells(MatrixId matrix) override;
  std::vector<TranslationCommitment> TranslationCommitments(MatrixId matrix) override;
  std::optional<std::int64_t> SaveTranslationCommitment(MatrixId matrix, const TranslationCommitment& commitment,
                                                        std::int64_t expected_version) override;
  std::vector<MatrixCell> CellVersions(MatrixId matrix, MatrixTopicId topic, const std::string& country) override;
  std::vector<MatrixCell> LatestCells(MatrixId matrix, std::optional<int> up_to_round) override;
  std::string PublishedStamp(MatrixId matrix) override;

 private:
  soci::session& session_;
};

void RegisterMatrixRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
