#include "matrices/http/matrix_answer_cache.hpp"

#include <gtest/gtest.h>

namespace enlace::http {
namespace {

TEST(MatrixAnswerCacheTest, AnAnswerIsGivenOnlyForTheStampItWasMadeAt) {
  MatrixAnswerCache cache;
  EXPECT_EQ(cache.Find("matrix/1/7/latest", "3/40/a"), nullptr);
  cache.Keep("matrix/1/7/latest", "3/40/a", "{\"cells\":[1,2,3]}");
  auto kept = cache.Find("matrix/1/7/latest", "3/40/a");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(*kept, "{\"cells\":[1,2,3]}");
  EXPECT_EQ(cache.Find("matrix/1/7/latest", "4/41/a"), nullptr) << "a cell published since";
  EXPECT_EQ(cache.Find("matrix/1/7/2", "3/40/a"), nullptr) << "another query";
  cache.Keep("matrix/1/7/latest", "4/41/a", "{\"cells\":[1,2,3,4]}");
  EXPECT_EQ(cache.Find("matrix/1/7/latest", "3/40/a"), nullptr) << "the older answer is replaced";
  EXPECT_EQ(*cache.Find("matrix/1/7/latest", "4/41/a"), "{\"cells\":[1,2,3,4]}");
  EXPECT_EQ(*kept, "{\"cells\":[1,2,3]}") << "an answer being sent stays whole";
}

TEST(MatrixAnswerCacheTest, TheLeastRecentlyUsedAnswersGoFirst) {
  MatrixAnswerCache cache;
  for (int i = 0; i < 64; ++i) cache.Keep("k" + std::to_string(i), "s", "answer " + std::to_string(i));
  ASSERT_NE(cache.Find("k0", "s"), nullptr);  // used again: now the most recent
  cache.Keep("k64", "s", "answer 64");
  EXPECT_NE(cache.Find("k0", "s"), nullptr);
  EXPECT_EQ(cache.Find("k1", "s"), nullptr) << "the least recently used went";
  EXPECT_NE(cache.Find("k64", "s"), nullptr);
  // Size counts too: two answers of 20 MB do not fit under 32 MB.
  cache.Keep("big1", "s", std::string(20u << 20, 'x'));
  cache.Keep("big2", "s", std::string(20u << 20, 'y'));
  EXPECT_EQ(cache.Find("big1", "s"), nullptr);
  EXPECT_NE(cache.Find("big2", "s"), nullptr);
}

}  // namespace
}  // namespace enlace::http
