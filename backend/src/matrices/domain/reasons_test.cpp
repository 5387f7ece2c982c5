// Every reason of matrices/domain/reasons.hpp has a message in each language of texts/, and the
// catalogues of both languages hold the same keys and the same placeholders.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "kernel/domain/embedded.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles matrices();
}  // namespace embedded

namespace {

nlohmann::json Catalogue(const std::string& language) {
  for (const auto& file : embedded::matrices()) {
    if (file.name == "texts/" + language + ".json") return nlohmann::json::parse(file.content);
  }
  ADD_FAILURE() << "no texts/" << language << ".json";
  return nlohmann::json::object();
}

std::set<std::string> Placeholders(const std::string& text) {
  std::set<std::string> names;
  static const std::regex kPlaceholder(R"(\{([a-z_]+)\})");
  for (std::sregex_iterator it(text.begin(), text.end(), kPlaceholder), end; it != end; ++it) names.insert((*it)[1]);
  return names;
}

TEST(MatricesTextsTest, EveryReasonHasAMessageInEveryLanguage) {
  std::ifstream in(std::string(ENLACE_SOURCE_DIR) + "/backend/src/matrices/domain/reasons.hpp");
  std::stringstream source;
  source << in.rdbuf();
  static const std::regex kReason(R"re(Reason k\w+\{"([a-z_]+)"\})re");
  auto text = source.str();
  int reasons = 0;
  for (std::sregex_iterator it(text.begin(), text.end(), kReason), end; it != end; ++it) {
    ++reasons;
    for (const char* language : {"es", "en"}) {
      EXPECT_TRUE(Catalogue(language)["errors"].contains((*it)[1].str())) << (*it)[1] << " in " << language;
    }
  }
  EXPECT_GE(reasons, 9);
}

TEST(MatricesTextsTest, BothLanguagesHaveTheSameKeysAndPlaceholders) {
  auto es = Catalogue("es");
  auto en = Catalogue("en");
  for (const char* section : {"errors", "texts"}) {
    ASSERT_EQ(es[section].size(), en[section].size()) << section;
    for (const auto& [key, value] : es[section].items()) {
      ASSERT_TRUE(en[section].contains(key)) << section << "." << key;
      EXPECT_EQ(Placeholders(value.get<std::string>()), Placeholders(en[section][key].get<std::string>())) << key;
      EXPECT_FALSE(value.get<std::string>().empty()) << key;
    }
  }
}

}  // namespace
}  // namespace enlace
