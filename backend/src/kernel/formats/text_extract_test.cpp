#include "kernel/formats/text_extract.hpp"

#include <gtest/gtest.h>

#include "kernel/formats/zip_archive.hpp"

namespace enlace {
namespace {

// A one-page PDF written by hand (poppler rebuilds the cross-reference table it lacks).
std::string Pdf(const std::string& line) {
  std::string content = "BT /F1 12 Tf 72 712 Td (" + line + ") Tj ET";
  return "%PDF-1.4\n"
         "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
         "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
         "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
         "4 0 obj << /Length " +
         std::to_string(content.size()) + " >> stream\n" + content +
         "\nendstream endobj\n"
         "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
         "trailer << /Root 1 0 R >>\n%%EOF\n";
}

std::string Docx(const std::string& body) {
  auto docx = WriteZip({{"[Content_Types].xml", "<Types/>"},
                        {"word/document.xml",
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                             body + "</w:body></w:document>"}});
  return *docx;
}

TEST(TextExtract, ThePagesOfAPdf) {
  auto text = ExtractPdfText(Pdf("Trafico ilicito de migrantes"));
  ASSERT_TRUE(text.has_value()) << text.error().detail;
  EXPECT_NE(text->find("Trafico ilicito de migrantes"), std::string::npos) << *text;
}

TEST(TextExtract, TheParagraphsOfADocx) {
  auto text =
      ExtractDocxText(Docx("<w:p><w:r><w:t>Tráfico ilícito</w:t></w:r><w:r><w:tab/><w:t>de "
                           "migrantes</w:t></w:r></w:p><w:p><w:r><w:t>Segundo</w:t></w:r></w:p>"));
  ASSERT_TRUE(text.has_value());
  EXPECT_EQ(*text, "Tráfico ilícito de migrantes\nSegundo\n");
}

TEST(TextExtract, UnreadableDocumentsAreRefused) {
  EXPECT_FALSE(ExtractPdfText("MZ\x90\x00 not a pdf").has_value());
  EXPECT_FALSE(ExtractDocxText("not a zip").has_value());
  EXPECT_FALSE(ExtractDocxText(*WriteZip({{"other.xml", "<a/>"}})).has_value());
  // A document.xml larger than the limit (a ZIP bomb in small): refused, not read.
  auto big = Docx("<w:p><w:r><w:t>" + std::string(100000, 'a') + "</w:t></w:r></w:p>");
  EXPECT_FALSE(ExtractDocxText(big, TextLimits{.max_xml_bytes = 10000}).has_value());
}

TEST(TextExtract, TheTextIsCutAtTheLimitBetweenCharacters) {
  auto text = ExtractDocxText(Docx("<w:p><w:r><w:t>ñññññ</w:t></w:r></w:p>"), TextLimits{.max_bytes = 5});
  ASSERT_TRUE(text.has_value());
  EXPECT_EQ(*text, "ññ");
}

}  // namespace
}  // namespace enlace
