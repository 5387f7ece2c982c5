// WriteXlsx: a workbook Excel and LibreOffice open, with its sheets, texts, numbers and colours.
#include "kernel/formats/spreadsheet.hpp"

#include <gtest/gtest.h>

#include "kernel/formats/zip_archive.hpp"

namespace enlace {
namespace {

TEST(SpreadsheetTest, SheetsHoldTheirTextsNumbersAndFills) {
  Sheet list{"Compromisos", {"Reunión", "Avance (%)"}, {{SheetCell{"San Pedro Sula"}, SheetCell::Number(40)}}, {}};
  Sheet grid{"Respuestas: por/país?",
             {"Acción", "Honduras"},
             {{SheetCell{"Enviar"}, SheetCell{"Cumplido", std::nullopt, "C8E6C9"}}},
             {}};
  auto bytes = WriteXlsx({list, grid}, 1'700'000'000);
  ASSERT_TRUE(bytes.starts_with("PK"));
  auto workbook = ReadZipEntry(bytes, "xl/workbook.xml");
  ASSERT_TRUE(workbook);
  EXPECT_NE(workbook->find("name=\"Compromisos\""), std::string::npos);
  EXPECT_NE(workbook->find("name=\"Respuestas- por-país-\""), std::string::npos) << "forbidden characters replaced";
  auto strings = ReadZipEntry(bytes, "xl/sharedStrings.xml");
  ASSERT_TRUE(strings);
  EXPECT_NE(strings->find("San Pedro Sula"), std::string::npos);
  EXPECT_NE(strings->find("Cumplido"), std::string::npos);
  auto first = ReadZipEntry(bytes, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(first);
  EXPECT_NE(first->find("<v>40</v>"), std::string::npos) << "a number, not a text";
  EXPECT_NE(first->find("<pane"), std::string::npos) << "the header row is frozen";
  EXPECT_NE(first->find("<autoFilter"), std::string::npos);
  auto styles = ReadZipEntry(bytes, "xl/styles.xml");
  ASSERT_TRUE(styles);
  EXPECT_NE(styles->find("FFC8E6C9"), std::string::npos) << "the heat map's colour";
  EXPECT_EQ(WriteXlsx({list, grid}, 1'700'000'000), bytes) << "the same content on the same day gives the same bytes";
}

}  // namespace
}  // namespace enlace
