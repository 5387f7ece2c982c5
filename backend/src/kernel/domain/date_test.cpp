#include "kernel/domain/date.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

TEST(DateTest, ParsesAndFormatsIsoDays) {
  auto date = ParseIsoDate("2016-11-15");
  ASSERT_TRUE(date);
  EXPECT_EQ(FormatIsoDate(*date), "2016-11-15");
}

TEST(DateTest, RefusesImpossibleOrMalformedDays) {
  EXPECT_FALSE(ParseIsoDate("2017-02-29"));
  EXPECT_FALSE(ParseIsoDate("2016-13-01"));
  EXPECT_FALSE(ParseIsoDate("2016-1-01"));
  EXPECT_FALSE(ParseIsoDate("+016-11-15"));
  EXPECT_FALSE(ParseIsoDate(""));
}

TEST(DateTest, AddingMonthsClampsToTheEndOfTheMonth) {
  EXPECT_EQ(FormatIsoDate(AddMonths(*ParseIsoDate("2016-11-15"), 2)), "2017-01-15");
  EXPECT_EQ(FormatIsoDate(AddMonths(*ParseIsoDate("2016-12-31"), 2)), "2017-02-28");
  EXPECT_EQ(FormatIsoDate(AddMonths(*ParseIsoDate("2019-12-31"), 2)), "2020-02-29");
}

TEST(DateTest, TimestampsRoundTrip) {
  auto instant = ParseIsoTimestamp("2026-11-29T21:05:09Z");
  ASSERT_TRUE(instant);
  EXPECT_EQ(FormatIsoTimestamp(*instant), "2026-11-29T21:05:09Z");
  EXPECT_FALSE(ParseIsoTimestamp("2026-11-29 21:05:09"));
}

TEST(DateTest, CountsDaysBetweenDates) {
  EXPECT_EQ(DaysBetween(*ParseIsoDate("2016-11-15"), *ParseIsoDate("2017-01-15")), 61);
  EXPECT_EQ(DaysBetween(*ParseIsoDate("2017-01-15"), *ParseIsoDate("2016-11-15")), -61);
}

}  // namespace
}  // namespace enlace
