#include "imports/reader/docx_reader.hpp"

#include <gtest/gtest.h>

#include "imports/testing/reader_fixtures.hpp"

namespace enlace {
namespace {

std::string WordParagraph(const std::string& text, int num_id = 0, int level = 0) {
  std::string properties;
  if (num_id > 0) {
    properties = "<w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                 std::to_string(num_id) + "\"/></w:numPr></w:pPr>";
  }
  return "<w:p>" + properties + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

const char* kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText "
    "w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

TEST(DocxReaderTest, WordNumberingIsWrittenInFrontOfItsParagraphs) {
  std::string docx = testing::MakeDocx(WordParagraph("Thank IOM.", 1) + WordParagraph("Regarding the plan:", 1) +
                                           WordParagraph("Approve it.", 1, 1) + WordParagraph("Send it.", 1, 1) +
                                           WordParagraph("Close.", 1),
                                       kNumbering);
  auto text = ReadDocxText(docx);
  ASSERT_TRUE(text) << text.error().detail;
  EXPECT_NE(text->find("1. Thank IOM."), std::string::npos) << *text;
  EXPECT_NE(text->find("2. Regarding the plan:"), std::string::npos);
  EXPECT_NE(text->find("a) Approve it."), std::string::npos);
  EXPECT_NE(text->find("b) Send it."), std::string::npos);
  EXPECT_NE(text->find("3. Close."), std::string::npos);
}

TEST(DocxReaderTest, BulletListsBecomeBulletMarkers) {
  std::string docx = testing::MakeDocx(WordParagraph("To thank Mexico.", 2), kNumbering);
  auto text = ReadDocxText(docx);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("\xE2\x80\xA2 To thank Mexico."), std::string::npos) << *text;
}

TEST(DocxReaderTest, DeletedRevisionsAndFieldCodesAreNotText) {
  std::string docx = testing::MakeDocx(
      "<w:p><w:r><w:t>Keep </w:t></w:r><w:del><w:r><w:delText>gone </w:delText></w:r></w:del>"
      "<w:r><w:instrText>PAGEREF _Toc1</w:instrText></w:r><w:r><w:t>this.</w:t></w:r></w:p>");
  auto text = ReadDocxText(docx);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "Keep this.\n\n");
}

TEST(DocxReaderTest, AnEntityDeclarationIsRefused) {
  std::string docx = testing::MakeZip(
      {{"word/document.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
        "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"}});
  auto text = ReadDocxText(docx);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().reason, "docx_entity_refused");
}

TEST(DocxReaderTest, AZipBombIsRefusedBeforeItIsExpanded) {
  std::string zeros(4u << 20, ' ');
  std::string docx = testing::MakeZip(
      {{"word/document.xml", "<w:document xmlns:w=\"x\"><w:body>" + zeros + "</w:body></w:document>"}});
  ASSERT_LT(docx.size(), 100000u);  // it is a bomb: tiny archive, large part
  DocxLimits limits;
  limits.max_part_bytes = 2u << 20;
  auto text = ReadDocxText(docx, limits);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().reason, "docx_too_large");
  // The compression ratio alone also refuses it with the default limits.
  auto default_limits = ReadDocxText(docx);
  ASSERT_FALSE(default_limits);
  EXPECT_EQ(default_limits.error().reason, "docx_too_large");
}

// Issue 9, finding 2: a 1.7 KB archive whose document.xml nests 50,000 elements in one paragraph
// overflowed the stack of the recursive run-text collector and took the server down.
TEST(DocxReaderTest, FiftyThousandNestedElementsInAParagraphAreRefusedNotACrash) {
  std::string nested;
  nested.reserve(50000 * 11);
  for (int i = 0; i < 50000; ++i) nested += "<w:r>";
  nested += "<w:t>deep</w:t>";
  for (int i = 0; i < 50000; ++i) nested += "</w:r>";
  std::string docx = testing::MakeDocx("<w:p>" + nested + "</w:p>");
  ASSERT_LT(docx.size(), 4096u);  // the attack is tiny
  auto text = ReadDocxText(docx);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().reason, "document_too_deep");
  EXPECT_EQ(text.error().code, ErrorCode::kInvalidArgument);
}

TEST(DocxReaderTest, DeeplyNestedTablesAreRefusedNotCutShort) {
  std::string open, close;
  for (int i = 0; i < 20000; ++i) {
    open += "<w:tbl><w:tr><w:tc>";
    close += "</w:tc></w:tr></w:tbl>";
  }
  auto text = ReadDocxText(testing::MakeDocx(open + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + close));
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().reason, "document_too_deep");
}

TEST(DocxReaderTest, NestingUnderTheCapIsReadInDocumentOrder) {
  std::string open, close;
  for (int i = 0; i < 40; ++i) {
    open += "<w:tbl><w:tr><w:tc>";
    close += "</w:tc></w:tr></w:tbl>";
  }
  std::string runs;
  for (int i = 0; i < 100; ++i) runs += "<w:hyperlink>";
  runs += "<w:r><w:t>inner</w:t></w:r>";
  for (int i = 0; i < 100; ++i) runs += "</w:hyperlink>";
  auto text = ReadDocxText(testing::MakeDocx(
      "<w:p><w:r><w:t>One </w:t></w:r>" + runs + "<w:r><w:t> two.</w:t></w:r></w:p>" + open +
      "<w:p><w:r><w:t>In a cell.</w:t></w:r></w:p>" + close + "<w:p><w:r><w:t>After.</w:t></w:r></w:p>"));
  ASSERT_TRUE(text) << text.error().reason;
  EXPECT_EQ(*text, "One inner two.\n\nIn a cell.\n\nAfter.\n\n");
}

TEST(DocxReaderTest, ANonDocxArchiveOrGarbageIsAClearError) {
  auto other_zip = ReadDocxText(testing::MakeZip({{"hello.txt", "hi"}}));
  ASSERT_FALSE(other_zip);
  EXPECT_EQ(other_zip.error().reason, "unsupported_format");
  auto garbage = ReadDocxText(std::string("PK\x03\x04garbage", 11));
  ASSERT_FALSE(garbage);
  EXPECT_EQ(garbage.error().reason, "unreadable_document");
}

}  // namespace
}  // namespace enlace
