// The per-country workbook as a file: what MatrixWorkbookXlsx writes reads back cell for cell (with
// the fingerprint of an untouched cell unchanged), only the country's cells are unlocked, and a file
// that is not the workbook — another XLSX, edited headers, a renamed file, a zip bomb, a row without
// its topic, a date that is not one — is refused or flagged.
#include "matrices/exports/matrix_workbook.hpp"

#include <gtest/gtest.h>

#include "kernel/formats/spreadsheet.hpp"
#include "kernel/formats/xlsx_reader.hpp"
#include "kernel/formats/zip_archive.hpp"
#include "matrices/testing/matrix_world.hpp"

namespace enlace::testing {
namespace {

Workbook Sample() {
  Workbook workbook;
  workbook.matrix = MatrixId(7);
  workbook.round = 2;
  workbook.country = "HN";
  workbook.round_label = "2026-2";
  workbook.matrix_title = "Tráfico ilícito de migrantes";
  for (int n = 1; n <= 3; ++n) {
    MatrixTopic topic;
    topic.id = MatrixTopicId(100 + n);
    topic.number = n;
    topic.title.es = "Tema " + std::to_string(n);
    workbook.topics.push_back(topic);
  }
  WorkbookCell first{MatrixTopicId(101), 1, 3, "", MatrixWorld::Content("Pena de cinco años", "Five years"), {}};
  first.content.provisions.push_back(MatrixWorld::Content("Segunda disposición").provisions[0]);
  first.content.note = "Reforma en trámite";
  WorkbookCell second{MatrixTopicId(102), 2, 0, "", CellContent{{}, true, ""}, {}};
  WorkbookCell third{MatrixTopicId(103), 3, 0, "", CellContent{}, {}};
  for (auto* cell : {&first, &second, &third}) {
    cell->fingerprint = CellFingerprint(cell->content);
    workbook.cells.push_back(*cell);
  }
  return workbook;
}

std::string Written(const Workbook& workbook) {
  auto bytes = MatrixWorkbookXlsx(workbook, "es", "Complete la hoja", 1'700'000'000);
  if (!bytes) throw std::logic_error(bytes.error().detail);
  return *bytes;
}

TEST(MatrixWorkbookFileTest, WhatIsWrittenReadsBackUntouched) {
  auto workbook = Sample();
  auto read = ReadMatrixWorkbook(Written(workbook));
  ASSERT_TRUE(read) << read.error().reason;
  EXPECT_EQ(read->matrix, MatrixId(7));
  EXPECT_EQ(read->round, 2);
  EXPECT_EQ(read->country, "HN");
  ASSERT_EQ(read->cells.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(read->cells[i].topic, workbook.cells[i].topic);
    EXPECT_EQ(read->cells[i].version, workbook.cells[i].version);
    EXPECT_EQ(read->cells[i].fingerprint, workbook.cells[i].fingerprint);
    EXPECT_EQ(CellFingerprint(read->cells[i].content), workbook.cells[i].fingerprint)
        << "topic " << i + 1 << ": an untouched cell reads back as it was written";
    EXPECT_TRUE(read->cells[i].errors.empty());
  }
  EXPECT_EQ(read->cells[0].content.provisions.size(), 2u);
  EXPECT_EQ(*read->cells[0].content.provisions[0].excerpt.en, "Five years");
  EXPECT_EQ(read->cells[0].content.note, "Reforma en trámite");
  EXPECT_TRUE(read->cells[1].content.no_provision);
  EXPECT_TRUE(read->cells[2].content.Empty());
}

TEST(MatrixWorkbookFileTest, OnlyTheCountrysCellsAreUnlocked) {
  auto bytes = Written(Sample());
  auto sheet = ReadZipEntry(bytes, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet);
  EXPECT_NE(sheet->find("<sheetProtection"), std::string::npos);
  auto styles = ReadZipEntry(bytes, "xl/styles.xml");
  ASSERT_TRUE(styles);
  EXPECT_NE(styles->find("locked=\"0\""), std::string::npos) << "some cells are unlocked";
  auto sheets = ReadXlsx(bytes);
  ASSERT_TRUE(sheets);
  EXPECT_TRUE((*sheets)[2].hidden) << "the workbook's data sheet";
  EXPECT_EQ((*sheets)[0].At(1, 1), "Tema 1");
}

// The workbook's sheets with `edit` applied to the country's sheet, written again (as a person
// editing the file in a spreadsheet would leave it).
std::string Edited(const std::string& bytes, const std::function<void(std::vector<std::vector<std::string>>&)>& edit) {
  auto sheets = ReadXlsx(bytes);
  if (!sheets) throw std::logic_error("unreadable");
  std::vector<Sheet> out;
  for (std::size_t s = 0; s < sheets->size(); ++s) {
    auto rows = (*sheets)[s].rows;
    if (s == 0) edit(rows);
    Sheet sheet;
    sheet.name = (*sheets)[s].name;
    sheet.hidden = (*sheets)[s].hidden;
    sheet.header = rows.empty() ? std::vector<std::string>{} : rows[0];
    for (std::size_t r = 1; r < rows.size(); ++r) {
      std::vector<SheetCell> row;
      for (const auto& text : rows[r]) row.push_back(SheetCell{text});
      sheet.rows.push_back(row);
    }
    out.push_back(sheet);
  }
  return WriteXlsx(out, 1'700'000'000);
}

TEST(MatrixWorkbookFileTest, AnEditedCellReadsBackChangedAndBadDatesAreFlagged) {
  auto bytes = Edited(Written(Sample()), [](auto& rows) {
    rows[1][6] = "Pena de diez años";  // topic 1, first provision, excerpt_es
    rows[5].resize(13);
    rows[5][5] = "art. 9";  // topic 3's blank row: a new provision
    rows[5][6] = "Nuevo texto";
    rows[5][10] = "15/01/2026";  // as_of, not a date
  });
  auto read = ReadMatrixWorkbook(bytes);
  ASSERT_TRUE(read) << read.error().reason;
  EXPECT_NE(CellFingerprint(read->cells[0].content), read->cells[0].fingerprint);
  EXPECT_EQ(*read->cells[0].content.provisions[0].excerpt.es, "Pena de diez años");
  EXPECT_EQ(CellFingerprint(read->cells[1].content), read->cells[1].fingerprint);
  ASSERT_EQ(read->cells[2].content.provisions.size(), 1u);
  EXPECT_EQ(read->cells[2].content.provisions[0].article, "art. 9");
  ASSERT_EQ(read->cells[2].errors.size(), 1u);
  EXPECT_EQ(read->cells[2].errors[0].field, "row_6.as_of");
  EXPECT_EQ(read->cells[2].errors[0].reason, "matrix_workbook_invalid_date");
}

TEST(MatrixWorkbookFileTest, ADateASpreadsheetTurnedIntoANumberIsADate) {
  auto bytes = Edited(Written(Sample()), [](auto& rows) { rows[1][10] = "46038"; });  // as_of of topic 1
  auto read = ReadMatrixWorkbook(bytes);
  ASSERT_TRUE(read);
  EXPECT_EQ(FormatIsoDate(*read->cells[0].content.provisions[0].as_of), "2026-01-16");
}

TEST(MatrixWorkbookFileTest, WhatIsNotTheWorkbookIsRefused) {
  auto original = Written(Sample());
  auto headers = ReadMatrixWorkbook(Edited(original, [](auto& rows) { rows[0][6] = "texto"; }));
  ASSERT_FALSE(headers);
  EXPECT_EQ(headers.error().reason, "matrix_workbook_headers_changed");
  auto added = ReadMatrixWorkbook(Edited(original, [](auto& rows) { rows[0].push_back("extra"); }));
  EXPECT_EQ(added.error().reason, "matrix_workbook_headers_changed");
  auto orphan = ReadMatrixWorkbook(Edited(original, [](auto& rows) {
    rows.push_back(std::vector<std::string>(13));
    rows.back()[6] = "Sin tema";
  }));
  ASSERT_FALSE(orphan);
  EXPECT_EQ(orphan.error().reason, "validation_failed");
  EXPECT_EQ(orphan.error().fields.at(0).reason, "matrix_workbook_row_without_topic");

  auto other = WriteXlsx({Sheet{"Hoja", {"a"}, {{SheetCell{"b"}}}, {}}}, 0);
  EXPECT_EQ(ReadMatrixWorkbook(other).error().reason, "matrix_workbook_not_ours");
  auto renamed = ReadMatrixWorkbook("%PDF-1.4 renamed.xlsx");
  EXPECT_EQ(renamed.error().reason, "matrix_workbook_unreadable");
  EXPECT_EQ(renamed.error().code, ErrorCode::kInvalidArgument);
  auto bomb = WriteZip({{"xl/workbook.xml", "<workbook/>"}, {"xl/worksheets/sheet1.xml", std::string(80u << 20, ' ')}});
  ASSERT_TRUE(bomb);
  auto exploded = ReadMatrixWorkbook(*bomb);
  EXPECT_EQ(exploded.error().reason, "matrix_workbook_too_large");
  EXPECT_EQ(exploded.error().code, ErrorCode::kPayloadTooLarge);
}

}  // namespace
}  // namespace enlace::testing
