#include "kernel/domain/written_text.hpp"

#include <gtest/gtest.h>

#include "kernel/testing/golden.hpp"
#include "kernel/testing/test_kernel.hpp"

namespace enlace {
namespace {

// The kernel's catalogues, in one language.
Wording Words(std::string_view language) {
  static const Texts texts = testing::CatalogueTexts();
  return Wording(texts, language);
}

Date Day(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

TEST(WrittenTextTest, DatesAreWrittenAsPeopleWriteThem) {
  EXPECT_EQ(WrittenDate(Day(2016, 11, 15), Words("es")), "15 de noviembre de 2016");
  EXPECT_EQ(WrittenDate(Day(2016, 11, 15), Words("en")), "15 November 2016");
  EXPECT_EQ(WrittenDate(Day(2018, 3, 1), Words("es")), "1 de marzo de 2018");
}

TEST(WrittenTextTest, ARangeNamesTheMonthAndYearOnceWhenTheyAreShared) {
  EXPECT_EQ(WrittenDateSpan(Day(2016, 11, 15), Day(2016, 11, 17), Words("es")), "15 al 17 de noviembre de 2016");
  EXPECT_EQ(WrittenDateSpan(Day(2016, 11, 15), Day(2016, 11, 17), Words("en")), "15\u201317 November 2016");
  EXPECT_EQ(WrittenDateSpan(Day(2016, 11, 30), Day(2016, 12, 2), Words("es")),
            "30 de noviembre al 2 de diciembre de 2016");
  EXPECT_EQ(WrittenDateSpan(Day(2016, 12, 30), Day(2017, 1, 2), Words("en")), "30 December 2016 \u2013 2 January 2017");
  EXPECT_EQ(WrittenDateSpan(Day(2016, 11, 15), Day(2016, 11, 15), Words("en")), "15 November 2016");
}

TEST(WrittenTextTest, DatePhrasesFitInsideASentence) {
  EXPECT_EQ(DatePhrase(Day(2016, 11, 15), Day(2016, 11, 15), Words("es")), "el 15 de noviembre de 2016");
  EXPECT_EQ(DatePhrase(Day(2016, 11, 15), Day(2016, 11, 17), Words("es")), "del 15 al 17 de noviembre de 2016");
  EXPECT_EQ(DatePhrase(Day(2016, 11, 15), Day(2016, 11, 17), Words("en")), "from 15 to 17 November 2016");
}

TEST(WrittenTextTest, NamesAreJoinedWithTheLanguagesConjunction) {
  EXPECT_EQ(JoinNames({"Canadá", "Costa Rica", "Panamá"}, Words("es")), "Canadá, Costa Rica y Panamá");
  EXPECT_EQ(JoinNames({"Chile", "Irlanda"}, Words("es")), "Chile e Irlanda");
  EXPECT_EQ(JoinNames({"Canada", "Panama"}, Words("en")), "Canada and Panama");
  EXPECT_EQ(JoinNames({"Canada"}, Words("en")), "Canada");
  EXPECT_EQ(JoinNames({}, Words("en")), "");
}

TEST(WrittenTextTest, CleaningDropsWhatXmlCannotCarryAndKeepsTheRest) {
  EXPECT_EQ(CleanText("a\x01"
                      "b\x0b"
                      "c\x7f"
                      "d"),
            "abcd");
  EXPECT_EQ(CleanText("uno\r\ndos\rtres"), "uno\ndos\ntres");
  EXPECT_EQ(CleanText("año \u00ab\u20ac\u00bb \u2014 \xF0\x9F\x98\x80"),
            "año \u00ab\u20ac\u00bb \u2014 \xF0\x9F\x98\x80");
  EXPECT_EQ(CleanText("bad \xff byte"), "bad \uFFFD byte");
  EXPECT_EQ(CleanText("overlong \xC0\xAF"), "overlong \uFFFD\uFFFD");
  EXPECT_EQ(CleanText("truncated \xE2\x82"), "truncated \uFFFD\uFFFD");
  EXPECT_EQ(CleanText("nonchar \xEF\xBF\xBF!"), "nonchar !");
  EXPECT_EQ(CleanText("  San\tPedro\n Sula  ", LineBreaks::kToSpaces), "San Pedro Sula");
}

// Every shape of date, span, phrase and list, in both languages, as one golden file.
TEST(WrittenTextTest, EveryShapeMatchesTheGoldenFile) {
  std::string out;
  for (const char* language : {"es", "en"}) {
    out += std::string("== ") + language + "\n";
    for (unsigned month = 1; month <= 12; ++month)
      out += WrittenDate(Day(2017, month, month + 18), Words(language)) + "\n";
    out += WrittenDate(Day(2016, 2, 30), Words(language)) + "\n";
    const std::pair<Date, Date> spans[] = {
        {Day(2016, 11, 15), Day(2016, 11, 15)}, {Day(2016, 11, 15), Day(2016, 11, 17)},
        {Day(2016, 11, 30), Day(2016, 12, 2)},  {Day(2016, 12, 30), Day(2017, 1, 2)},
        {Day(2016, 11, 17), Day(2016, 11, 15)}, {Day(2016, 2, 30), Day(2016, 3, 2)},
        {Day(2016, 3, 1), Day(2016, 2, 30)},
    };
    for (const auto& [first, last] : spans) {
      out += WrittenDateSpan(first, last, Words(language)) + " | " + DatePhrase(first, last, Words(language)) + "\n";
    }
    const std::vector<std::vector<std::string>> lists = {
        {},
        {"Canadá"},
        {"Chile", "Irlanda"},
        {"Canadá", "Costa Rica", "Panamá"},
        {"México", "Italia"},
        {"México", "Hidalgo"},
        {"México", "hielo"},
        {"México", "Iowa"},
        {"México", "Ítaca"},
        {"México", "íntegro"},
        {"México", "Hierro"},
        {"México", "Hilo"},
        {"Canada", "Ireland", "Iceland"},
    };
    for (const auto& names : lists) out += "[" + JoinNames(names, Words(language)) + "]\n";
  }
  testing::ExpectMatchesGolden(ENLACE_SOURCE_DIR "/backend/src/kernel/domain/testdata/written_text.golden", out);
}

}  // namespace
}  // namespace enlace
