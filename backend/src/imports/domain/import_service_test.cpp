#include "imports/domain/import_service.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

using nlohmann::json;

json Reading(const std::string& first_text) {
  return {{"language", "en"},
          {"body_code", "SMUGGLING_TIP_NETWORK"},
          {"date", "2016-11-15"},
          {"date_end", nullptr},
          {"place", {{"city", "San Pedro Sula"}, {"country", "HN"}}},
          {"agreements",
           {{{"number", "1"}, {"text", first_text}}, {{"number", "2"}, {"text", "Review the Glossary of the RCM."}}}}};
}

TEST(ImportFingerprintTest, SpacingQuotesCaseAndAccentsDoNotMakeAnotherReport) {
  auto text = ImportService::FingerprintText(Reading("Thank IOM for the \"Compliance Indicators\" — and its study."));
  EXPECT_EQ(
      ImportService::FingerprintText(Reading("thank  IOM for the \u201cCompliance\nIndicators\u201d - and its study")),
      text);
  auto spanish = ImportService::FingerprintText(Reading("Agradecer a la OIM por la presentación."));
  EXPECT_EQ(ImportService::FingerprintText(Reading("Agradecer a la OIM por la presentacion")), spanish);
}

TEST(ImportFingerprintTest, AnotherTextDateOrBodyIsAnotherReport) {
  auto text = ImportService::FingerprintText(Reading("Thank IOM."));
  EXPECT_NE(ImportService::FingerprintText(Reading("Thank UNHCR.")), text);
  auto moved = Reading("Thank IOM.");
  moved["date"] = "2016-11-16";
  EXPECT_NE(ImportService::FingerprintText(moved), text);
  auto other_body = Reading("Thank IOM.");
  other_body["body_code"] = "RCGM";
  EXPECT_NE(ImportService::FingerprintText(other_body), text);
}

TEST(ImportFingerprintTest, AReadingOfAnyShapeHasAFingerprint) {
  EXPECT_FALSE(ImportService::FingerprintText(json::object()).empty());
  EXPECT_FALSE(ImportService::FingerprintText(json{{"agreements", "none"}, {"place", 3}}).empty());
  EXPECT_FALSE(ImportService::FingerprintText(json::array()).empty());
}

TEST(ImportConfirmModeTest, OnlyCreateAndUpdate) {
  EXPECT_EQ(ParseConfirmMode("create"), ConfirmMode::kCreate);
  EXPECT_EQ(ParseConfirmMode("update"), ConfirmMode::kUpdate);
  EXPECT_FALSE(ParseConfirmMode("merge"));
}

}  // namespace
}  // namespace enlace

namespace enlace {
namespace {

// Issue 10, item 9: the proposed title is not the network's name alone.
TEST(ImportProposedTitleTest, BodyOrdinalPlaceAndYearInTheReportsLanguage) {
  nlohmann::json reading = {{"language", "es"},
                            {"body", "Red de Funcionarios de Enlace"},
                            {"ordinal", "XII"},
                            {"place", {{"city", "San Pedro Sula"}, {"country", "HN"}}},
                            {"date", "2016-11-15"}};
  EXPECT_EQ(ImportService::ProposedTitle(reading), "Red de Funcionarios de Enlace, XII reunión, San Pedro Sula, 2016");
  reading["language"] = "en";
  reading["body"] = "Liaison  Officer Network";
  EXPECT_EQ(ImportService::ProposedTitle(reading), "Liaison Officer Network, XII meeting, San Pedro Sula, 2016");
  // What the reader missed is left out, not written as a blank.
  reading.erase("ordinal");
  reading["place"]["city"] = nullptr;
  EXPECT_EQ(ImportService::ProposedTitle(reading), "Liaison Officer Network, 2016");
  EXPECT_EQ(ImportService::ProposedTitle(nlohmann::json::object()), "");
}

}  // namespace
}  // namespace enlace
