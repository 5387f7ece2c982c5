// The matrices service without HTTP, over an in-memory SQLite kernel: who may write and read which
// column, versions of a draft cell, a round from opening to publication, snapshots as of a round,
// and "what changed" between rounds.
#include "matrices/domain/matrix_service.hpp"

#include <gtest/gtest.h>

#include "matrices/testing/matrix_world.hpp"

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
