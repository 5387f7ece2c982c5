#include "kernel/http/rate_limit.hpp"

#include <gtest/gtest.h>

namespace enlace::http {
namespace {

TEST(RateLimiterTest, ABurstPassesThenTheRestWaitsForTokens) {
  RateLimiter limiter(20, 60);
  double now = 1000;
  for (int i = 0; i < 60; ++i) EXPECT_EQ(limiter.Take("198.51.100.1", now), 0) << i;
  EXPECT_EQ(limiter.Take("198.51.100.1", now), 1);
  // A twentieth of a second brings one token back, and only one.
  now += 0.05;
  EXPECT_EQ(limiter.Take("198.51.100.1", now), 0);
  EXPECT_EQ(limiter.Take("198.51.100.1", now), 1);
  // Another client has its own bucket.
  EXPECT_EQ(limiter.Take("198.51.100.2", now), 0);
}

TEST(RateLimiterTest, TheRetryAfterSaysWhenATokenComesBack) {
  RateLimiter limiter(0.5, 1);  // one request every two seconds
  EXPECT_EQ(limiter.Take("a", 0), 0);
  EXPECT_EQ(limiter.Take("a", 0), 2);
  EXPECT_EQ(limiter.Take("a", 1.5), 1);
  EXPECT_EQ(limiter.Take("a", 2.0), 0);
}

TEST(RateLimiterTest, AnIdleClientRefillsUpToTheBurstOnly) {
  RateLimiter limiter(20, 60);
  for (int i = 0; i < 60; ++i) limiter.Take("a", 0);
  EXPECT_NE(limiter.Take("a", 0), 0);
  // An hour later: 60 tokens, not 72,000.
  int passed = 0;
  while (limiter.Take("a", 3600) == 0 && passed < 1000) ++passed;
  EXPECT_EQ(passed, 60);
}

TEST(RateLimiterTest, MemoryIsBoundedAndAnActiveClientKeepsItsBucket) {
  RateLimiter limiter(0.1, 5, 100);  // one token every 10 s
  for (int i = 0; i < 5; ++i) limiter.Take("busy", 0);
  EXPECT_NE(limiter.Take("busy", 0), 0);
  // Thousands of addresses, one request each, while "busy" keeps asking.
  for (int i = 0; i < 10'000; ++i) {
    double now = 0.0001 * i;
    limiter.Take("client-" + std::to_string(i), now);
    EXPECT_LE(limiter.clients(), 100u);
    if (i % 10 == 0) limiter.Take("busy", now);
  }
  EXPECT_NE(limiter.Take("busy", 1.0), 0);
}

TEST(RateLimiterTest, ARateOfZeroLimitsNothing) {
  RateLimiter limiter(0, 0);
  EXPECT_FALSE(limiter.enabled());
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(limiter.Take("a", 0), 0);
  EXPECT_EQ(limiter.clients(), 0u);
}

}  // namespace
}  // namespace enlace::http
