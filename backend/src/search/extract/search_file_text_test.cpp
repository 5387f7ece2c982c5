// The text of the documents' files for the index: read through the meetings' FileRepository,
// extracted from PDF and DOCX, kept by content hash (read once), and nothing for other types or
// for files that cannot be read.
#include "search/extract/search_file_text.hpp"

#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "contacts/capability.hpp"
#include "kernel/domain/files.hpp"
#include "kernel/formats/zip_archive.hpp"
#include "meetings/capability.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"
#include "search/capability.hpp"
#include "search/domain/search_repository.hpp"

namespace enlace::testing {
namespace {

// A one-page PDF written by hand (poppler rebuilds the cross-reference table it lacks).
std::string SearchTestPdf(const std::string& line) {
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

class SearchFileTextTest : public ::testing::Test {
 protected:
  SearchEntry::File Stored(const std::string& content, const std::string& type, const std::string& sha256) {
    auto transaction = test_.store().Begin(TransactionMode::kWrite);
    auto file = transaction->Get<FileRepository>().Add(process_,
                                                       StoredFile{.file_name = "f",
                                                                  .content_type = type,
                                                                  .size = static_cast<std::int64_t>(content.size()),
                                                                  .sha256 = sha256,
                                                                  .storage_key = "k-" + sha256},
                                                       content, std::nullopt, std::nullopt);
    transaction->Commit();
    return SearchEntry::File{.id = static_cast<std::int64_t>(file.id), .content_type = type, .sha256 = sha256};
  }
  std::string Text(const SearchEntry::File& file) {
    auto transaction = test_.store().Begin(TransactionMode::kWrite);
    auto text = search::FileText(*transaction, file);
    transaction->Commit();
    return text;
  }

  TestKernel test_{
      {ReferenceCapability(), AccountsCapability(), MeetingsCapability(), ContactsCapability(), SearchCapability()}};
  ProcessId process_ = InstallRcm(test_);
};

TEST_F(SearchFileTextTest, ThePdfAndDocxTextIsReadOnceAndKeptByContent) {
  auto pdf = Stored(SearchTestPdf("Rutas submarinas de las quimeras"), kPdfType, "aa01");
  auto docx = Stored(*WriteZip({{"word/document.xml",
                                 "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                                 "main\"><w:body><w:p><w:r><w:t>Protocolo de las quimeras</w:t></w:r></w:p></w:body>"
                                 "</w:document>"}}),
                     kDocxType, "bb02");
  EXPECT_NE(Text(pdf).find("Rutas submarinas de las quimeras"), std::string::npos);
  EXPECT_NE(Text(docx).find("Protocolo de las quimeras"), std::string::npos);
  // Kept: the file is not read again (here, it is gone and the text is still there).
  {
    auto transaction = test_.store().Begin(TransactionMode::kWrite);
    transaction->Get<FileRepository>().Delete(AttachmentId{pdf.id});
    transaction->Commit();
  }
  EXPECT_NE(Text(pdf).find("Rutas submarinas"), std::string::npos);
  // The entry's body gets each file's text.
  SearchEntry entry{.process_id = process_, .type = "document", .id = 1, .language = "es", .title = "t", .body = "b"};
  entry.files = {pdf, docx};
  auto transaction = test_.store().Begin(TransactionMode::kWrite);
  search::AddFileTexts(*transaction, entry);
  EXPECT_NE(entry.body.find("Rutas submarinas"), std::string::npos) << entry.body;
  EXPECT_NE(entry.body.find("Protocolo de las quimeras"), std::string::npos) << entry.body;
}

TEST_F(SearchFileTextTest, OtherTypesAndUnreadableFilesGiveNoText) {
  auto broken = Stored("%PDF-1.4\nnot really a pdf", kPdfType, "cc03");
  auto xlsx =
      Stored("PK\x03\x04 a workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "dd04");
  EXPECT_EQ(Text(broken), "");
  EXPECT_EQ(Text(xlsx), "");
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  EXPECT_EQ(transaction->Get<SearchRepository>().FileText("cc03"), std::optional<std::string>(""));
  EXPECT_EQ(transaction->Get<SearchRepository>().FileText("dd04"), std::nullopt) << "not a type that is read";
}

}  // namespace
}  // namespace enlace::testing
