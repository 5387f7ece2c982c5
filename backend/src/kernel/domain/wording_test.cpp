#include "kernel/domain/wording.hpp"

#include <gtest/gtest.h>

#include "kernel/domain/text_keys.hpp"

namespace enlace {
namespace {

// A catalogue of one folder in two made-up grammars: "xx" with genders read off words and
// endings, and singular for 0 and 1; "yy" with none.
Texts Catalogues() {
  static constexpr std::string_view kXx = R"json({"texts": {
    "grammar.plural.one": "0 1",
    "grammar.gender.masculine_words": "foro", "grammar.gender.feminine_words": "red",
    "grammar.gender.masculine_plural_words": "", "grammar.gender.feminine_plural_words": "",
    "grammar.gender.masculine_endings": "n", "grammar.gender.feminine_endings": "a ión",
    "grammar.gender.masculine_plural_endings": "os", "grammar.gender.feminine_plural_endings": "as",
    "names.to.masculine": "al {name}", "names.to.feminine": "a la {name}",
    "names.to.masculine_plural": "a los {name}", "names.to.feminine_plural": "a las {name}"}})json";
  static constexpr std::string_view kYy = R"json({"texts": {"grammar.plural.one": "1",
    "names.to.masculine": "to the {name}"}})json";
  const EmbeddedFile files[] = {{"texts/xx.json", kXx}, {"texts/yy.json", kYy}};
  Texts texts;
  EXPECT_TRUE(texts.Add("test", files));
  return texts;
}

TEST(WordingTest, TheGenderOfANameIsReadOffItsFirstWord) {
  Texts texts = Catalogues();
  Wording words(texts, "xx");
  EXPECT_EQ(words.GenderOf("Red de Funcionarios"), Gender::kFeminine);    // a listed word
  EXPECT_EQ(words.GenderOf("Foro Regional"), Gender::kMasculine);         // listed, despite its ending
  EXPECT_EQ(words.GenderOf("Comisión Mixta"), Gender::kFeminine);         // the longest ending: "ión", not "n"
  EXPECT_EQ(words.GenderOf("Américas Unidas"), Gender::kFemininePlural);  // an ending
  EXPECT_EQ(words.GenderOf("Grupos de Trabajo"), Gender::kMasculinePlural);
  EXPECT_EQ(words.GenderOf("Grupo Regional"), Gender::kMasculine);  // nothing matches
  EXPECT_EQ(words.GenderOf(""), Gender::kMasculine);
  EXPECT_EQ(words(text_keys::kNameAfterTo, words.GenderOf("Red"), {{"name", "Red"}}), "a la Red");
  // A language without genders gives every name the default form.
  EXPECT_EQ(Wording(texts, "yy").GenderOf("Red de Funcionarios"), Gender::kMasculine);
}

TEST(WordingTest, TheLanguageSaysWhichCountsAreSingular) {
  Texts texts = Catalogues();
  // The keys are missing, so each text is its key: what matters is which one is chosen.
  PluralKey days{TextKey{"days.one"}, TextKey{"days.other"}};
  EXPECT_EQ(Wording(texts, "xx")(days, 0), "days.one");
  EXPECT_EQ(Wording(texts, "xx")(days, 1), "days.one");
  EXPECT_EQ(Wording(texts, "xx")(days, 2), "days.other");
  EXPECT_EQ(Wording(texts, "yy")(days, 0), "days.other");
  EXPECT_EQ(Wording(texts, "yy")(days, 1), "days.one");
}

TEST(WordingTest, AReaderWithoutCataloguesReadsTheDefaultLanguage) {
  Texts texts = Catalogues();
  EXPECT_EQ(Wording::ForReader(texts, "yy").language(), "yy");
  EXPECT_EQ(Wording::ForReader(texts, "fr").language(), Wording::kDefaultLanguage);
}

TEST(WordingTest, AValueIsNeverReadAsAPlaceholder) {
  EXPECT_EQ(Interpolate("{a} and {b}", {{"a", "{b}"}, {"b", "B"}}), "{b} and B");
  EXPECT_EQ(Interpolate("{unknown} {a}", {{"a", "A"}}), "{unknown} A");
  EXPECT_EQ(Interpolate("{a{a}} {", {{"a", "A"}}), "{aA} {");
}

}  // namespace
}  // namespace enlace
