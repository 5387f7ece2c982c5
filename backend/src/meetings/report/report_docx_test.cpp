// The DOCX is read back with pandoc, an independent reader that renders Word numbering from
// numbering.xml (so "a." appears only if the list levels are right), and its parts are checked
// with libzip and pugixml.
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <regex>

#include "meetings/report/report_document.hpp"
#include "meetings/testing/report_fixtures.hpp"

namespace enlace {
namespace {

using testing::DocxToPlain;
using testing::ExpectEveryAgreementInOrder;
using testing::Flatten;
using testing::ReadZipPart;
using testing::SeedExpectations;
using testing::SeedReport;

std::string Docx(const ReportDocument& document) {
  auto docx = RenderReportDocx(document, testing::SeedTexts());
  EXPECT_TRUE(docx) << (docx ? "" : docx.error().detail);
  return docx ? *docx : std::string();
}

std::string PlainText(const ReportDocument& document) {
  testing::ProcessOutput plain = DocxToPlain(Docx(document));
  EXPECT_EQ(plain.exit_code, 0) << "pandoc failed (is pandoc installed?)";
  return plain.out;
}

// The text of each paragraph of word/document.xml that is a list item (has w:numPr).
std::vector<std::string> ListParagraphTexts(const std::string& document_xml) {
  pugi::xml_document document;
  EXPECT_TRUE(document.load_string(document_xml.c_str()));
  std::vector<std::string> texts;
  for (pugi::xpath_node node : document.select_nodes("//w:p[w:pPr/w:numPr]")) {
    std::string text;
    for (pugi::xpath_node run_text : node.node().select_nodes(".//w:t")) text += run_text.node().text().get();
    texts.push_back(text);
  }
  return texts;
}

TEST(ReportDocxTest, SpanishReportHasEveryAgreementInOrderWithWordNumbering) {
  std::string flat = Flatten(PlainText(SeedReport("es")));
  EXPECT_NE(flat.find("Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes"),
            std::string::npos);
  EXPECT_NE(flat.find("San Pedro Sula, Honduras, 15 de noviembre de 2016"), std::string::npos);
  EXPECT_NE(flat.find("La Red presenta el siguiente informe al Grupo Regional de Consulta sobre Migración (GRCM) para "
                      "su consideración:"),
            std::string::npos);
  ExpectEveryAgreementInOrder(flat, "es");
  for (const char* word : {"México", "Panamá", "«Indicadores", "año", "Países Miembros", "Compromisos"}) {
    EXPECT_NE(flat.find(word), std::string::npos) << word;
  }
}

TEST(ReportDocxTest, EnglishReportHasEveryAgreementInOrderWithWordNumbering) {
  std::string plain = PlainText(SeedReport("en"));
  std::string flat = Flatten(plain);
  EXPECT_NE(flat.find("The Network submits the following report to the Regional Consultation Group on Migration (RCGM) "
                      "for consideration:"),
            std::string::npos);
  ExpectEveryAgreementInOrder(flat, "en");
  // Sub-items are nested under item 2 (pandoc indents a nested list).
  std::smatch heading, item;
  ASSERT_TRUE(std::regex_search(plain, heading, std::regex("\n( *)2\\. +Regarding")));
  ASSERT_TRUE(std::regex_search(plain, item, std::regex("\n( *)a\\. +Thank IOM")));
  EXPECT_GT(item[1].length(), heading[1].length());
}

TEST(ReportDocxTest, ThePackageHasTheWordPartsAndARealMultiLevelList) {
  std::string docx = Docx(SeedReport("es"));
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                           "word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml"}) {
    EXPECT_TRUE(ReadZipPart(docx, part).has_value()) << part;
  }
  auto numbering_xml = ReadZipPart(docx, "word/numbering.xml");
  ASSERT_TRUE(numbering_xml);
  pugi::xml_document numbering;
  ASSERT_TRUE(numbering.load_string(numbering_xml->c_str()));
  auto level = [&](int index, const char* what) {
    std::string path = "/w:numbering/w:abstractNum/w:lvl[@w:ilvl='" + std::to_string(index) + "']/" + what + "/@w:val";
    return std::string(numbering.select_node(path.c_str()).attribute().value());
  };
  EXPECT_EQ(level(0, "w:numFmt"), "decimal");
  EXPECT_EQ(level(0, "w:lvlText"), "%1.");
  EXPECT_EQ(level(1, "w:numFmt"), "lowerLetter");
  EXPECT_EQ(level(1, "w:lvlText"), "%2.");

  auto document_xml = ReadZipPart(docx, "word/document.xml");
  ASSERT_TRUE(document_xml);
  std::vector<std::string> items = ListParagraphTexts(*document_xml);
  ASSERT_EQ(items.size(), 9u);
  for (const std::string& text : items) {
    EXPECT_FALSE(std::regex_search(text, std::regex("^\\s*([0-9]+|[a-z])[.)]\\s"))) << "numbered by hand: " << text;
  }
  EXPECT_TRUE(items[0].starts_with("Agradecer a las delegaciones"));
  auto core = ReadZipPart(docx, "docProps/core.xml");
  ASSERT_TRUE(core);
  EXPECT_NE(core->find("2026-11-29T10:00:00Z"), std::string::npos);
}

TEST(ReportDocxTest, TheCommitmentsAnnexIsAWordTable) {
  std::string docx = Docx(SeedReport("en"));
  auto document_xml = ReadZipPart(docx, "word/document.xml");
  ASSERT_TRUE(document_xml);
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(document_xml->c_str()));
  pugi::xpath_node_set rows = document.select_nodes("//w:tbl/w:tr");
  EXPECT_EQ(rows.size(), 9u);  // header + 8 commitments
  std::string flat = Flatten(PlainText(SeedReport("en")));
  std::size_t annex = flat.find("Annex: Commitments");
  ASSERT_NE(annex, std::string::npos);
  EXPECT_NE(flat.find("Due date", annex), std::string::npos);
  EXPECT_NE(flat.find("28 February 2017", annex), std::string::npos);
  EXPECT_NE(flat.find("Not yet scheduled", annex), std::string::npos);
}

TEST(ReportDocxTest, AnotherCapabilitysAnnexIsAWordTableAfterTheCommitments) {
  auto document = SeedReport("en");
  document.annexes.push_back(
      ReportAnnex{.title = "Annex: Receipts",
                  .note = "Distributed on 16 November 2016.",
                  .columns = {"Document", "Delegation", "Opened"},
                  .shares = {0.5, 0.3, 0.2},
                  .rows = {{"Work plan", "Honduras", "17 November 2016"}, {"Work plan", "Guatemala", "Not opened"}}});
  auto document_xml = ReadZipPart(Docx(document), "word/document.xml");
  ASSERT_TRUE(document_xml);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(document_xml->c_str()));
  pugi::xpath_node_set tables = xml.select_nodes("//w:tbl");
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[1].node().select_nodes("w:tr").size(), 3u);  // header + 2 delegations
  EXPECT_EQ(tables[1].node().select_nodes("w:tblGrid/w:gridCol").size(), 3u);
  std::string flat = Flatten(PlainText(document));
  std::size_t receipts = flat.find("Annex: Receipts");
  ASSERT_NE(receipts, std::string::npos);
  EXPECT_LT(flat.find("Annex: Commitments"), receipts);
  EXPECT_NE(flat.find("Distributed on 16 November 2016.", receipts), std::string::npos);
  EXPECT_NE(flat.find("Guatemala", receipts), std::string::npos);
  EXPECT_NE(flat.find("Not opened", receipts), std::string::npos);
}

TEST(ReportDocxTest, AMissingTranslationIsVisible) {
  ReportDocument document = SeedReport("en");
  document.agreements[8].text.en.reset();  // agreement 7
  std::string flat = Flatten(PlainText(document));
  EXPECT_NE(flat.find("7. [Text available in Spanish only] Revisar el Glosario"), std::string::npos) << flat;
}

TEST(ReportDocxTest, TheSameInputGivesTheSameBytes) {
  std::string first = Docx(SeedReport("es"));
  std::string second = Docx(SeedReport("es"));
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first, second);
}

TEST(ReportDocxTest, NumbersThatSkipAreKeptAsStored) {
  ReportDocument document = SeedReport("en");
  // The seed's 3 becomes 5: the list must resume at 5, then 6 …
  for (std::size_t i = 4; i < document.agreements.size(); ++i) {
    document.agreements[i].number = std::to_string(i + 1);
  }
  std::string docx = Docx(document);
  auto numbering_xml = ReadZipPart(docx, "word/numbering.xml");
  ASSERT_TRUE(numbering_xml);
  EXPECT_NE(numbering_xml->find("<w:startOverride w:val=\"5\"/>"), std::string::npos);
  std::string flat = Flatten(PlainText(document));
  EXPECT_NE(flat.find("5. In regards to establishing"), std::string::npos) << flat;
  EXPECT_NE(flat.find("6. Thank the Regional Network"), std::string::npos);
}

TEST(ReportDocxTest, OddInputGivesWellFormedXml) {
  ReportDocument document = SeedReport("es");
  document.agreements[0].text.es = std::string("Control\x01\x02 chars\x0b <b>&amp; a bad byte \xff here\nsecond line");
  document.agreements[1].text.es = std::string(20000, 'x');
  document.agreements[2].number = "2.1";
  document.meeting.place.city = "Ciudad \"de\" <Guatemala> & más";
  std::string docx = Docx(document);
  auto document_xml = ReadZipPart(docx, "word/document.xml");
  ASSERT_TRUE(document_xml);
  pugi::xml_document parsed;
  ASSERT_TRUE(parsed.load_string(document_xml->c_str()));
  EXPECT_EQ(document_xml->find('\x01'), std::string::npos);
  std::string flat = Flatten(PlainText(document));
  EXPECT_NE(flat.find("Control chars <b>&amp; a bad byte"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Ciudad \"de\" <Guatemala> & más"), std::string::npos);
  EXPECT_NE(flat.find("2.1 Agradecer a la OIM"), std::string::npos);

  ReportDocument empty = SeedReport("en");
  empty.agreements.clear();
  empty.commitments.clear();
  EXPECT_NE(Flatten(PlainText(empty)).find("No agreements have been recorded."), std::string::npos);
}

}  // namespace
}  // namespace enlace
