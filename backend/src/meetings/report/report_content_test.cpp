#include "meetings/report/report_content.hpp"

#include <gtest/gtest.h>

#include "meetings/testing/report_fixtures.hpp"

namespace enlace {
namespace {

using testing::SeedReport;

TEST(ReportContentTest, TheSpanishOpeningReadsLikeTheNetworksReports) {
  auto content = BuildReportContent(SeedReport("es"));
  ASSERT_TRUE(content) << content.error().reason;
  EXPECT_EQ(content->body_name,
            "Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la Trata de Personas");
  EXPECT_EQ(content->report_title, "Informe de la reunión ordinaria");
  EXPECT_EQ(content->place_and_dates, "San Pedro Sula, Honduras, 15 de noviembre de 2016");
  EXPECT_EQ(content->opening,
            "La Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la Trata de Personas "
            "celebró su reunión ordinaria en San Pedro Sula, Honduras, el 15 de noviembre de 2016, con la "
            "participación de representantes de Canadá, Costa Rica, República Dominicana, El Salvador, Guatemala, "
            "Honduras, México, Nicaragua, Panamá y Estados Unidos.");
  EXPECT_EQ(content->introduction,
            "La Red presenta el siguiente informe al Grupo Regional de Consulta sobre Migración (GRCM) para su "
            "consideración:");
  EXPECT_EQ(content->status, "presentado al Grupo Regional de Consulta sobre Migración (GRCM)");
  EXPECT_EQ(content->PageLabel(2, 3), "Página 2 de 3");
}

TEST(ReportContentTest, TheEnglishOpeningReadsLikeTheSeed) {
  auto content = BuildReportContent(SeedReport("en"));
  ASSERT_TRUE(content);
  EXPECT_EQ(content->opening,
            "The Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons held its regular "
            "meeting in San Pedro Sula, Honduras, on 15 November 2016, with the participation of representatives of "
            "Canada, Costa Rica, Dominican Republic, El Salvador, Guatemala, Honduras, Mexico, Nicaragua, Panama and "
            "United States.");
  EXPECT_EQ(content->introduction,
            "The Network submits the following report to the Regional Consultation Group on Migration (RCGM) for "
            "consideration:");
  EXPECT_EQ(content->PageLabel(2, 3), "Page 2 of 3");
}

TEST(ReportContentTest, AMultiDayMeetingShowsItsRange) {
  ReportDocument document = SeedReport("es");
  document.meeting.date_end = AddDays(document.meeting.date, 2);
  auto content = BuildReportContent(document);
  ASSERT_TRUE(content);
  EXPECT_EQ(content->place_and_dates, "San Pedro Sula, Honduras, 15 al 17 de noviembre de 2016");
  EXPECT_NE(content->opening.find("del 15 al 17 de noviembre de 2016"), std::string::npos);
}

TEST(ReportContentTest, NumbersAreShownExactlyAsStored) {
  auto content = BuildReportContent(SeedReport("en"));
  ASSERT_TRUE(content);
  std::vector<std::string> labels;
  for (const ReportItem& item : content->items) labels.push_back(item.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"1.", "2.", "a.", "b.", "3.", "4.", "5.", "6.", "7."}));
  EXPECT_TRUE(content->items[1].heading);
  EXPECT_EQ(content->items[2].level, 1);
}

TEST(ReportContentTest, NumbersOfOtherShapesStayLiteral) {
  EXPECT_EQ(ClassifyNumber("12").numbering, ItemNumbering::kTop);
  EXPECT_EQ(ClassifyNumber("12").value, 12);
  EXPECT_EQ(ClassifyNumber("2.c").value, 3);
  EXPECT_EQ(ClassifyNumber("2b").label, "b.");
  EXPECT_EQ(ClassifyNumber("2.1").numbering, ItemNumbering::kLiteral);
  EXPECT_EQ(ClassifyNumber("2.1").label, "2.1");
  EXPECT_EQ(ClassifyNumber("2.1").level, 1);
  EXPECT_EQ(ClassifyNumber("IV").numbering, ItemNumbering::kLiteral);
  EXPECT_EQ(ClassifyNumber("").numbering, ItemNumbering::kLiteral);
  EXPECT_EQ(ClassifyNumber("99999999999999999999").numbering, ItemNumbering::kLiteral);
}

TEST(ReportContentTest, AMissingTranslationIsMarkedAndTheOtherLanguageShown) {
  ReportDocument document = SeedReport("es");
  document.agreements[7].text.es.reset();
  document.agreements[8].text = LocalizedText{};
  auto content = BuildReportContent(document);
  ASSERT_TRUE(content);
  EXPECT_EQ(content->items[7].marker, "[Texto disponible solo en inglés]");
  EXPECT_TRUE(content->items[7].text.starts_with("Analyze the report"));
  EXPECT_EQ(content->items[8].marker, "[Sin texto]");
  EXPECT_EQ(content->items[0].marker, "");

  document.language = "en";
  document.agreements[0].text.en.reset();
  content = BuildReportContent(document);
  ASSERT_TRUE(content);
  EXPECT_EQ(content->items[0].marker, "[Text available in Spanish only]");
}

TEST(ReportContentTest, TheAnnexFollowsTheAgreementsAndWritesDueDates) {
  auto content = BuildReportContent(SeedReport("es"));
  ASSERT_TRUE(content);
  ASSERT_EQ(content->annex_rows.size(), 8u);
  EXPECT_EQ(content->annex_rows[0].agreement, "2.a");
  EXPECT_EQ(content->annex_rows[0].party, "Organización Internacional para las Migraciones");
  EXPECT_EQ(content->annex_rows[0].deadline, "\u2014");
  EXPECT_EQ(content->annex_rows[0].due, "Sin fecha");
  EXPECT_EQ(content->annex_rows[2].due, "28 de febrero de 2017");
  EXPECT_EQ(content->annex_rows[3].due, "Por programar");
  EXPECT_EQ(content->annex_rows[7].agreement, "7");
  EXPECT_EQ(content->annex_rows[7].party, "Países Miembros de la CRM");
}

TEST(ReportContentTest, TheStatusNamesTheMeetingThatConsideredTheReport) {
  ReportDocument document = SeedReport("es");
  document.meeting.report_status = ReportStatus::kConsidered;
  Meeting considered;
  considered.body = "RCGM";
  considered.place = Place{"San José", "CR"};
  considered.date = Date{std::chrono::year{2017}, std::chrono::June, std::chrono::day{20}};
  document.considered_at = considered;
  auto content = BuildReportContent(document);
  ASSERT_TRUE(content);
  EXPECT_EQ(content->status,
            "considerado en la reunión ordinaria del GRCM (San José, Costa Rica, 20 de junio de 2017)");
  document.language = "en";
  content = BuildReportContent(document);
  ASSERT_TRUE(content);
  EXPECT_EQ(content->status, "considered at the regular meeting of the RCGM (San José, Costa Rica, 20 June 2017)");
}

TEST(ReportContentTest, AnUnknownLanguageIsRefused) {
  auto content = BuildReportContent(SeedReport("fr"));
  ASSERT_FALSE(content);
  EXPECT_EQ(content.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(content.error().reason, "unsupported_language");
}

TEST(ReportContentTest, UnknownCodesAreShownRatherThanHidden) {
  ReportDocument document = SeedReport("en");
  document.meeting.body = "NEW_NETWORK";
  document.meeting.participants = {"ZZ"};
  document.meeting.submitted_to.reset();
  document.meeting.report_status = ReportStatus::kAdopted;
  auto content = BuildReportContent(document);
  ASSERT_TRUE(content);
  EXPECT_EQ(content->body_name, "NEW_NETWORK");
  EXPECT_NE(content->opening.find("representatives of ZZ."), std::string::npos);
  EXPECT_EQ(content->introduction, "The NEW_NETWORK adopted the following agreements:");
}

}  // namespace
}  // namespace enlace
