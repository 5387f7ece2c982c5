// The matrices service without HTTP, over an in-memory SQLite kernel: who may write and read which
// column, versions of a draft cell, a round from opening to publication, snapshots as of a round,
// and "what changed" between rounds.
#include "matrices/domain/matrix_service.hpp"

#include <gtest/gtest.h>

#include "matrices/domain/matrix_repository.hpp"
#include "matrices/domain/reasons.hpp"
#include "matrices/testing/matrix_world.hpp"
#include "meetings/testing/meeting_records.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace::testing {
namespace {

class MatrixServiceTest : public ::testing::Test {
 protected:
  MatrixWorld world;
  MatrixService& service = world.service();
  Matrix matrix = world.MakeMatrix(2);
  MatrixTopicId topic = matrix.topics.at(0).id;

  std::vector<AuditEntry> Audit(const std::string& record_type) {
    auto transaction = world.store().Begin(TransactionMode::kRead);
    AuditFilter filter;
    filter.record_type = record_type;
    filter.limit = 100;
    return transaction->audit().List(filter);
  }
  const RoundColumn& Column(const RoundView& view, const std::string& country) {
    for (const auto& column : view.columns) {
      if (column.country == country) return column;
    }
    throw std::logic_error("no column " + country);
  }
};

TEST_F(MatrixServiceTest, TheColumnsAreTheProcesssMemberCountriesAndTopicsAreNumbered) {
  auto read = service.Get(world.As("observer"), matrix.id);
  ASSERT_TRUE(read) << read.error().reason;
  EXPECT_EQ(read->countries.size(), 11u) << "the RCM's eleven member countries; observers are not columns";
  EXPECT_NE(std::find(read->countries.begin(), read->countries.end(), "HN"), read->countries.end());
  EXPECT_EQ(std::find(read->countries.begin(), read->countries.end(), "CO"), read->countries.end());
  ASSERT_EQ(read->topics.size(), 2u);
  EXPECT_EQ(read->topics[1].number, 2);
  EXPECT_EQ(read->topics[0].articles, std::vector<std::string>{"6.1.a"});
}

TEST_F(MatrixServiceTest, OnlyTheSecretariatCreatesMatricesTopicsAndRounds) {
  auto input = MatrixInput{"trafficking_in_persons", LocalizedText{"Trata", std::nullopt}, std::nullopt};
  EXPECT_EQ(service.Create(world.As("hn"), input).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service.Create(world.As("anonymous"), input).error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(service.AddTopic(world.As("gt"), matrix.id, TopicInput{LocalizedText{"x", {}}, {}, {}}).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(service.OpenRound(world.As("hn"), matrix.id, RoundInput{ParseIsoDate("2026-12-31"), "", {}}).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(service.List(world.As("ts"))->size(), 1u) << "nothing was created by the refused calls";
}

TEST_F(MatrixServiceTest, AnOfficerWritesOnlyTheirOwnCountrysColumnAndCannotReadAnothersDraft) {
  world.Open(matrix);
  auto mine = service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("Texto de HN"), 0);
  ASSERT_TRUE(mine) << mine.error().reason;
  EXPECT_EQ(mine->draft.version, 1);
  EXPECT_EQ(mine->draft.source, ProvisionSource::kCountry);

  auto theirs = service.SaveDraft(world.As("gt"), matrix.id, 1, topic, "HN", MatrixWorld::Content("Otro"), 1);
  ASSERT_FALSE(theirs);
  EXPECT_EQ(theirs.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(theirs.error().reason, "wrong_country");
  auto peek = service.GetDraft(world.As("gt"), matrix.id, 1, topic, "HN");
  ASSERT_FALSE(peek);
  EXPECT_EQ(peek.error().reason, "wrong_country");
  EXPECT_EQ(service.GetDraft(world.As("observer"), matrix.id, 1, topic, "HN").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service.ActOnColumn(world.As("gt"), matrix.id, 1, "HN", ColumnAction::kSubmit).error().reason,
            "wrong_country");

  auto read = service.GetDraft(world.As("hn"), matrix.id, 1, topic, "HN");
  ASSERT_TRUE(read);
  EXPECT_EQ(*read->draft.content.provisions.at(0).excerpt.es, "Texto de HN") << "GT's write changed nothing";
  EXPECT_TRUE(service.GetDraft(world.As("ts"), matrix.id, 1, topic, "HN")) << "the Secretariat reads every draft";
  EXPECT_TRUE(service.Get(world.As("gt"), matrix.id)->cells.empty()) << "a draft is not published";
}

TEST_F(MatrixServiceTest, ADraftThatExistsNeedsItsVersionAndAStaleOneIsRefused) {
  world.Open(matrix);
  ASSERT_TRUE(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("uno"), std::nullopt));
  auto without =
      service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("dos"), std::nullopt);
  EXPECT_EQ(without.error().code, ErrorCode::kPreconditionRequired);
  ASSERT_TRUE(service.SaveDraft(world.As("ts"), matrix.id, 1, topic, "HN", MatrixWorld::Content("dos"), 1));
  auto stale = service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("tres"), 1);
  EXPECT_EQ(stale.error().code, ErrorCode::kPreconditionFailed);
  auto second_first =
      service.SaveDraft(world.As("hn"), matrix.id, 1, matrix.topics[1].id, "HN", MatrixWorld::Content("x"), 3);
  EXPECT_EQ(second_first.error().code, ErrorCode::kPreconditionFailed) << "If-Match on a cell never written";
  auto read = service.GetDraft(world.As("hn"), matrix.id, 1, topic, "HN");
  EXPECT_EQ(*read->draft.content.provisions.at(0).excerpt.es, "dos");
  EXPECT_EQ(read->draft.version, 2);
  EXPECT_EQ(read->draft.source, ProvisionSource::kSecretariat) << "compiled by the Secretariat";
}

TEST_F(MatrixServiceTest, ASubmittedColumnIsLockedUntilReturnedWithAReason) {
  world.Open(matrix);
  ASSERT_TRUE(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("uno"), 0));
  auto submitted = service.ActOnColumn(world.As("hn"), matrix.id, 1, "HN", ColumnAction::kSubmit);
  ASSERT_TRUE(submitted);
  EXPECT_EQ(Column(*submitted, "HN").state, ColumnState::kSubmitted);
  EXPECT_EQ(Column(*submitted, "HN").cells_changed, 1);
  EXPECT_EQ(Column(*submitted, "GT").state, ColumnState::kNotStarted);
  EXPECT_EQ(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("dos"), 1).error().reason,
            "matrix_column_not_editable");
  EXPECT_EQ(service.ActOnColumn(world.As("hn"), matrix.id, 1, "HN", ColumnAction::kValidate).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(
      service.ActOnColumn(world.As("ts"), matrix.id, 1, "HN", ColumnAction::kReturn, " ").error().fields.at(0).field,
      "reason");
  auto returned = service.ActOnColumn(world.As("ts"), matrix.id, 1, "HN", ColumnAction::kReturn, "Falta el artículo");
  ASSERT_TRUE(returned);
  EXPECT_EQ(Column(*returned, "HN").state, ColumnState::kReturned);
  EXPECT_EQ(*Column(*returned, "HN").returned_reason, "Falta el artículo");
  EXPECT_TRUE(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("dos"), 1));
}

TEST_F(MatrixServiceTest, ClosingARoundPublishesOnlyValidatedColumnsAsACitableSnapshot) {
  world.Open(matrix);
  world.Publish(matrix, 1, "HN", MatrixWorld::Content("Versión 2017 de HN"));
  ASSERT_TRUE(service.SaveDraft(world.As("gt"), matrix.id, 1, topic, "GT", MatrixWorld::Content("Borrador GT"), 0));
  ASSERT_TRUE(service.ActOnColumn(world.As("gt"), matrix.id, 1, "GT", ColumnAction::kSubmit));
  auto closed = service.CloseRound(world.As("ts"), matrix.id, 1);
  ASSERT_TRUE(closed) << closed.error().reason;
  EXPECT_EQ(closed->round.state, RoundState::kClosed);
  EXPECT_EQ(service.CloseRound(world.As("ts"), matrix.id, 1).error().reason, "matrix_round_closed");

  auto published = service.Get(world.As("observer"), matrix.id);
  ASSERT_EQ(published->cells.size(), 1u) << "GT's column was submitted, not validated";
  const auto& cell = published->cells[0];
  EXPECT_EQ(cell.country, "HN");
  EXPECT_EQ(cell.round, 1);
  EXPECT_EQ(cell.source, ProvisionSource::kSecretariat);
  ASSERT_TRUE(cell.verified_by);
  EXPECT_EQ(cell.verified_by->name, "Ana Morales");

  world.Open(matrix);
  world.Publish(matrix, 2, "HN", MatrixWorld::Content("Versión 2019 de HN"));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 2));
  EXPECT_EQ(*service.Get(world.As("hn"), matrix.id)->cells.at(0).content.provisions[0].excerpt.es,
            "Versión 2019 de HN");
  auto as_of_1 = service.Get(world.As("hn"), matrix.id, 1);
  ASSERT_TRUE(as_of_1);
  EXPECT_EQ(*as_of_1->cells.at(0).content.provisions[0].excerpt.es, "Versión 2017 de HN");
  EXPECT_EQ(service.Get(world.As("hn"), matrix.id, 3).error().code, ErrorCode::kNotFound);
}

// Seed ¶2: an agreement asks the countries to update the matrix; the round that does it is linked
// to that commitment, and each column the TS validates is that country's answer "done".
TEST_F(MatrixServiceTest, AValidatedColumnMarksTheCountrysAnswerDoneInTheLinkedCommitment) {
  MeetingRecords records(world.test(), world.As("ts"));
  auto meeting = records.SanPedroSula();
  auto asked =
      records.Commitment(records.Agreement(meeting, "2"), "MEMBER_COUNTRIES", "", "Update the smuggling matrix");
  auto owed_by_ts = records.Commitment(records.Agreement(meeting, "3"), "TS", "", "Consolidate the matrix");
  auto matrix = world.MakeMatrix(1);
  EXPECT_EQ(service.OpenRound(world.As("ts"), matrix.id, RoundInput{ParseIsoDate("2026-12-31"), "", 999999})
                .error()
                .fields.at(0)
                .reason,
            "unknown_matrix_commitment");
  ASSERT_TRUE(service.OpenRound(world.As("ts"), matrix.id,
                                RoundInput{ParseIsoDate("2026-12-31"), "", static_cast<std::int64_t>(asked.id)}));
  auto topic = service.Get(world.As("ts"), matrix.id)->topics.at(0).id;
  auto draft = service.GetDraft(world.As("hn"), matrix.id, 1, topic, "HN");
  ASSERT_TRUE(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("Artículo 1"),
                                draft->draft.version));
  ASSERT_TRUE(service.ActOnColumn(world.As("hn"), matrix.id, 1, "HN", ColumnAction::kSubmit));
  auto responses = [&] {
    std::map<std::string, ResponseState> states;
    auto detail = world.test().Get<CommitmentService>().Get(world.As("ts"), asked.id);
    for (const auto& response : detail->responses) states[response.country] = response.state;
    return states;
  };
  EXPECT_EQ(responses()["HN"], ResponseState::kNotStarted) << "a submitted column is not yet an answer";
  ASSERT_TRUE(service.ActOnColumn(world.As("ts"), matrix.id, 1, "HN", ColumnAction::kValidate));
  EXPECT_EQ(responses()["HN"], ResponseState::kDone);
  EXPECT_EQ(responses()["GT"], ResponseState::kNotStarted);
  auto detail = world.test().Get<CommitmentService>().Get(world.As("ts"), asked.id);
  ASSERT_EQ(detail->updates.size(), 1u);
  EXPECT_EQ(*detail->updates[0].country, "HN");
  EXPECT_NE(detail->updates[0].text.find("validada"), std::string::npos) << detail->updates[0].text;

  // A round linked to a commitment the TS owes: validating a column answers nothing for a country.
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 1));
  ASSERT_TRUE(service.OpenRound(world.As("ts"), matrix.id,
                                RoundInput{ParseIsoDate("2027-06-30"), "", static_cast<std::int64_t>(owed_by_ts.id)}));
  world.Publish(matrix, 2, "GT", MatrixWorld::Content("Artículo 2"));
  EXPECT_TRUE(world.test().Get<CommitmentService>().Get(world.As("ts"), owed_by_ts.id)->updates.empty());
}

// M10: the TS loads a whole matrix once, from a table: all or nothing, and only while it is empty.
TEST_F(MatrixServiceTest, AWholeMatrixIsLoadedOnceFromATableAllOrNothing) {
  auto created = service.Create(
      world.As("ts"),
      MatrixInput{"trafficking_in_persons", LocalizedText{"Trata de personas", std::nullopt}, std::nullopt});
  ASSERT_TRUE(created);
  auto id = created->id;
  std::vector<MatrixImportRow> rows{
      {2,
       {{"topic_number", "1"},
        {"topic", "Definición"},
        {"country", "HN"},
        {"article", "art. 6"},
        {"excerpt", "Comete trata"}}},
      {3, {{"topic_number", "1"}, {"country", "GT"}, {"no_provision", "yes"}}},
      {4, {{"topic_number", "2"}, {"topic", "Penas"}, {"country", "XX"}, {"article", "art. 7"}, {"excerpt", "x"}}}};
  EXPECT_EQ(service.ImportMatrix(world.As("hn"), id, rows, "", true).error().code, ErrorCode::kForbidden);
  auto refused = service.ImportMatrix(world.As("ts"), id, rows, "", true);
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "rows[4].country");
  EXPECT_TRUE(service.Get(world.As("ts"), id)->topics.empty()) << "nothing of a refused load is kept";
  auto preview = service.ImportMatrix(world.As("ts"), id, rows, "", false);
  ASSERT_TRUE(preview);
  EXPECT_EQ(preview->problems.size(), 1u);
  EXPECT_TRUE(service.Get(world.As("ts"), id)->rounds.empty()) << "a preview saves nothing";

  rows.pop_back();
  auto loaded = service.ImportMatrix(world.As("ts"), id, rows, "2016 (OIM)", true);
  ASSERT_TRUE(loaded) << loaded.error().reason;
  auto matrix = service.Get(world.As("gt"), id);
  ASSERT_EQ(matrix->topics.size(), 1u);
  EXPECT_EQ(*matrix->topics[0].title.es, "Definición");
  ASSERT_EQ(matrix->rounds.size(), 1u);
  EXPECT_EQ(matrix->rounds[0].state, RoundState::kClosed);
  EXPECT_EQ(matrix->rounds[0].label, "2016 (OIM)");
  ASSERT_EQ(matrix->cells.size(), 2u);
  for (const auto& cell : matrix->cells) {
    EXPECT_EQ(cell.source, ProvisionSource::kSecretariat);
    EXPECT_EQ(cell.round, 1);
    EXPECT_TRUE(cell.verified_at);
  }
  auto round = service.GetRound(world.As("ts"), id, 1);
  ASSERT_TRUE(round);
  int validated = 0;
  for (const auto& column : round->columns) validated += column.state == ColumnState::kValidated;
  EXPECT_EQ(validated, 2);
  EXPECT_EQ(service.ImportMatrix(world.As("ts"), id, rows, "", false).error().reason, "matrix_already_loaded");
}

TEST_F(MatrixServiceTest, OneOpenRoundAtATimeAndAClosedRoundTakesNoWrites) {
  world.Open(matrix);
  EXPECT_EQ(service.OpenRound(world.As("ts"), matrix.id, RoundInput{ParseIsoDate("2027-01-31"), "", {}}).error().reason,
            "matrix_round_already_open");
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 1));
  EXPECT_EQ(
      service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("tarde"), 0).error().reason,
      "matrix_round_closed");
  EXPECT_EQ(service.ActOnColumn(world.As("hn"), matrix.id, 1, "HN", ColumnAction::kSubmit).error().reason,
            "matrix_round_closed");
}

TEST_F(MatrixServiceTest, WhatChangedSinceARoundShowsTheWordsOfEachChangedCell) {
  world.Open(matrix);
  world.Publish(matrix, 1, "HN", MatrixWorld::Content("Quien facilite la entrada ilegal"));
  world.Publish(matrix, 1, "GT", MatrixWorld::Content("Texto de Guatemala"));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 1));
  world.Open(matrix);
  world.Publish(matrix, 2, "HN", MatrixWorld::Content("Quien promueva la entrada ilegal"));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 2));

  auto changes = service.Changes(world.As("gt"), matrix.id, ChangesQuery{1, std::nullopt, "es"});
  ASSERT_TRUE(changes) << changes.error().reason;
  ASSERT_EQ(changes->size(), 1u) << "GT's cell did not change in round 2";
  const auto& change = changes->at(0);
  EXPECT_EQ(change.country, "HN");
  EXPECT_EQ(change.from_round, 1);
  EXPECT_EQ(change.to_round, 2);
  bool struck = false, added = false;
  for (const auto& segment : change.diff) {
    struck |= segment.op == DiffOp::kDelete && segment.text == "facilite";
    added |= segment.op == DiffOp::kInsert && segment.text == "promueva";
  }
  EXPECT_TRUE(struck && added);
  auto since_start = service.Changes(world.As("gt"), matrix.id, ChangesQuery{0, "GT", "es"});
  ASSERT_EQ(since_start->size(), 1u);
  EXPECT_EQ(since_start->at(0).from_round, 0);
  EXPECT_EQ(service.Changes(world.As("gt"), matrix.id, ChangesQuery{9, std::nullopt, "es"}).error().reason,
            "invalid_query");
}

TEST_F(MatrixServiceTest, ATranslationWrittenBeforeItsSourceChangedIsFlaggedStale) {
  world.Open(matrix);
  world.Publish(matrix, 1, "HN", MatrixWorld::Content("Quien facilite", "Whoever facilitates"));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 1));
  world.Open(matrix);
  auto saved = service.SaveDraft(world.As("hn"), matrix.id, 2, topic, "HN",
                                 MatrixWorld::Content("Quien facilite o promueva", "Whoever facilitates"), 0);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->draft.content.provisions.at(0).stale, std::vector<std::string>{"en"})
      << "compared with the published cell the country started from";
}

TEST_F(MatrixServiceTest, EveryWriteIsInTheAuditLog) {
  world.Open(matrix);
  ASSERT_TRUE(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("uno"), 0));
  auto cells = Audit("matrix_cell");
  ASSERT_EQ(cells.size(), 1u);
  EXPECT_EQ(cells[0].record.action, "matrix_cell.update");
  EXPECT_EQ(cells[0].record.record_id, std::to_string(matrix.id) + "/1/" + std::to_string(topic) + "/HN");
  std::set<std::string> actions;
  for (const auto& entry : Audit("matrix")) actions.insert(entry.record.action);
  EXPECT_TRUE(actions.contains("matrix.create"));
  EXPECT_TRUE(actions.contains("matrix.add_topic"));
  EXPECT_TRUE(actions.contains("matrix_round.open"));
}

}  // namespace
}  // namespace enlace::testing

namespace enlace::testing {
namespace {

// The per-country workbook's rules, without the file: what was downloaded, changed offline, and
// uploaded back (exports/matrix_workbook_test.cpp reads and writes the file itself).
class MatrixWorkbookTest : public MatrixServiceTest {
 protected:
  Workbook Download(const std::string& who, const std::string& country) {
    auto workbook = service.WorkbookFor(world.As(who), matrix.id, 1, country, "es");
    if (!workbook) throw std::logic_error("download refused: " + workbook.error().reason);
    return *workbook;
  }
};

TEST_F(MatrixWorkbookTest, AnUploadShowsWhatChangesAndWritesOnlyWhenApplied) {
  world.Open(matrix);
  world.Publish(matrix, 1, "HN", MatrixWorld::Content("Pena de cinco años"));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 1));
  world.Open(matrix);
  auto workbook = service.WorkbookFor(world.As("hn"), matrix.id, 2, "HN", "es").value();
  ASSERT_EQ(workbook.cells.size(), 2u);
  EXPECT_EQ(workbook.cells[0].version, 0) << "no draft yet: the published cell is where the country starts";
  EXPECT_EQ(*workbook.cells[0].content.provisions.at(0).excerpt.es, "Pena de cinco años");
  workbook.cells[0].content.provisions[0].excerpt.es = "Pena de diez años";

  auto preview = service.UploadWorkbook(world.As("hn"), matrix.id, 2, workbook, false, "es");
  ASSERT_TRUE(preview) << preview.error().reason;
  EXPECT_FALSE(preview->applied);
  EXPECT_EQ(preview->changed, 1);
  EXPECT_EQ(preview->cells[0].state, WorkbookCellState::kChanged);
  EXPECT_EQ(preview->cells[1].state, WorkbookCellState::kUnchanged);
  std::string deleted, inserted;
  for (const auto& segment : preview->cells[0].diff) {
    if (segment.op == DiffOp::kDelete) deleted += segment.text;
    if (segment.op == DiffOp::kInsert) inserted += segment.text;
  }
  EXPECT_EQ(deleted, "cinco");
  EXPECT_EQ(inserted, "diez");
  EXPECT_EQ(service.GetDraft(world.As("hn"), matrix.id, 2, topic, "HN")->draft.version, 0)
      << "a preview writes nothing";

  auto applied = service.UploadWorkbook(world.As("hn"), matrix.id, 2, workbook, true, "es");
  ASSERT_TRUE(applied) << applied.error().reason;
  EXPECT_TRUE(applied->applied);
  auto draft = service.GetDraft(world.As("hn"), matrix.id, 2, topic, "HN");
  EXPECT_EQ(draft->draft.version, 1);
  EXPECT_EQ(*draft->draft.content.provisions.at(0).excerpt.es, "Pena de diez años");
  EXPECT_EQ(service.GetDraft(world.As("hn"), matrix.id, 2, matrix.topics[1].id, "HN")->draft.version, 0)
      << "an untouched cell is not written";
  EXPECT_EQ(Audit("matrix_cell").size(), 2u) << "round 1's write and the workbook's";
}

TEST_F(MatrixWorkbookTest, ACellChangedOnTheServerSinceTheDownloadIsAConflictAndNothingIsWritten) {
  world.Open(matrix);
  auto workbook = Download("hn", "HN");
  // On screen, after the download: topic 1 gets a draft (version 1).
  ASSERT_TRUE(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("En pantalla"), 0));
  workbook.cells[0].content = MatrixWorld::Content("En el libro");
  workbook.cells[1].content = MatrixWorld::Content("Tema dos, en el libro");

  auto preview = service.UploadWorkbook(world.As("hn"), matrix.id, 1, workbook, false, "es");
  ASSERT_TRUE(preview);
  EXPECT_EQ(preview->cells[0].state, WorkbookCellState::kConflict);
  EXPECT_EQ(preview->cells[0].downloaded_version, 0);
  EXPECT_EQ(preview->cells[0].current_version, 1);
  EXPECT_EQ(preview->cells[1].state, WorkbookCellState::kChanged);
  auto applied = service.UploadWorkbook(world.As("hn"), matrix.id, 1, workbook, true, "es");
  ASSERT_FALSE(applied);
  EXPECT_EQ(applied.error().code, ErrorCode::kConflict);
  EXPECT_EQ(applied.error().reason, "matrix_workbook_conflict");
  EXPECT_EQ(*service.GetDraft(world.As("hn"), matrix.id, 1, topic, "HN")->draft.content.provisions[0].excerpt.es,
            "En pantalla")
      << "never silently overwritten";
  EXPECT_EQ(service.GetDraft(world.As("hn"), matrix.id, 1, matrix.topics[1].id, "HN")->draft.version, 0)
      << "all or nothing: the cell without conflict is not written either";

  // Untouched in the workbook, changed on the server: not a conflict, and left as the server has it.
  auto fresh = Download("hn", "HN");
  ASSERT_TRUE(service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("Otra vez"), 1));
  fresh.cells[1].content = MatrixWorld::Content("Tema dos");
  auto again = service.UploadWorkbook(world.As("hn"), matrix.id, 1, fresh, true, "es");
  ASSERT_TRUE(again) << again.error().reason;
  EXPECT_EQ(again->cells[0].state, WorkbookCellState::kUnchanged);
  EXPECT_EQ(*service.GetDraft(world.As("hn"), matrix.id, 1, topic, "HN")->draft.content.provisions[0].excerpt.es,
            "Otra vez");
}

TEST_F(MatrixWorkbookTest, AnotherCountrysMatrixsOrRoundsWorkbookIsRefused) {
  world.Open(matrix);
  EXPECT_EQ(service.WorkbookFor(world.As("gt"), matrix.id, 1, "HN", "es").error().reason, "wrong_country");
  EXPECT_EQ(service.WorkbookFor(world.As("observer"), matrix.id, 1, "HN", "es").error().code, ErrorCode::kForbidden);
  auto workbook = Download("ts", "HN");
  workbook.cells[0].content = MatrixWorld::Content("De GT");
  auto theirs = service.UploadWorkbook(world.As("gt"), matrix.id, 1, workbook, true, "es");
  ASSERT_FALSE(theirs);
  EXPECT_EQ(theirs.error().reason, "wrong_country") << "GT cannot upload HN's column";
  auto wrong_round = workbook;
  wrong_round.round = 2;
  EXPECT_EQ(service.UploadWorkbook(world.As("hn"), matrix.id, 1, wrong_round, true, "es").error().reason,
            "matrix_workbook_wrong_round");
  auto other = world.MakeMatrix(1);
  EXPECT_EQ(service.UploadWorkbook(world.As("hn"), other.id, 1, workbook, true, "es").error().code,
            ErrorCode::kNotFound)
      << "the other matrix has no round 1";
  world.Open(other);
  EXPECT_EQ(service.UploadWorkbook(world.As("hn"), other.id, 1, workbook, true, "es").error().reason,
            "matrix_workbook_wrong_matrix");
  EXPECT_EQ(service.GetDraft(world.As("ts"), matrix.id, 1, topic, "HN")->draft.version, 0) << "nothing was written";
}

TEST_F(MatrixWorkbookTest, InvalidCellsAreShownAndRefusedOnApply) {
  world.Open(matrix);
  auto workbook = Download("hn", "HN");
  workbook.cells[0].content = MatrixWorld::Content("Texto");
  workbook.cells[0].content.provisions[0].url = "javascript:alert(1)";
  workbook.cells[1].content = MatrixWorld::Content("Bien");
  workbook.cells[1].errors.push_back(FieldError("row_4.as_of", reasons::kMatrixWorkbookInvalidDate));
  auto preview = service.UploadWorkbook(world.As("hn"), matrix.id, 1, workbook, false, "es");
  ASSERT_TRUE(preview);
  EXPECT_EQ(preview->invalid, 2);
  EXPECT_EQ(preview->cells[0].state, WorkbookCellState::kInvalid);
  ASSERT_FALSE(preview->cells[0].errors.empty());
  EXPECT_EQ(preview->cells[0].errors[0].reason, "invalid_provision_url");
  EXPECT_EQ(preview->cells[1].errors.at(0).field, "row_4.as_of");
  auto applied = service.UploadWorkbook(world.As("hn"), matrix.id, 1, workbook, true, "es");
  ASSERT_FALSE(applied);
  EXPECT_EQ(applied.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(applied.error().fields.at(0).field.rfind("topic_1.", 0), 0u) << applied.error().fields.at(0).field;
  EXPECT_EQ(service.GetDraft(world.As("hn"), matrix.id, 1, topic, "HN")->draft.version, 0);
}

TEST_F(MatrixWorkbookTest, ASubmittedColumnTakesNoWorkbook) {
  world.Open(matrix);
  auto workbook = Download("hn", "HN");
  ASSERT_TRUE(service.ActOnColumn(world.As("hn"), matrix.id, 1, "HN", ColumnAction::kSubmit));
  workbook.cells[0].content = MatrixWorld::Content("Tarde");
  auto applied = service.UploadWorkbook(world.As("hn"), matrix.id, 1, workbook, true, "es");
  ASSERT_FALSE(applied);
  EXPECT_EQ(applied.error().reason, "matrix_column_not_editable");
}

}  // namespace
}  // namespace enlace::testing

namespace enlace::testing {
namespace {

// The grid's cells are picked by the database (LatestCells): the same as the rule over every version
// (SnapshotAsOf), as of each round and now.
TEST_F(MatrixServiceTest, TheLatestVersionsPickedBySqlAreTheSnapshotOfEveryVersion) {
  auto round = [&](int number, const std::string& country, const std::string& text, int topic_index) {
    world.Open(matrix);
    world.Publish(matrix, number, country, MatrixWorld::Content(text), topic_index);
    ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, number));
  };
  round(1, "HN", "uno", 0);
  round(2, "GT", "dos", 1);
  round(3, "HN", "tres", 0);
  world.Open(matrix);  // round 4, open: publishes nothing
  auto transaction = world.store().Begin(TransactionMode::kRead);
  auto& repository = transaction->Get<MatrixRepository>();
  auto versions = repository.PublishedCells(matrix.id);
  ASSERT_EQ(versions.size(), 3u);
  auto key = [](const std::vector<MatrixCell>& cells) {
    std::vector<std::tuple<std::int64_t, std::string, int, std::string>> out;
    for (const auto& cell : cells) {
      out.emplace_back(cell.topic.value(), cell.country, cell.round, *cell.content.provisions.at(0).excerpt.es);
    }
    return out;
  };
  for (std::optional<int> round : {std::optional<int>{}, std::optional<int>{0}, std::optional<int>{1},
                                   std::optional<int>{2}, std::optional<int>{3}, std::optional<int>{4}}) {
    EXPECT_EQ(key(repository.LatestCells(matrix.id, round)), key(SnapshotAsOf(versions, round)))
        << "as of round " << (round ? std::to_string(*round) : "now");
  }
  auto now = repository.LatestCells(matrix.id, std::nullopt);
  ASSERT_EQ(now.size(), 2u);
  EXPECT_EQ(*now[0].content.provisions[0].excerpt.es, "tres") << "HN's latest, not its round-1 version";
  EXPECT_EQ(repository.LatestCells(matrix.id, 2).size(), 2u);
  EXPECT_EQ(*repository.LatestCells(matrix.id, 2)[0].content.provisions[0].excerpt.es, "uno");
}

}  // namespace
}  // namespace enlace::testing

namespace enlace::testing {
namespace {

class RecordingMailer final : public Mailer {
 public:
  Result<void> Send(const OutgoingEmail& email) override {
    sent.push_back(email);
    return {};
  }
  std::vector<OutgoingEmail> sent;
};

// Reminders to the countries that have not submitted their column: only those, in-app and by e-mail.
TEST_F(MatrixServiceTest, OnlyTheCountriesThatHaveNotSubmittedAreReminded) {
  world.Open(matrix);
  ASSERT_TRUE(service.ActOnColumn(world.As("gt"), matrix.id, 1, "GT", ColumnAction::kSubmit));
  RecordingMailer mailer;
  MatrixService mailing(world.store(), world.clock(), world.test().texts(), &mailer, "https://enlace.example");
  EXPECT_EQ(mailing.RemindNonSubmitters(world.As("hn"), matrix.id, 1).error().code, ErrorCode::kForbidden);
  auto sent = mailing.RemindNonSubmitters(world.As("ts"), matrix.id, 1);
  ASSERT_TRUE(sent) << sent.error().reason;
  EXPECT_EQ(sent->countries, std::vector<std::string>{"HN"}) << "GT submitted; the other countries have no officer";
  EXPECT_EQ(sent->recipients, 1);
  EXPECT_EQ(sent->emailed, 1);
  ASSERT_EQ(mailer.sent.size(), 1u);
  EXPECT_EQ(mailer.sent[0].to, "hn@test.example");
  EXPECT_NE(mailer.sent[0].subject.find("Honduras"), std::string::npos) << mailer.sent[0].subject;
  EXPECT_NE(mailer.sent[0].text.find("https://enlace.example/matrices/"), std::string::npos);
  {
    auto transaction = world.store().Begin(TransactionMode::kRead);
    auto& notifications = transaction->Get<NotificationRepository>();
    EXPECT_EQ(notifications.ForUser(world.As("hn").actor->user_id, true, 10).size(), 1u);
    EXPECT_TRUE(notifications.ForUser(world.As("gt").actor->user_id, true, 10).empty()) << "GT has submitted";
    auto item = notifications.ForUser(world.As("hn").actor->user_id, true, 10)[0];
    EXPECT_EQ(item.payload["subject"], "matrix_round");
    EXPECT_NE(item.payload["action"]["en"].get<std::string>().find("Honduras"), std::string::npos);
  }
  auto audit = Audit("matrix");
  EXPECT_TRUE(std::any_of(audit.begin(), audit.end(),
                          [](const AuditEntry& entry) { return entry.record.action == "matrix_round.remind"; }));

  // Once every country with an officer has submitted, there is nobody to remind.
  ASSERT_TRUE(service.ActOnColumn(world.As("hn"), matrix.id, 1, "HN", ColumnAction::kSubmit));
  EXPECT_EQ(mailing.RemindNonSubmitters(world.As("ts"), matrix.id, 1).error().reason, "matrix_nothing_to_remind");
  ASSERT_TRUE(service.ActOnColumn(world.As("ts"), matrix.id, 1, "HN", ColumnAction::kReturn, "Falta la fecha"));
  auto repeated = mailing.RemindNonSubmitters(world.As("ts"), matrix.id, 1);
  ASSERT_TRUE(repeated);
  EXPECT_EQ(mailer.sent.size(), 1u) << "a second click in the same second is the same reminder: sent once";
  world.clock().Set(*ParseIsoTimestamp("2026-10-02T09:00:00Z"));
  auto again = mailing.RemindNonSubmitters(world.As("ts"), matrix.id, 1);
  ASSERT_TRUE(again) << "a returned column owes its country again";
  EXPECT_EQ(again->countries, std::vector<std::string>{"HN"});
  EXPECT_EQ(mailer.sent.size(), 2u);
}

}  // namespace
}  // namespace enlace::testing

namespace enlace::testing {
namespace {

// A cell's timeline: every version with who, when, round and words; drafts only for its country and
// the Secretariat.
TEST_F(MatrixServiceTest, ACellsTimelineShowsEveryVersionAndDraftsOnlyToItsCountry) {
  world.Open(matrix);
  ASSERT_TRUE(
      service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("Pena de cinco años"), 0));
  ASSERT_TRUE(
      service.SaveDraft(world.As("hn"), matrix.id, 1, topic, "HN", MatrixWorld::Content("Pena de diez años"), 1));
  ASSERT_TRUE(service.ActOnColumn(world.As("hn"), matrix.id, 1, "HN", ColumnAction::kSubmit));
  ASSERT_TRUE(service.ActOnColumn(world.As("ts"), matrix.id, 1, "HN", ColumnAction::kValidate));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 1));

  auto own = service.Timeline(world.As("hn"), matrix.id, topic, "HN", "es");
  ASSERT_TRUE(own) << own.error().reason;
  ASSERT_EQ(own->size(), 3u) << "two draft writes and the published version";
  EXPECT_EQ((*own)[0].kind, "edit");
  EXPECT_EQ((*own)[0].by.name, "Carlos Mejía");
  EXPECT_EQ((*own)[2].kind, "published");
  EXPECT_EQ((*own)[2].verified_by->name, "Ana Morales");
  std::string deleted, inserted;
  for (const auto& segment : (*own)[1].diff) {
    if (segment.op == DiffOp::kDelete) deleted += segment.text;
    if (segment.op == DiffOp::kInsert) inserted += segment.text;
  }
  EXPECT_EQ(deleted, "cinco");
  EXPECT_EQ(inserted, "diez");

  auto other = service.Timeline(world.As("gt"), matrix.id, topic, "HN", "es");
  ASSERT_TRUE(other);
  ASSERT_EQ(other->size(), 1u) << "another country sees what was published, not HN's drafts";
  EXPECT_EQ((*other)[0].kind, "published");
  EXPECT_EQ(service.Timeline(world.As("anonymous"), matrix.id, topic, "HN", "es").error().code,
            ErrorCode::kUnauthenticated);
  EXPECT_EQ(service.Timeline(world.As("gt"), matrix.id, topic, "XX", "es").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace enlace::testing

namespace enlace::testing {
namespace {

// A missing or stale language version turned into work: who translates and by when.
TEST_F(MatrixServiceTest, AMissingTranslationCarriesWhoTranslatesItAndByWhen) {
  world.Open(matrix);
  world.Publish(matrix, 1, "HN", MatrixWorld::Content("Pena de cinco años"));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 1));
  TranslationCommitmentInput input{"Secretaría Técnica", ParseIsoDate("2026-11-30"), 42};
  EXPECT_EQ(service.CommitTranslation(world.As("hn"), matrix.id, topic, "HN", "en", input, 0).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(service.CommitTranslation(world.As("ts"), matrix.id, topic, "HN", "es", input, 0).error().reason,
            "matrix_translation_not_owed")
      << "the Spanish text is there";
  EXPECT_EQ(service.CommitTranslation(world.As("ts"), matrix.id, topic, "GT", "en", input, 0).error().reason,
            "matrix_translation_not_owed")
      << "GT's cell is empty: nothing to translate";
  auto missing = TranslationCommitmentInput{"", std::nullopt, std::nullopt};
  EXPECT_EQ(service.CommitTranslation(world.As("ts"), matrix.id, topic, "HN", "en", missing, 0).error().fields.size(),
            2u);
  auto saved = service.CommitTranslation(world.As("ts"), matrix.id, topic, "HN", "en", input, 0);
  ASSERT_TRUE(saved) << saved.error().reason;
  EXPECT_EQ(saved->version, 1);
  EXPECT_EQ(service.CommitTranslation(world.As("ts"), matrix.id, topic, "HN", "en", input, std::nullopt).error().code,
            ErrorCode::kPreconditionRequired);
  EXPECT_EQ(service.CommitTranslation(world.As("ts"), matrix.id, topic, "HN", "en", input, 0).error().code,
            ErrorCode::kPreconditionFailed)
      << "a second first write";
  input.translator = "Honduras";
  ASSERT_TRUE(service.CommitTranslation(world.As("ts"), matrix.id, topic, "HN", "en", input, 1));
  auto listed = service.TranslationCommitments(world.As("gt"), matrix.id);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].translator, "Honduras");
  EXPECT_EQ(*(*listed)[0].commitment, 42);
  EXPECT_TRUE((*listed)[0].owed);

  // Once the English text is published, nothing is owed any more.
  world.Open(matrix);
  world.Publish(matrix, 2, "HN", MatrixWorld::Content("Pena de cinco años", "Five years"));
  ASSERT_TRUE(service.CloseRound(world.As("ts"), matrix.id, 2));
  EXPECT_FALSE(service.TranslationCommitments(world.As("gt"), matrix.id)->at(0).owed);
}

}  // namespace
}  // namespace enlace::testing
