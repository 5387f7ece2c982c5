#include "kernel/domain/contributions.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace enlace {
namespace {

using ContributedLines = Contributions<std::string, const std::string&, int>;

TEST(ContributionsTest, NoSourceGivesNothing) {
  ContributedLines lines;
  EXPECT_TRUE(lines.For("es", 1).empty());
}

TEST(ContributionsTest, EverySourceIsAskedWithTheSameArgumentsInTheOrderAdded) {
  ContributedLines lines;
  std::vector<std::string> asked;
  lines.Add([&](const std::string& language, int record) {
    asked.push_back("first " + language + " " + std::to_string(record));
    return std::vector<std::string>{"a" + std::to_string(record), "b"};
  });
  lines.Add([&](const std::string& language, int) {
    asked.push_back("second " + language);
    return std::vector<std::string>{};  // a source with nothing for this record
  });
  lines.Add([](const std::string& language, int) { return std::vector<std::string>{language}; });
  EXPECT_EQ(lines.For("en", 7), (std::vector<std::string>{"a7", "b", "en"}));
  EXPECT_EQ(asked, (std::vector<std::string>{"first en 7", "second en"}));
}

TEST(ContributionsTest, ASourceAddedAfterAQuestionAnswersTheNextOne) {
  ContributedLines lines;
  lines.Add([](const std::string&, int) { return std::vector<std::string>{"one"}; });
  EXPECT_EQ(lines.For("es", 1).size(), 1U);
  lines.Add([](const std::string&, int) { return std::vector<std::string>{"two"}; });
  EXPECT_EQ(lines.For("es", 1), (std::vector<std::string>{"one", "two"}));
}

}  // namespace
}  // namespace enlace
