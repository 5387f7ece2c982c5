// The rules of matrices without storage: a column's states, what a cell may hold, which
// translations go stale, the "may be out of date" warning, snapshots as of a round, and the
// word-level diff.
#include "matrices/domain/matrix.hpp"

#include <gtest/gtest.h>

#include "matrices/domain/matrix_json.hpp"
#include "matrices/domain/word_diff.hpp"

namespace enlace {
namespace {

Provision WithExcerpt(std::optional<std::string> es, std::optional<std::string> en, std::string source = "es") {
  Provision provision;
  provision.law.title = "Ley contra la Trata de Personas";
  provision.article = "art. 5";
  provision.excerpt = LocalizedText{std::move(es), std::move(en)};
  provision.source_language = std::move(source);
  return provision;
}

TEST(ColumnStateTest, ACountryEditsAndSubmitsTheSecretariatReturnsOrValidates) {
  EXPECT_EQ(NextColumnState(ColumnState::kNotStarted, ColumnAction::kEdit), ColumnState::kDraft);
  EXPECT_EQ(NextColumnState(ColumnState::kReturned, ColumnAction::kEdit), ColumnState::kDraft);
  EXPECT_EQ(NextColumnState(ColumnState::kDraft, ColumnAction::kSubmit), ColumnState::kSubmitted);
  EXPECT_EQ(NextColumnState(ColumnState::kNotStarted, ColumnAction::kSubmit), ColumnState::kSubmitted)
      << "nothing changed is an answer too";
  EXPECT_EQ(NextColumnState(ColumnState::kSubmitted, ColumnAction::kReturn), ColumnState::kReturned);
  EXPECT_EQ(NextColumnState(ColumnState::kSubmitted, ColumnAction::kValidate), ColumnState::kValidated);
  EXPECT_EQ(NextColumnState(ColumnState::kValidated, ColumnAction::kReturn), ColumnState::kReturned);
}

TEST(ColumnStateTest, ASubmittedOrValidatedColumnCannotBeEditedNorADraftValidated) {
  EXPECT_EQ(NextColumnState(ColumnState::kSubmitted, ColumnAction::kEdit).error().reason, "matrix_column_not_editable");
  EXPECT_EQ(NextColumnState(ColumnState::kValidated, ColumnAction::kSubmit).error().reason,
            "matrix_column_not_editable");
  EXPECT_EQ(NextColumnState(ColumnState::kDraft, ColumnAction::kValidate).error().reason,
            "matrix_column_not_submitted");
  EXPECT_EQ(NextColumnState(ColumnState::kNotStarted, ColumnAction::kReturn).error().reason,
            "matrix_column_not_submitted");
}

TEST(CellRulesTest, NoSpecificProvisionIsExplicitAndCannotCarryProvisions) {
  CellContent none;
  none.no_provision = true;
  EXPECT_TRUE(ValidateCell(none));
  EXPECT_FALSE(none.Empty()) << "an explicit answer, not an empty cell";
  none.provisions.push_back(WithExcerpt("texto", std::nullopt));
  auto refused = ValidateCell(none);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).field, "no_provision");
  EXPECT_EQ(refused.error().fields.at(0).reason, "no_provision_with_provisions");
}

TEST(CellRulesTest, AProvisionNeedsTextALawOrArticleAndAWebLink) {
  CellContent content;
  Provision bare;
  bare.url = "javascript:alert(1)";
  content.provisions.push_back(bare);
  auto refused = ValidateCell(content);
  ASSERT_FALSE(refused);
  std::set<std::string> fields;
  for (const auto& field : refused.error().fields) fields.insert(field.field + ":" + field.reason);
  EXPECT_TRUE(fields.contains("provisions[0].law.title:required"));
  EXPECT_TRUE(fields.contains("provisions[0].excerpt:provision_without_text"));
  EXPECT_TRUE(fields.contains("provisions[0].url:invalid_provision_url"));
}

TEST(CellRulesTest, TheSourceLanguageDefaultsToTheLanguageTheExcerptHas) {
  CellContent content;
  content.provisions.push_back(WithExcerpt(std::nullopt, "Whoever smuggles", ""));
  ASSERT_TRUE(ValidateCell(content));
  EXPECT_EQ(content.provisions[0].source_language, "en");
}

TEST(StaleTranslationTest, ChangingTheSourceTextMakesAnUntouchedTranslationStale) {
  CellContent before;
  before.provisions.push_back(WithExcerpt("Quien facilite la entrada ilegal", "Whoever facilitates illegal entry"));
  CellContent after = before;
  after.provisions[0].excerpt.es = "Quien facilite o promueva la entrada ilegal";
  MarkStaleTranslations(&before, after);
  EXPECT_EQ(after.provisions[0].stale, std::vector<std::string>{"en"});

  // Still stale on a later write that touches neither text...
  CellContent later = after;
  later.provisions[0].article = "art. 5 bis";
  MarkStaleTranslations(&after, later);
  EXPECT_EQ(later.provisions[0].stale, std::vector<std::string>{"en"});
  // ...and fresh once the translation is rewritten.
  CellContent translated = later;
  translated.provisions[0].excerpt.en = "Whoever facilitates or promotes illegal entry";
  MarkStaleTranslations(&later, translated);
  EXPECT_TRUE(translated.provisions[0].stale.empty());
}

TEST(StaleTranslationTest, ChangingBothLanguagesTogetherOrANewProvisionIsNotStale) {
  CellContent before;
  before.provisions.push_back(WithExcerpt("uno", "one"));
  CellContent after = before;
  after.provisions[0].excerpt = LocalizedText{"dos", "two"};
  after.provisions.push_back(WithExcerpt("tres", "three"));
  MarkStaleTranslations(&before, after);
  EXPECT_TRUE(after.provisions[0].stale.empty());
  EXPECT_TRUE(after.provisions[1].stale.empty());
}

TEST(OutdatedTest, AnAsOfDateOlderThanTheThresholdWarns) {
  auto provision = WithExcerpt("texto", std::nullopt);
  auto today = *ParseIsoDate("2026-10-01");
  EXPECT_FALSE(IsOutdated(provision, today, 730)) << "no date, no warning";
  provision.as_of = ParseIsoDate("2024-10-01");
  EXPECT_FALSE(IsOutdated(provision, today, 730));
  provision.as_of = ParseIsoDate("2024-09-30");
  EXPECT_TRUE(IsOutdated(provision, today, 730));
  EXPECT_FALSE(IsOutdated(provision, today, 1000)) << "the Secretariat's threshold";
}

TEST(SnapshotTest, EachCellAsTheLatestRoundAtOrBeforeTheOneAskedFor) {
  auto version = [](int topic, const std::string& country, int round, const std::string& note) {
    MatrixCell cell;
    cell.topic = MatrixTopicId{topic};
    cell.country = country;
    cell.round = round;
    cell.content.note = note;
    return cell;
  };
  std::vector<MatrixCell> versions{version(1, "HN", 2, "HN r2"), version(1, "HN", 1, "HN r1"),
                                   version(1, "GT", 3, "GT r3"), version(2, "HN", 1, "HN t2")};
  auto notes = [](const std::vector<MatrixCell>& cells) {
    std::set<std::string> result;
    for (const auto& cell : cells) result.insert(cell.content.note);
    return result;
  };
  EXPECT_EQ(notes(SnapshotAsOf(versions, 1)), (std::set<std::string>{"HN r1", "HN t2"}));
  EXPECT_EQ(notes(SnapshotAsOf(versions, 2)), (std::set<std::string>{"HN r2", "HN t2"}));
  EXPECT_EQ(notes(SnapshotAsOf(versions, std::nullopt)), (std::set<std::string>{"HN r2", "HN t2", "GT r3"}));
}

TEST(TranslationGapTest, MissingAndStaleTranslationsAreListedPerProvision) {
  MatrixCell cell;
  cell.topic = MatrixTopicId{3};
  cell.country = "HN";
  cell.content.provisions.push_back(WithExcerpt("solo español", std::nullopt));
  cell.content.provisions.push_back(WithExcerpt("ambos", "both"));
  auto stale = WithExcerpt("cambiado", "old");
  stale.stale = {"en"};
  cell.content.provisions.push_back(stale);
  auto gaps = TranslationGaps({cell});
  ASSERT_EQ(gaps.size(), 2u) << "the provision in both languages, fresh, is not a gap";
  EXPECT_EQ(gaps[0].provision, 0);
  EXPECT_EQ(gaps[0].missing, std::vector<std::string>{"en"});
  EXPECT_EQ(gaps[1].provision, 2);
  EXPECT_TRUE(gaps[1].missing.empty());
  EXPECT_EQ(gaps[1].stale, std::vector<std::string>{"en"});
}

TEST(WordDiffTest, ReplacedWordsAreStruckThenAddedAndTheRestKept) {
  auto diff =
      WordDiff("Quien facilite la entrada ilegal de una persona", "Quien promueva la entrada ilegal de personas");
  std::vector<DiffSegment> expected{{DiffOp::kEqual, "Quien "},       {DiffOp::kDelete, "facilite"},
                                    {DiffOp::kInsert, "promueva"},    {DiffOp::kEqual, " la entrada ilegal de "},
                                    {DiffOp::kDelete, "una persona"}, {DiffOp::kInsert, "personas"}};
  EXPECT_EQ(diff, expected);
}

TEST(WordDiffTest, AccentedWordsAndPunctuationAreWholePiecesAndTheTextsComeBack) {
  auto pieces = WordPieces("tráfico, migración.");
  EXPECT_EQ(pieces, (std::vector<std::string>{"tráfico", ",", " ", "migración", "."}));
  std::string before = "El tráfico ilícito — de migrantes.";
  std::string after = "El tráfico ilícito agravado de migrantes y la trata.";
  std::string rebuilt_before, rebuilt_after;
  for (const auto& segment : WordDiff(before, after)) {
    if (segment.op != DiffOp::kInsert) rebuilt_before += segment.text;
    if (segment.op != DiffOp::kDelete) rebuilt_after += segment.text;
  }
  EXPECT_EQ(rebuilt_before, before);
  EXPECT_EQ(rebuilt_after, after);
}

TEST(CellJsonTest, WhatTheServerComputesIsIgnoredAndUnknownFieldsRefused) {
  auto read = CellContentFromJson(nlohmann::json::parse(R"({"provisions": [{"law": {"title": "Ley"},
      "excerpt": {"es": "texto"}, "languages": ["es"], "outdated": false, "stale": []}], "no_provision": false})"));
  ASSERT_TRUE(read) << read.error().reason;
  EXPECT_EQ(read->provisions.at(0).law.title, "Ley");
  auto refused = CellContentFromJson(nlohmann::json::parse(R"({"provisions": [{"lawyer": 1}], "cells": 2})"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.size(), 2u);
}

}  // namespace
}  // namespace enlace
