// The PDF is read back with pdftotext (poppler-utils), an independent reader: what it finds is
// what a person copying from the PDF gets.
#include <gtest/gtest.h>

#include <atomic>
#include <regex>
#include <thread>

#include "meetings/report/report_document.hpp"
#include "meetings/testing/report_fixtures.hpp"

namespace enlace {
namespace {

using testing::ExpectEveryAgreementInOrder;
using testing::Flatten;
using testing::PdfToText;
using testing::SeedExpectations;
using testing::SeedReport;

std::string PdfText(const ReportDocument& document, testing::PdfReading reading = testing::PdfReading::kLayout) {
  auto pdf = RenderReportPdf(document, testing::SeedTexts());
  EXPECT_TRUE(pdf) << (pdf ? "" : pdf.error().detail);
  if (!pdf) return {};
  EXPECT_TRUE(pdf->starts_with("%PDF-"));
  testing::ProcessOutput text = PdfToText(*pdf, reading);
  EXPECT_EQ(text.exit_code, 0) << "pdftotext failed (is poppler-utils installed?)";
  return text.out;
}

TEST(ReportPdfTest, SpanishReportHasEveryAgreementInOrderWithItsNumber) {
  std::string text = PdfText(SeedReport("es"));
  std::string flat = Flatten(text);
  EXPECT_NE(flat.find("Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes"),
            std::string::npos);
  EXPECT_NE(flat.find("Informe de la reunión ordinaria"), std::string::npos);
  EXPECT_NE(flat.find("San Pedro Sula, Honduras, 15 de noviembre de 2016"), std::string::npos);
  EXPECT_NE(flat.find("La Red presenta el siguiente informe al Grupo Regional de Consulta sobre Migración (GRCM) para "
                      "su consideración:"),
            std::string::npos);
  EXPECT_NE(flat.find("Estado del informe: presentado"), std::string::npos);
  ExpectEveryAgreementInOrder(flat, "es");
  // Accents, ñ, guillemets and the em dash survive.
  for (const char* word : {"México", "Panamá", "República Dominicana", "«Indicadores", "año", "Países Miembros"}) {
    EXPECT_NE(flat.find(word), std::string::npos) << word;
  }
  EXPECT_TRUE(std::regex_search(text, std::regex("Página 1 de [0-9]+")));
}

TEST(ReportPdfTest, EnglishReportHasEveryAgreementInOrderWithItsNumber) {
  std::string text = PdfText(SeedReport("en"));
  std::string flat = Flatten(text);
  EXPECT_NE(flat.find("The Network submits the following report to the Regional Consultation Group on Migration (RCGM) "
                      "for consideration:"),
            std::string::npos);
  EXPECT_NE(flat.find("on 15 November 2016"), std::string::npos);
  ExpectEveryAgreementInOrder(flat, "en");
  EXPECT_NE(flat.find("\u201cCompliance Indicators"), std::string::npos);
  EXPECT_TRUE(std::regex_search(text, std::regex("Page 1 of [0-9]+")));
}

TEST(ReportPdfTest, SubItemsAreIndentedUnderTheirHeading) {
  std::string text = PdfText(SeedReport("en"));
  std::smatch heading, item;
  ASSERT_TRUE(std::regex_search(text, heading, std::regex("\n( *)2\\. +Regarding")));
  ASSERT_TRUE(std::regex_search(text, item, std::regex("\n( *)a\\. +Thank IOM")));
  EXPECT_GT(item[1].length(), heading[1].length());
}

TEST(ReportPdfTest, TheAnnexListsTheCommitmentsWithTheirDueDates) {
  // In drawing order, each cell's lines stay together.
  std::string flat = Flatten(PdfText(SeedReport("es"), testing::PdfReading::kContentOrder));
  std::size_t annex = flat.find("Anexo: Compromisos");
  ASSERT_NE(annex, std::string::npos);
  for (const char* heading : {"Acuerdo", "Responsable", "Compromiso", "Plazo", "Fecha límite"}) {
    EXPECT_NE(flat.find(heading, annex), std::string::npos) << heading;
  }
  EXPECT_NE(flat.find("2.b Secretaría Técnica organizar una reunión virtual de los puntos de contacto", annex),
            std::string::npos)
      << flat.substr(annex);
  EXPECT_NE(flat.find("during the first two months of 2017 28 de febrero de 2017", annex), std::string::npos);
  std::size_t last_row = flat.find("7 Países Miembros de la CRM enviar comentarios al Glosario", annex);
  ASSERT_NE(last_row, std::string::npos);
  EXPECT_NE(flat.find("15 de enero de 2017", last_row), std::string::npos);
}

ReportAnnex ReceiptsAnnex() {
  return ReportAnnex{.title = "Anexo: Recepción de documentos",
                     .note = "Distribuido el 16 de noviembre de 2016.",
                     .columns = {"Documento", "Delegación", "Abierto"},
                     .shares = {0.5, 0.3, 0.2},
                     .rows = {{"RFE-2016-03 Plan de trabajo, versión 2", "Honduras", "17 de noviembre de 2016"},
                              {"RFE-2016-03 Plan de trabajo, versión 2", "Guatemala", "No abierto"}}};
}

TEST(ReportPdfTest, AnotherCapabilitysAnnexFollowsTheCommitmentsAsATable) {
  auto document = SeedReport("es");
  document.annexes.push_back(ReceiptsAnnex());
  document.annexes.push_back(ReportAnnex{.title = "Anexo vacío", .columns = {"A"}});  // no rows: left out
  std::string flat = Flatten(PdfText(document, testing::PdfReading::kContentOrder));
  std::size_t commitments = flat.find("Anexo: Compromisos");
  std::size_t receipts = flat.find("Anexo: Recepción de documentos");
  ASSERT_NE(receipts, std::string::npos) << flat;
  EXPECT_LT(commitments, receipts);
  EXPECT_NE(flat.find("Distribuido el 16 de noviembre de 2016. Documento Delegación Abierto", receipts),
            std::string::npos)
      << flat.substr(receipts);
  EXPECT_NE(flat.find("Guatemala No abierto", receipts), std::string::npos) << flat.substr(receipts);
  EXPECT_EQ(flat.find("Anexo vacío"), std::string::npos);
}

TEST(ReportPdfTest, AMissingTranslationIsVisible) {
  ReportDocument document = SeedReport("es");
  document.agreements[7].text.es.reset();  // agreement 6
  std::string flat = Flatten(PdfText(document));
  std::size_t marker = flat.find("6. [Texto disponible solo en inglés] Analyze the report");
  EXPECT_NE(marker, std::string::npos) << flat;
}

TEST(ReportPdfTest, TheSameInputGivesTheSameBytes) {
  auto first = RenderReportPdf(SeedReport("es"), testing::SeedTexts());
  auto second = RenderReportPdf(SeedReport("es"), testing::SeedTexts());
  ASSERT_TRUE(first && second);
  EXPECT_EQ(*first, *second);
}

TEST(ReportPdfTest, LongTextsFlowOntoNumberedPages) {
  ReportDocument document = SeedReport("en");
  std::string long_text;
  for (int i = 0; i < 600; ++i)
    long_text += "Paragraph word number " + std::to_string(i) + " of a very long agreement. ";
  document.agreements[4].text.en = long_text + "THE END OF AGREEMENT THREE.";
  document.commitments[0].action.en = long_text;  // a table row taller than a page
  std::string text = PdfText(document);
  std::string flat = Flatten(text);
  EXPECT_NE(flat.find("word number 599 of a very long agreement. THE END OF AGREEMENT THREE."), std::string::npos);
  EXPECT_NE(flat.find("7. Review the Glossary"), std::string::npos);
  std::smatch pages;
  ASSERT_TRUE(std::regex_search(text, pages, std::regex("Page 1 of ([0-9]+)")));
  int total = std::stoi(pages[1]);
  EXPECT_GE(total, 5);
  EXPECT_NE(text.find("Page " + std::to_string(total) + " of " + std::to_string(total)), std::string::npos);
}

TEST(ReportPdfTest, OddInputNeverCrashes) {
  ReportDocument document = SeedReport("es");
  document.agreements[0].text.es = std::string("Control\x01\x02 chars\x0b and a bad byte \xff here, then «fin».");
  document.agreements[1].text.es = std::string(5000, 'x');  // one word wider than the page
  document.agreements[2].number = "2.1";
  document.agreements[3].number = "";
  document.meeting.place = Place{};
  document.meeting.participants.clear();
  std::string flat = Flatten(PdfText(document));
  EXPECT_NE(flat.find("Control chars and a bad byte"), std::string::npos);
  EXPECT_NE(flat.find("«fin»"), std::string::npos);
  EXPECT_NE(flat.find("2.1 Agradecer a la OIM"), std::string::npos);

  ReportDocument empty = SeedReport("en");
  empty.agreements.clear();
  empty.commitments.clear();
  std::string empty_text = Flatten(PdfText(empty));
  EXPECT_NE(empty_text.find("No agreements have been recorded."), std::string::npos);
  EXPECT_EQ(empty_text.find("Annex"), std::string::npos);
}

TEST(ReportPdfTest, AnUnsupportedLanguageIsAnError) {
  auto pdf = RenderReportPdf(SeedReport("pt"), testing::SeedTexts());
  ASSERT_FALSE(pdf);
  EXPECT_EQ(pdf.error().reason, "unsupported_language");
}

}  // namespace
}  // namespace enlace

namespace enlace {
namespace {

TEST(ReportPdfTest, SeveralThreadsRenderAtOnceAndAgree) {
  auto expected_pdf = RenderReportPdf(SeedReport("es"), testing::SeedTexts());
  auto expected_docx = RenderReportDocx(SeedReport("en"), testing::SeedTexts());
  ASSERT_TRUE(expected_pdf && expected_docx);
  std::vector<std::thread> threads;
  std::atomic<int> differences{0};
  for (int i = 0; i < 3; ++i) {
    threads.emplace_back([&] {
      auto pdf = RenderReportPdf(SeedReport("es"), testing::SeedTexts());
      auto docx = RenderReportDocx(SeedReport("en"), testing::SeedTexts());
      if (!pdf || *pdf != *expected_pdf) ++differences;
      if (!docx || *docx != *expected_docx) ++differences;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(differences, 0);
}

}  // namespace
}  // namespace enlace
