#include "app/csv_reader.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

TEST(CsvReaderTest, ReadsQuotedFieldsWithCommasAndQuotes) {
  auto records = ParseCsv("code,name\nA,\"One, \"\"first\"\"\"\r\nB,Two\n");
  ASSERT_TRUE(records);
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[0].at("name"), "One, \"first\"");
  EXPECT_EQ((*records)[1].at("code"), "B");
}

TEST(CsvReaderTest, RefusesRowsWithTheWrongNumberOfFields) {
  auto records = ParseCsv("a,b\n1,2,3\n");
  ASSERT_FALSE(records);
  EXPECT_EQ(records.error().reason, "invalid_csv");
}

TEST(CsvReaderTest, RefusesAnUnclosedQuote) { EXPECT_FALSE(ParseCsv("a\n\"open\n")); }

}  // namespace
}  // namespace enlace
