// PlanMatrixImport: the lines of a first load's table read as topics and cells, merged, and every
// problem found at once, with its line.
#include "matrices/domain/matrix_import.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

MatrixImportRow Line(int line, std::map<std::string, std::string> values) { return {line, std::move(values)}; }

Matrix EmptyMatrix() {
  Matrix matrix;
  matrix.countries = {"GT", "HN", "SV"};
  return matrix;
}

TEST(MatrixImportTest, LinesBecomeTopicsAndCellsAndTheSameProvisionInTwoLanguagesIsOne) {
  auto plan = PlanMatrixImport(EmptyMatrix(),
                               {Line(2, {{"topic_number", "1"},
                                         {"topic", "Tipificación"},
                                         {"country", "hn"},
                                         {"law_title", "Código Penal"},
                                         {"article", "art. 342"},
                                         {"excerpt", "Quien facilite"},
                                         {"excerpt_language", "es"},
                                         {"as_of", "2016-05-03T00:00:00"}}),
                                Line(3, {{"topic_number", "1"},
                                         {"topic", "Offence"},
                                         {"country", "HN"},
                                         {"law_title", "Código Penal"},
                                         {"article", "art. 342"},
                                         {"excerpt", "Whoever facilitates"},
                                         {"excerpt_language", "en"}}),
                                Line(4, {{"topic_number", "1"},
                                         {"country", "HN"},
                                         {"law_title", "Ley de Migración"},
                                         {"article", "art. 8"},
                                         {"excerpt_es", "Otra"},
                                         {"source", "organization"}}),
                                Line(5, {{"topic_number", "2"},
                                         {"topic_es", "Agravantes"},
                                         {"country", "GT"},
                                         {"no_provision", "sí"},
                                         {"note", "Sin disposición"}})},
                               "es");
  EXPECT_TRUE(plan.problems.empty()) << plan.problems.front().error.field;
  ASSERT_EQ(plan.topics.size(), 2u);
  EXPECT_TRUE(plan.topics[0].created);
  EXPECT_EQ(*plan.topics[0].title.es, "Tipificación");
  EXPECT_EQ(*plan.topics[0].title.en, "Offence");
  ASSERT_EQ(plan.cells.size(), 2u);
  const auto& hn = plan.cells[0];
  EXPECT_EQ(hn.country, "HN");
  ASSERT_EQ(hn.content.provisions.size(), 2u);
  EXPECT_EQ(*hn.content.provisions[0].excerpt.es, "Quien facilite");
  EXPECT_EQ(*hn.content.provisions[0].excerpt.en, "Whoever facilitates");
  EXPECT_EQ(hn.content.provisions[0].as_of, ParseIsoDate("2016-05-03"));
  EXPECT_EQ(hn.source, ProvisionSource::kSecretariat) << "the cell's first line says who compiled it";
  const auto& gt = plan.cells[1];
  EXPECT_TRUE(gt.content.no_provision);
  EXPECT_TRUE(gt.content.provisions.empty());
  EXPECT_EQ(gt.content.note, "Sin disposición");
}

TEST(MatrixImportTest, EveryProblemIsFoundAtOnceWithItsLine) {
  auto matrix = EmptyMatrix();
  matrix.topics.push_back(MatrixTopic{MatrixTopicId{7}, 1, LocalizedText{"Uno", std::nullopt}, {}, {}});
  auto plan = PlanMatrixImport(
      matrix,
      {Line(2, {{"topic_number", "uno"}, {"country", "HN"}, {"article", "a"}, {"excerpt", "x"}}),
       Line(3, {{"topic_number", "1"}, {"country", "MX"}, {"article", "a"}, {"excerpt", "x"}}),
       Line(4, {{"topic_number", "1"}, {"country", "HN"}, {"article", "a"}, {"excerpt", "x"}, {"as_of", "31/12"}}),
       Line(5, {{"topic_number", "3"}, {"topic", "Tres"}, {"country", "HN"}, {"article", "a"}, {"excerpt", "x"}}),
       Line(6, {{"topic_number", "1"}, {"country", "GT"}, {"article", "a"}, {"url", "ftp://x"}, {"excerpt", "x"}}),
       Line(7, {{"topic_number", "1"}, {"country", "SV"}, {"excerpt", "x"}, {"source", "rumour"}})},
      "es");
  std::vector<std::pair<int, std::string>> found;
  for (const auto& problem : plan.problems) found.emplace_back(problem.line, problem.error.field);
  std::vector<std::pair<int, std::string>> expected{{2, "topic_number"}, {3, "country"}, {4, "as_of"},
                                                    {5, "topic_number"}, {6, "url"},     {7, "source"}};
  EXPECT_EQ(found, expected);
  EXPECT_EQ(plan.problems[3].error.params.at("next"), "2") << "topic 2 is missing: 3 cannot come next";
  EXPECT_FALSE(plan.topics.front().created) << "topic 1 is the matrix's own";
}

TEST(MatrixImportTest, ANewTopicNeedsATitleAndALineWithOnlyItsPlaceIsAnEmptyCell) {
  auto plan = PlanMatrixImport(EmptyMatrix(), {Line(2, {{"topic_number", "1"}, {"country", "HN"}})}, "en");
  ASSERT_EQ(plan.problems.size(), 1u);
  EXPECT_EQ(plan.problems[0].error.field, "topic");
  ASSERT_EQ(plan.cells.size(), 1u);
  EXPECT_TRUE(plan.cells[0].content.Empty());
}

}  // namespace
}  // namespace enlace
