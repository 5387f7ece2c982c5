#include "kernel/domain/gazetteer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

Gazetteer SmallGazetteer() {
  Gazetteer gazetteer;
  gazetteer.AddEntity({"US", EntityKind::kCountry, "member", "United States", "Estados Unidos"});
  gazetteer.AddEntity({"DO", EntityKind::kCountry, "member", "Dominican Republic", "República Dominicana"});
  gazetteer.AddEntity({"MX", EntityKind::kCountry, "member", "Mexico", "México"});
  gazetteer.AddEntity({"RCM", EntityKind::kOrganization, "process", "Regional Conference on Migration", ""});
  gazetteer.AddEntity({"TS", EntityKind::kOrganization, "secretariat", "Technical Secretariat", ""});
  gazetteer.AddEntity({"MEMBER_COUNTRIES", EntityKind::kOrganization, "group", "RCM Member Countries", ""});
  gazetteer.AddName("US", "United States", NameForm::kName);
  gazetteer.AddName("US", "the United States of America", NameForm::kName);
  gazetteer.AddName("US", "Estados Unidos de América", NameForm::kName);
  gazetteer.AddName("DO", "República Dominicana", NameForm::kName);
  gazetteer.AddName("DO", "Dominican Republic", NameForm::kName);
  gazetteer.AddName("MX", "México", NameForm::kName);
  gazetteer.AddName("MX", "Mexican", NameForm::kDemonym);
  gazetteer.AddName("RCM", "RCM", NameForm::kAbbreviation);
  gazetteer.AddName("TS", "TS", NameForm::kAbbreviation);
  gazetteer.AddName("TS", "ST", NameForm::kAbbreviation);
  gazetteer.AddName("TS", "Secretaría Técnica", NameForm::kName);
  gazetteer.AddName("MEMBER_COUNTRIES", "RCM Member Countries", NameForm::kName);
  gazetteer.AddName("MEMBER_COUNTRIES", "Member Countries", NameForm::kAbbreviation);
  return gazetteer;
}

std::vector<std::string> Codes(const Gazetteer& gazetteer, std::string_view text) {
  std::vector<std::string> codes;
  for (const GazetteerMention& mention : gazetteer.Find(text)) {
    codes.push_back(gazetteer.entity(mention.entity).code);
  }
  return codes;
}

TEST(GazetteerTest, MatchesIgnoringCaseAndAccents) {
  Gazetteer gazetteer = SmallGazetteer();
  EXPECT_EQ(Codes(gazetteer, "la REPUBLICA DOMINICANA y Mexico"), (std::vector<std::string>{"DO", "MX"}));
  EXPECT_EQ(Codes(gazetteer, "la secretaria tecnica"), (std::vector<std::string>{"TS"}));
}

TEST(GazetteerTest, TheLongestNameWinsAndReportsItsExtent) {
  Gazetteer gazetteer = SmallGazetteer();
  std::string text = "representatives from the United States of America and RCM Member Countries.";
  auto mentions = gazetteer.Find(text);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin), "the United States of America");
  EXPECT_EQ(gazetteer.entity(mentions[1].entity).code, "MEMBER_COUNTRIES");
  EXPECT_EQ(text.substr(mentions[1].begin, mentions[1].end - mentions[1].begin), "RCM Member Countries");
}

TEST(GazetteerTest, CapitalAbbreviationsMatchOnlyInCapitals) {
  Gazetteer gazetteer = SmallGazetteer();
  EXPECT_EQ(Codes(gazetteer, "organized by the RCM TS"), (std::vector<std::string>{"RCM", "TS"}));
  EXPECT_EQ(Codes(gazetteer, "the ts of it, st louis, St. Kitts"), std::vector<std::string>{});
  EXPECT_EQ(Codes(gazetteer, "la ST de la CRM"), (std::vector<std::string>{"TS"}));
}

TEST(GazetteerTest, NamesDoNotSpanACommaOrMatchInsideWords) {
  Gazetteer gazetteer = SmallGazetteer();
  EXPECT_EQ(Codes(gazetteer, "United, States"), std::vector<std::string>{});
  EXPECT_EQ(Codes(gazetteer, "Mexicanos en Méxicali"), std::vector<std::string>{});
}

TEST(GazetteerTest, ANameReachingFurtherWinsOverAnOverlappingShorterOne) {
  Gazetteer gazetteer = SmallGazetteer();
  gazetteer.AddName("MEMBER_COUNTRIES", "los países", NameForm::kName);
  gazetteer.AddName("MEMBER_COUNTRIES", "Países Miembros", NameForm::kName);
  std::string text = "Los Países Miembros remitirán";
  auto mentions = gazetteer.Find(text);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin), "Países Miembros");
}

TEST(GazetteerTest, DemonymsAreReportedWithTheirForm) {
  Gazetteer gazetteer = SmallGazetteer();
  auto mentions = gazetteer.Find("the Mexican delegation");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].form, NameForm::kDemonym);
}

TEST(GazetteerTest, LooksUpAWholeNameAndRefusesUnknownCodes) {
  Gazetteer gazetteer = SmallGazetteer();
  auto index = gazetteer.Lookup("Estados Unidos de America");
  ASSERT_TRUE(index);
  EXPECT_EQ(gazetteer.entity(*index).code, "US");
  EXPECT_FALSE(gazetteer.Lookup("Estados"));
  EXPECT_FALSE(gazetteer.AddName("XX", "Nowhere", NameForm::kName));
}

TEST(TextFoldTest, FoldingKeepsTheWayBackToTheSource) {
  std::string source = "Panamá\xC2\xAD y “Costa Rica”";
  FoldedText folded = FoldText(source);
  EXPECT_EQ(folded.text, "panama y \"costa rica\"");
  std::size_t at = folded.text.find("costa");
  EXPECT_EQ(source.substr(folded.source_offset[at], 5), "Costa");
}

TEST(TextFoldTest, InvalidUtf8FoldsToQuestionMarks) {
  std::string source = "a\xFF\xC3";
  EXPECT_EQ(Fold(source), "a??");
}

}  // namespace
}  // namespace enlace
