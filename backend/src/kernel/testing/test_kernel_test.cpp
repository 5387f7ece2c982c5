#include "kernel/testing/test_kernel.hpp"

#include <gtest/gtest.h>

namespace enlace::testing {
namespace {

TEST(ManualClockTest, StartsOnTheFirstOfOctober2026AtNineUtcAndMovesOnlyWhenTold) {
  ManualClock clock;
  EXPECT_EQ(FormatIsoTimestamp(clock.Now()), "2026-10-01T09:00:00Z");
  EXPECT_EQ(clock.Today(), (Date{std::chrono::year{2026} / 10 / 1}));
  clock.Advance(std::chrono::hours{15});
  EXPECT_EQ(clock.Today(), (Date{std::chrono::year{2026} / 10 / 2}));
  EXPECT_EQ(clock.Now(), clock.Now());
}

}  // namespace
}  // namespace enlace::testing
