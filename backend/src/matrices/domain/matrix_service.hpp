// Legislation matrices (M7–M10): what the Secretariat and the countries do with them. Every
// operation opens one transaction, asks the policy (matrix_policy.hpp), then the rules
// (matrix.hpp), writes, and appends its audit entry in the same transaction: a failure anywhere
// leaves nothing behind. Refused writes are recorded by the HTTP pipeline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "matrices/domain/matrix.hpp"
#include "matrices/domain/word_diff.hpp"

namespace enlace {

// A round with a column for every member country (not_started where it has none yet).
struct RoundView {
  MatrixRound round;
  std::vector<RoundColumn> columns;
};

// One cell that changed between two published rounds, with the words that changed.
struct CellChange {
  MatrixTopicId topic;
  std::string country;
  int from_round = 0;  // 0: the cell was empty as of the "since" round
  int to_round = 0;
  std::string before;
  std::string after;
  std::vector<DiffSegment> diff;
};

struct ChangesQuery {
  int since_round = 0;
  std::optional<std::string> country;
  std::string language = "es";
};

// A country's draft cell in a round; when the country has not written it yet, `draft.version` is
// 0 and its content is the published cell's (what the country starts from).
struct DraftView {
  DraftCell draft;
  int round = 0;
  int outdated_after_days = kDefaultOutdatedAfterDays;
  std::optional<MatrixCell> published;
};

// A matrix with the cells of one published round or of a country's drafts, for the exports.
struct MatrixSnapshot {
  Matrix matrix;
  std::optional<int> round;  // the round asked for; nullopt: the latest published
};

class MatrixService {
 public:
  MatrixService(Store& store, const Clock& clock, const Texts& texts);

  Result<std::vector<Matrix>> List(const RequestContext& context);
  // The matrix with its published cells as of `as_of_round` (a closed round's number), or the
  // latest; kNotFound for a round the matrix does not have closed.
  Result<Matrix> Get(const RequestContext& context, MatrixId id, std::optional<int> as_of_round = std::nullopt);
  Result<Matrix> Create(const RequestContext& context, MatrixInput input);
  Result<Matrix> AddTopic(const RequestContext& context, MatrixId id, TopicInput input);

  // Opens the next round; one open round at a time (409 matrix_round_already_open).
  Result<RoundView> OpenRound(const RequestContext& context, MatrixId id, RoundInput input);
  Result<RoundView> GetRound(const RequestContext& context, MatrixId id, int round);
  // Closes an open round and publishes its validated columns together.
  Result<RoundView> CloseRound(const RequestContext& context, MatrixId id, int round);

  Result<DraftView> GetDraft(const RequestContext& context, MatrixId id, int round, MatrixTopicId topic,
                             const std::string& country);
  // Writes a country's draft cell. Needs the version it started from once the draft exists (428
  // without, 412 when stale); 0 or none for the first write.
  Result<DraftView> SaveDraft(const RequestContext& context, MatrixId id, int round, MatrixTopicId topic,
                              const std::string& country, CellContent content,
                              std::optional<std::int64_t> expected_version);
  // Submit (the country or the Secretariat), return with a reason, validate (the Secretariat).
  Result<RoundView> ActOnColumn(const RequestContext& context, MatrixId id, int round, const std::string& country,
                                ColumnAction action, std::string reason = {});

  // Cells whose published text changed after round `since_round`, with a word diff.
  Result<std::vector<CellChange>> Changes(const RequestContext& context, MatrixId id, const ChangesQuery& query);

  // The published provisions lacking a translation or with a stale one (M22), of one country when
  // given, by topic number then country.
  Result<std::vector<TranslationGap>> Translations(const RequestContext& context, MatrixId id,
                                                   const std::optional<std::string>& country);

  // "No specific provision" in `language`, as cells and exports write it.
  std::string NoProvisionWording(std::string_view language) const;

 private:
  Store& store_;
  const Clock& clock_;
  const Texts& texts_;
};

}  // namespace enlace
