#include "meetings/report/report_content.hpp"

#include <gtest/gtest.h>

#include "kernel/testing/golden.hpp"
#include "meetings/testing/report_fixtures.hpp"

namespace enlace {
namespace {

using testing::SeedReport;

TEST(ReportContentTest, TheSpanishOpeningReadsLikeTheNetworksReports) {
  auto content = BuildReportContent(SeedReport("es"), testing::SeedTexts());
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
  auto content = BuildReportContent(SeedReport("en"), testing::SeedTexts());
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
  auto content = BuildReportContent(document, testing::SeedTexts());
  ASSERT_TRUE(content);
  EXPECT_EQ(content->place_and_dates, "San Pedro Sula, Honduras, 15 al 17 de noviembre de 2016");
  EXPECT_NE(content->opening.find("del 15 al 17 de noviembre de 2016"), std::string::npos);
}

TEST(ReportContentTest, NumbersAreShownExactlyAsStored) {
  auto content = BuildReportContent(SeedReport("en"), testing::SeedTexts());
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
  auto content = BuildReportContent(document, testing::SeedTexts());
  ASSERT_TRUE(content);
  EXPECT_EQ(content->items[7].marker, "[Texto disponible solo en inglés]");
  EXPECT_TRUE(content->items[7].text.starts_with("Analyze the report"));
  EXPECT_EQ(content->items[8].marker, "[Sin texto]");
  EXPECT_EQ(content->items[0].marker, "");

  document.language = "en";
  document.agreements[0].text.en.reset();
  content = BuildReportContent(document, testing::SeedTexts());
  ASSERT_TRUE(content);
  EXPECT_EQ(content->items[0].marker, "[Text available in Spanish only]");
}

TEST(ReportContentTest, TheAnnexFollowsTheAgreementsAndWritesDueDates) {
  auto content = BuildReportContent(SeedReport("es"), testing::SeedTexts());
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
  auto content = BuildReportContent(document, testing::SeedTexts());
  ASSERT_TRUE(content);
  EXPECT_EQ(content->status,
            "considerado en la reunión ordinaria del GRCM (San José, Costa Rica, 20 de junio de 2017)");
  document.language = "en";
  content = BuildReportContent(document, testing::SeedTexts());
  ASSERT_TRUE(content);
  EXPECT_EQ(content->status, "considered at the regular meeting of the RCGM (San José, Costa Rica, 20 June 2017)");
}

TEST(ReportContentTest, AnUnknownLanguageIsRefused) {
  auto content = BuildReportContent(SeedReport("fr"), testing::SeedTexts());
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
  auto content = BuildReportContent(document, testing::SeedTexts());
  ASSERT_TRUE(content);
  EXPECT_EQ(content->body_name, "NEW_NETWORK");
  EXPECT_NE(content->opening.find("representatives of ZZ."), std::string::npos);
  EXPECT_EQ(content->introduction, "The NEW_NETWORK adopted the following agreements:");
}

std::string Shown(const std::string& name, const ReportDocument& document) {
  auto built = BuildReportContent(document, testing::SeedTexts());
  if (!built) return "=== " + name + "\nerror: " + built.error().reason + "\n";
  const ReportContent& content = *built;
  std::string out = "=== " + name + "\n";
  out += "language: " + content.language + "\n";
  out += "document_title: " + content.document_title + "\n";
  out += "body_name: " + content.body_name + "\n";
  out += "report_title: " + content.report_title + "\n";
  out += "meeting_title: " + content.meeting_title + "\n";
  out += "place_and_dates: " + content.place_and_dates + "\n";
  out += "status: " + content.status_label + " " + content.status + "\n";
  out += "opening: " + content.opening + "\n";
  out += "introduction: " + content.introduction + "\n";
  for (const ReportItem& item : content.items) {
    out += "item " + item.label + (item.marker.empty() ? "" : " " + item.marker) + " " + item.text.substr(0, 40) + "\n";
  }
  out += "no_items: " + content.no_items + "\n";
  out += "annex_title: " + content.annex_title + "\n";
  for (const std::string& column : content.annex_columns) out += "column: " + column + "\n";
  for (const ReportAnnexRow& row : content.annex_rows) {
    out += "row: " + row.agreement + " | " + row.party + " | " + row.marker + " | " + row.action.substr(0, 30) + " | " +
           row.deadline + " | " + row.due + "\n";
  }
  out += "closing: " + content.closing + "\n";
  out += "page: " + content.PageLabel(1, 2) + "\n";
  return out;
}

Meeting ConsideredAt(MeetingType type, std::string body) {
  Meeting considered;
  considered.body = std::move(body);
  considered.type = type;
  considered.place = Place{"San José", "CR"};
  considered.date = Date{std::chrono::year{2017}, std::chrono::June, std::chrono::day{20}};
  considered.date_end = Date{std::chrono::year{2017}, std::chrono::July, std::chrono::day{2}};
  return considered;
}

// Every shape of report, in both languages, as one golden file.
TEST(ReportContentTest, EveryShapeMatchesTheGoldenFile) {
  std::string out;
  for (std::string language : {"es", "en"}) {
    ReportDocument seed = SeedReport(language);
    out += Shown(language + " seed", seed);
    ReportDocument document = seed;
    document.meeting.date_end = AddDays(document.meeting.date, 2);
    out += Shown(language + " three days", document);
    document.meeting.date_end = AddDays(document.meeting.date, 17);
    document.meeting.place = Place{"", "HN"};
    out += Shown(language + " across months, no city", document);
    document.meeting.date_end = AddDays(document.meeting.date, 50);
    document.meeting.place = Place{};
    document.meeting.participants = {"IOM", "RNCOM", "CA"};
    out += Shown(language + " across years, no place", document);
    document.meeting.participants.clear();
    document.meeting.title = LocalizedText{"Reunión de prueba", "Test meeting"};
    out += Shown(language + " no participants, titled", document);
    for (MeetingType type : {MeetingType::kExtraordinary, MeetingType::kVirtual, MeetingType::kWorkshop}) {
      document = seed;
      document.meeting.type = type;
      out += Shown(language + " " + std::string(ToString(type)), document);
    }
    for (const char* body : {"RCGM", "RCM", "TS", "IOM", "RNCOM", "SICA", "PPT", "MEMBER_COUNTRIES", "CA", "ZZ"}) {
      document = seed;
      document.meeting.body = body;
      document.meeting.submitted_to = body;
      out += Shown(language + " body " + body, document);
      document.meeting.submitted_to.reset();
      document.meeting.report_status = ReportStatus::kAdopted;
      out += Shown(language + " body " + body + " adopted", document);
    }
    document = seed;
    document.meeting.report_status = ReportStatus::kDraft;
    document.meeting.submitted_to.reset();
    out += Shown(language + " draft", document);
    document.meeting.report_status = ReportStatus::kSubmitted;
    out += Shown(language + " submitted to nobody", document);
    document.meeting.report_status = ReportStatus::kConsidered;
    out += Shown(language + " considered nowhere", document);
    for (MeetingType type :
         {MeetingType::kRegular, MeetingType::kExtraordinary, MeetingType::kVirtual, MeetingType::kWorkshop}) {
      for (const char* body : {"RCGM", "RCM", "SMUGGLING_TIP_NETWORK"}) {
        document.considered_at = ConsideredAt(type, body);
        out += Shown(language + " considered at " + std::string(ToString(type)) + " " + body, document);
      }
    }
    document = seed;
    document.agreements[7].text.es.reset();
    document.agreements[6].text.en.reset();
    document.agreements[8].text = LocalizedText{};
    document.commitments[0].action.es.reset();
    document.commitments[1].action.en.reset();
    document.commitments[2].action = LocalizedText{};
    out += Shown(language + " missing texts", document);
    document.agreements.clear();
    out += Shown(language + " no agreements", document);
    document.commitments.clear();
    out += Shown(language + " nothing", document);
  }
  testing::ExpectMatchesGolden(ENLACE_SOURCE_DIR "/backend/src/meetings/report/testdata/report_content.golden", out);
}

}  // namespace
}  // namespace enlace
