// Where matrices, their topics, rounds, columns, drafts and published cells are kept (implemented
// over SOCI in matrices/storage). MatrixCell contents are stored as JSON text (matrix_json.hpp), the same
// on both databases; published cells are only ever added.
#pragma once

#include <optional>
#include <vector>

#include "kernel/domain/store.hpp"
#include "matrices/domain/matrix.hpp"

namespace enlace {

class MatrixRepository : public Repository {
 public:
  virtual ~MatrixRepository() = default;
  virtual Matrix Create(const Matrix& matrix) = 0;
  // Without topics, rounds or cells.
  virtual std::vector<Matrix> List(ProcessId process) = 0;
  // With topics and rounds; no cells (PublishedCells). Nullopt when not in `process`.
  virtual std::optional<Matrix> Find(ProcessId process, MatrixId id) = 0;
  virtual MatrixTopic AddTopic(MatrixId matrix, const MatrixTopic& topic) = 0;

  virtual MatrixRound AddRound(MatrixId matrix, const MatrixRound& round) = 0;
  virtual void CloseRound(MatrixRoundId round, Timestamp at) = 0;
  // The columns that have a state other than not_started.
  virtual std::vector<RoundColumn> Columns(MatrixRoundId round) = 0;
  virtual void SaveColumn(MatrixRoundId round, const RoundColumn& column) = 0;

  virtual std::optional<DraftCell> FindDraft(MatrixRoundId round, MatrixTopicId topic, const std::string& country) = 0;
  // Every draft of the round, of one country when given.
  virtual std::vector<DraftCell> Drafts(MatrixRoundId round, const std::optional<std::string>& country) = 0;
  // Inserts the draft when `expected_version` is 0 and there is none, else updates it when its
  // version is `expected_version`; the stored draft's new version, or nullopt when stale.
  virtual std::optional<std::int64_t> SaveDraft(MatrixRoundId round, const DraftCell& draft,
                                                std::int64_t expected_version) = 0;
  virtual void AddEdit(MatrixId matrix, MatrixRoundId round, const CellEdit& edit) = 0;
  virtual std::vector<CellEdit> Edits(MatrixId matrix, MatrixTopicId topic, const std::string& country) = 0;

  virtual void Publish(MatrixId matrix, MatrixRoundId round, const MatrixCell& cell) = 0;
  // The published version of one cell as of round `up_to_round` (its latest at or before it).
  virtual std::optional<MatrixCell> PublishedCell(MatrixId matrix, MatrixTopicId topic, const std::string& country,
                                                  int up_to_round) = 0;
  // Every published version of every cell of the matrix (SnapshotAsOf picks a round's).
  virtual std::vector<MatrixCell> PublishedCells(MatrixId matrix) = 0;
  virtual std::vector<TranslationCommitment> TranslationCommitments(MatrixId matrix) = 0;
  // Inserts when `expected_version` is 0 and there is none, else updates when its version is
  // `expected_version`; the new version, or nullopt when stale.
  virtual std::optional<std::int64_t> SaveTranslationCommitment(MatrixId matrix,
                                                                const TranslationCommitment& commitment,
                                                                std::int64_t expected_version) = 0;
  // Every published version of one cell, oldest first.
  virtual std::vector<MatrixCell> CellVersions(MatrixId matrix, MatrixTopicId topic, const std::string& country) = 0;
  // The matrix as of round `up_to_round` (every round when nullopt): the latest version of each
  // cell at or before it, picked by the database (only those rows are read), by topic id then
  // country — what SnapshotAsOf(PublishedCells(matrix), up_to_round) gives.
  virtual std::vector<MatrixCell> LatestCells(MatrixId matrix, std::optional<int> up_to_round) = 0;
  // Changes whenever what LatestCells gives may have changed: cells are only ever added (a count
  // and the last id), and the names of the people on them come from the accounts (their last edit).
  virtual std::string PublishedStamp(MatrixId matrix) = 0;
};

}  // namespace enlace
