// Legislation matrices (M7–M10): what the Secretariat and the countries do with them. Every
// operation opens one transaction, asks the policy (matrix_policy.hpp), then the rules
// (matrix.hpp), writes, and appends its audit entry in the same transaction: a failure anywhere
// leaves nothing behind. Refused writes are recorded by the HTTP pipeline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/mail.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "matrices/domain/matrix.hpp"
#include "matrices/domain/matrix_import.hpp"
#include "matrices/domain/matrix_workbook.hpp"
#include "matrices/domain/word_diff.hpp"

namespace enlace {
class CommitmentService;
}  // namespace enlace

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

// One version of a cell in its timeline: a draft written in a round (kind "edit": seen only by the
// Secretariat and the cell's country) or the version a closed round published ("published"), with
// the words that changed from the entry before it.
struct TimelineEntry {
  std::string kind;  // "edit" or "published"
  int round = 0;
  std::string round_label;
  MatrixPerson by;
  std::optional<Role> by_role;  // for an edit
  Timestamp at{};
  std::optional<MatrixPerson> verified_by;  // for a published version
  ProvisionSource source = ProvisionSource::kCountry;
  std::string text;
  std::vector<DiffSegment> diff;
};

// A one-click reminder of a round: which countries (those that have not submitted their column), how
// many people, how many e-mails were delivered now and failed.
struct RoundReminder {
  std::vector<std::string> countries;
  int recipients = 0;
  int emailed = 0;
  int failed = 0;
};

class MatrixService {
 public:
  // `mailer` may be null: reminders then only appear in the application. `base_url` starts the
  // links in reminders. `commitments` (the meetings' service) records a validated column as the
  // country's answer "done" in the commitment a round is linked to; null, no answer is recorded.
  MatrixService(Store& store, const Clock& clock, const Texts& texts, Mailer* mailer = nullptr,
                std::string base_url = "http://127.0.0.1:8080", CommitmentService* commitments = nullptr);

  Result<std::vector<Matrix>> List(const RequestContext& context);
  // The matrix with its published cells as of `as_of_round` (a closed round's number), or the
  // latest; kNotFound for a round the matrix does not have closed.
  Result<Matrix> Get(const RequestContext& context, MatrixId id, std::optional<int> as_of_round = std::nullopt);
  // The same without its cells, and a stamp that changes whenever its published cells may have:
  // what a cache of the matrix's answers is keyed by (with the outline itself).
  struct Outline {
    Matrix matrix;
    std::string stamp;
  };
  Result<Outline> GetOutline(const RequestContext& context, MatrixId id, std::optional<int> as_of_round);
  Result<Matrix> Create(const RequestContext& context, MatrixInput input);
  Result<Matrix> AddTopic(const RequestContext& context, MatrixId id, TopicInput input);

  // The first load of a whole matrix from a table (matrix_import.hpp): what it would do; with
  // `apply`, the new topics and every cell saved as round 1 (`label`), compiled by the Secretariat
  // (or the source each line names), validated, published and closed, all or nothing. 409
  // matrix_already_loaded when the matrix has rounds; on apply, 422 with every line's problems.
  Result<MatrixImportPlan> ImportMatrix(const RequestContext& context, MatrixId id,
                                        const std::vector<MatrixImportRow>& rows, std::string label, bool apply);
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

  // Every version of one cell, oldest first: the published ones for every reader, and every draft
  // write too for the Secretariat and the cell's country; each with the words changed from the one
  // before, in `language`.
  Result<std::vector<TimelineEntry>> Timeline(const RequestContext& context, MatrixId id, MatrixTopicId topic,
                                              const std::string& country, const std::string& language);

  // The Secretariat reminds, now, the officers of the member countries that have not submitted their
  // column in an open round (not started, draft, returned): in the application and by e-mail, in
  // each person's language; a country that submitted or was validated is not reminded. 409
  // matrix_nothing_to_remind when every country has submitted (or has no active officer).
  Result<RoundReminder> RemindNonSubmitters(const RequestContext& context, MatrixId id, int round);

  // A country's column of an open round as a workbook to fill in offline: every topic with the
  // country's draft (or the published cell it starts from), its version and fingerprint. The
  // Secretariat or that country's officers (another country's: 403 wrong_country).
  Result<Workbook> WorkbookFor(const RequestContext& context, MatrixId id, int round, const std::string& country,
                               const std::string& language);
  // What an uploaded workbook changes in its country's column, cell by cell, compared with the
  // drafts now (words that change, conflicts with drafts changed since the download, cells that are
  // not valid). With `apply`, writes the changed cells as drafts in one transaction, or nothing: 409
  // matrix_workbook_conflict when a cell conflicts, 422 when one is not valid.
  Result<WorkbookPreview> UploadWorkbook(const RequestContext& context, MatrixId id, int round, Workbook upload,
                                         bool apply, const std::string& language);

  // Who translates a published cell's missing or stale `language` version, and by when (the
  // Secretariat): written with If-Match like a draft (0 or none for the first). 409
  // matrix_translation_not_owed when the cell has that language up to date.
  Result<TranslationCommitment> CommitTranslation(const RequestContext& context, MatrixId id, MatrixTopicId topic,
                                                  const std::string& country, const std::string& language,
                                                  TranslationCommitmentInput input,
                                                  std::optional<std::int64_t> expected_version);
  // Every translation commitment of the matrix, with whether it is still owed.
  Result<std::vector<TranslationCommitment>> TranslationCommitments(const RequestContext& context, MatrixId id);

  // "No specific provision" in `language`, as cells and exports write it.
  std::string NoProvisionWording(std::string_view language) const;

 private:
  // The write of one draft cell inside `transaction`, after the caller found the matrix and the open
  // round and checked the cell: the column's state, the version, the rules, the edit, the audit.
  Result<DraftView> WriteDraft(Transaction& transaction, const RequestContext& context, const Matrix& matrix,
                               const MatrixRound& round, MatrixTopicId topic, const std::string& country,
                               CellContent content, std::optional<std::int64_t> expected_version, Timestamp now);

  // The validated column of `country` as that country's answer "done" in the round's commitment,
  // when the commitment is owed by the member countries or by that country.
  Result<void> MarkAnswerDone(Transaction& transaction, const RequestContext& context, const Matrix& matrix,
                              const MatrixRound& round, const std::string& country);

  Store& store_;
  const Clock& clock_;
  const Texts& texts_;
  Mailer* mailer_;
  std::string base_url_;
  CommitmentService* commitments_;
};

}  // namespace enlace
