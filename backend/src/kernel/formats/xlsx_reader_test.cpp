// ReadXlsx: what WriteXlsx writes reads back; so does a workbook as LibreOffice and Excel write it
// (inline and rich strings, cells without references, absolute part paths); a renamed file, an
// archive without a workbook and a zip bomb are refused before anything is inflated.
#include "kernel/formats/xlsx_reader.hpp"

#include <gtest/gtest.h>

#include "kernel/formats/spreadsheet.hpp"
#include "kernel/formats/zip_archive.hpp"

namespace enlace {
namespace {

TEST(XlsxReaderTest, ReadsBackWhatWriteXlsxWrote) {
  Sheet form{"Honduras", {"topic", "excerpt_es"}, {}, {}};
  form.protect = true;
  form.text_only = true;
  form.rows.push_back({SheetCell{"1"}, SheetCell{.text = "Artículo 342-A: «tráfico»", .unlocked = true}});
  form.rows.push_back({SheetCell{"2"}, SheetCell{.unlocked = true}});
  form.rows.push_back({SheetCell{"3"}, SheetCell{.runs = {{"pena de ", RunStyle::kPlain},
                                                          {"cinco", RunStyle::kStruck},
                                                          {"diez", RunStyle::kAdded},
                                                          {" años", RunStyle::kPlain}}}});
  Sheet data{"_data",
             {"key", "value"},
             {{SheetCell{"country"}, SheetCell{"HN"}}, {SheetCell{"n"}, SheetCell::Number(40)}},
             {}};
  data.hidden = true;
  auto bytes = WriteXlsx({form, data}, 1'700'000'000);
  auto sheets = ReadXlsx(bytes);
  ASSERT_TRUE(sheets) << sheets.error().detail;
  ASSERT_EQ(sheets->size(), 2u);
  const auto& first = (*sheets)[0];
  EXPECT_EQ(first.name, "Honduras");
  EXPECT_FALSE(first.hidden);
  EXPECT_EQ(first.At(0, 1), "excerpt_es");
  EXPECT_EQ(first.At(1, 1), "Artículo 342-A: «tráfico»");
  EXPECT_EQ(first.At(2, 0), "2");
  EXPECT_EQ(first.At(2, 1), "") << "an unlocked blank cell reads as empty";
  EXPECT_EQ(first.At(3, 1), "pena de cincodiez años") << "a rich string is its runs joined";
  EXPECT_EQ(first.At(99, 99), "");
  EXPECT_TRUE((*sheets)[1].hidden);
  EXPECT_EQ((*sheets)[1].At(1, 1), "HN");
  EXPECT_EQ((*sheets)[1].At(2, 1), "40") << "a number as written";
  auto sheet_xml = ReadZipEntry(bytes, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet_xml);
  EXPECT_NE(sheet_xml->find("<sheetProtection"), std::string::npos) << "the form is protected";
}

TEST(XlsxReaderTest, ReadsAWorkbookAsLibreOfficeWritesIt) {
  // Inline strings, a rich shared string with a phonetic run, rows and cells without references, an
  // absolute target, a boolean and a cached formula value.
  auto bytes = WriteZip({
      {"[Content_Types].xml", "<Types/>"},
      {"xl/workbook.xml",
       R"(<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
       R"(<sheet name="Hoja 1" sheetId="1" r:id="rId2"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships><Relationship Id="rId2" Target="/xl/worksheets/sheet1.xml"/></Relationships>)"},
      {"xl/sharedStrings.xml", R"(<sst><si><r><t xml:space="preserve">Ley </t></r><r><rPr><b/></rPr><t>3-2020</t></r>)"
                               R"(<rPh><t>x</t></rPh></si></sst>)"},
      {"xl/worksheets/sheet1.xml",
       R"(<worksheet><sheetData><row><c t="inlineStr"><is><t>uno</t></is></c><c t="s"><v>0</v></c></row>)"
       R"(<row r="4"><c r="C4" t="b"><v>1</v></c><c><f>1+1</f><v>2</v></c></row></sheetData></worksheet>)"},
  });
  ASSERT_TRUE(bytes);
  auto sheets = ReadXlsx(*bytes);
  ASSERT_TRUE(sheets) << sheets.error().detail;
  const auto& sheet = (*sheets)[0];
  EXPECT_EQ(sheet.name, "Hoja 1");
  EXPECT_EQ(sheet.At(0, 0), "uno");
  EXPECT_EQ(sheet.At(0, 1), "Ley 3-2020");
  EXPECT_EQ(sheet.At(3, 2), "1");
  EXPECT_EQ(sheet.At(3, 3), "2") << "the cell after C4 is D4";
}

TEST(XlsxReaderTest, RefusesWhatIsNotAWorkbook) {
  auto renamed = ReadXlsx("%PDF-1.7 not a spreadsheet");
  ASSERT_FALSE(renamed);
  EXPECT_EQ(renamed.error().failure, XlsxFailure::kNotXlsx);
  auto zip = WriteZip({{"word/document.xml", "<w:document/>"}});
  ASSERT_TRUE(zip);
  auto docx = ReadXlsx(*zip);
  ASSERT_FALSE(docx);
  EXPECT_EQ(docx.error().failure, XlsxFailure::kNotXlsx) << "a ZIP without a workbook";
}

TEST(XlsxReaderTest, RefusesAZipBombBeforeInflatingIt) {
  // 80 MB of zeros deflate to well under 1 MB: the declared size is what is refused.
  auto bomb = WriteZip({{"xl/workbook.xml", "<workbook/>"}, {"xl/worksheets/sheet1.xml", std::string(80u << 20, '0')}});
  ASSERT_TRUE(bomb);
  ASSERT_LT(bomb->size(), 1u << 20);
  auto read = ReadXlsx(*bomb);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().failure, XlsxFailure::kTooLarge);
  auto big = ReadXlsx(std::string(100, 'x'), XlsxLimits{.max_archive_bytes = 10});
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().failure, XlsxFailure::kTooLarge);
}

}  // namespace
}  // namespace enlace
