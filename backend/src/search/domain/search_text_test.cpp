#include "search/domain/search_text.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

namespace enlace::search {
namespace {

// Does `query` find `text` written in `language`? Every query word must have a term in the text.
bool Finds(const std::string& query, const std::string& text, const std::string& language) {
  std::set<std::string> terms;
  std::istringstream in(IndexTerms(text, language));
  for (std::string term; in >> term;) terms.insert(term);
  auto words = ParseQuery(query);
  if (words.empty()) return false;
  for (const auto& word : words) {
    bool any = false;
    for (const auto& term : word.terms) any = any || terms.contains(term);
    if (!any) return false;
  }
  return true;
}

TEST(SearchText, AccentsAndCaseDoNotMatter) {
  EXPECT_TRUE(Finds("trafico", "El tráfico ilícito", "es"));
  EXPECT_TRUE(Finds("TRÁFICO", "el trafico ilicito", "es"));
  EXPECT_TRUE(Finds("educacion", "La Educación", "es"));
  EXPECT_TRUE(Finds("educación", "la educacion", "es"));
}

TEST(SearchText, SpanishStems) {
  EXPECT_TRUE(Finds("migrantes", "protección del migrante", "es"));
  EXPECT_TRUE(Finds("migrante", "los migrantes", "es"));
  EXPECT_TRUE(Finds("trafico de migrantes", "Tráfico ilícito de migrantes", "es"));
  EXPECT_TRUE(Finds("educaciones", "la educación", "es"));
}

TEST(SearchText, EnglishStems) {
  EXPECT_TRUE(Finds("smuggled", "migrant smuggling", "en"));
  EXPECT_TRUE(Finds("smuggling", "migrants were smuggled", "en"));
  EXPECT_TRUE(Finds("migrantes", "migrants", "en"));
}

TEST(SearchText, TextOfUnknownLanguageIsStemmedInBoth) {
  EXPECT_TRUE(Finds("smuggled", "smuggling y migrantes", ""));
  EXPECT_TRUE(Finds("migrante", "smuggling y migrantes", ""));
}

TEST(SearchText, EveryWordMustBeFound) {
  EXPECT_FALSE(Finds("trafico personas", "Tráfico ilícito de migrantes", "es"));
  EXPECT_FALSE(Finds("trata", "Tráfico ilícito de migrantes", "es"));
  EXPECT_FALSE(Finds("smuggled", "the protection of refugees", "en"));
}

TEST(SearchText, StopWordsAreDroppedUnlessAlone) {
  auto words = ParseQuery("tráfico de migrantes");
  ASSERT_EQ(words.size(), 2U);
  EXPECT_EQ(words[0].word, "trafico");
  EXPECT_EQ(words[1].word, "migrantes");
  EXPECT_EQ(ParseQuery("de").size(), 1U);
  EXPECT_TRUE(ParseQuery("  ,; ").empty());
}

TEST(SearchText, SnippetMarksTheFoundWordsAsWritten) {
  auto words = ParseQuery("trafico migrante");
  EXPECT_EQ(Snippet("Combatir el Tráfico ilícito de migrantes por mar.", "es", words),
            "Combatir el <mark>Tráfico</mark> ilícito de <mark>migrantes</mark> por mar.");
}

TEST(SearchText, SnippetIsAWindowAroundTheFirstFind) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "palabra ";
  text += "migrantes al final";
  auto snippet = Snippet(text, "es", ParseQuery("migrante"), 20);
  EXPECT_TRUE(snippet.starts_with("… palabra"));
  EXPECT_NE(snippet.find("<mark>migrantes</mark> al final"), std::string::npos);
  EXPECT_LT(snippet.size(), 200U);
  EXPECT_EQ(Snippet("nada que ver aquí", "es", ParseQuery("migrante")), "nada que ver aquí");
}

}  // namespace
}  // namespace enlace::search
