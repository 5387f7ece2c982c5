#include "kernel/domain/csv.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

TEST(CsvTest, ReadsQuotedFieldsWithCommasAndQuotes) {
  auto records = ParseCsv("code,name\nA,\"One, \"\"first\"\"\"\r\nB,Two\n");
  ASSERT_TRUE(records);
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[0].at("name"), "One, \"first\"");
  EXPECT_EQ((*records)[1].at("code"), "B");
}

TEST(CsvTest, KeepsLineBreaksInsideQuotesAndSkipsTheByteOrderMarkAndBlankLines) {
  auto rows = ParseCsvRows("\xEF\xBB\xBFiso2,note\n\nHN,\"two\nlines\"\nGT,");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0], (CsvRow{"iso2", "note"}));
  EXPECT_EQ((*rows)[1], (CsvRow{"HN", "two\nlines"}));
  EXPECT_EQ((*rows)[2], (CsvRow{"GT", ""}));
}

TEST(CsvTest, RefusesRowsWithTheWrongNumberOfFields) {
  auto records = ParseCsv("a,b\n1,2,3\n");
  ASSERT_FALSE(records);
  EXPECT_EQ(records.error().reason, "invalid_csv");
}

TEST(CsvTest, RefusesAnUnclosedQuoteAndAnEmptyFile) {
  EXPECT_FALSE(ParseCsvRows("a\n\"open\n"));
  EXPECT_FALSE(ParseCsv("a\n\"open\n"));
  EXPECT_FALSE(ParseCsv(""));
}

TEST(CsvTest, ReadsSemicolonSeparatedRowsWhereCommasAreText) {
  auto rows = ParseCsvRows("a;b\n\"1,5\";\"x;y\"\n", ';');
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1], (CsvRow{"1,5", "x;y"}));
  EXPECT_EQ(ParseCsvRows("a;b\n")->front().size(), 1u) << "commas by default";
}

}  // namespace
}  // namespace enlace
