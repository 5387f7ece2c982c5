// `enlace read-pdf`, the PDF reader's child process, run as the built program (issue 9, finding
// 2b): it reads a PDF like the in-process reader, and a child that exceeds its (lowered) memory
// limit is a clear refusal for the server.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "imports/reader/pdf_reader.hpp"
#include "imports/testing/reader_fixtures.hpp"

namespace enlace {
namespace {

std::string Golden(const std::string& name) {
  std::ifstream in(std::string(ENLACE_SOURCE_DIR) + "/backend/src/imports/reader/testdata/golden/" + name,
                   std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(PdfChildTest, TheChildReadsAPdfAsTheInProcessReaderDoes) {
  std::string pdf = Golden("010_taller_san_jose_2019_es.pdf");
  ASSERT_FALSE(pdf.empty());
  auto in_process = ReadPdfTextInProcess(pdf);
  ASSERT_TRUE(in_process);
  auto in_child = ReadPdfTextInChild(pdf, PdfReaderOptions{.executable = ENLACE_BINARY});
  ASSERT_TRUE(in_child) << in_child.error().reason << ": " << in_child.error().detail;
  EXPECT_EQ(*in_child, *in_process);
  auto broken = ReadPdfTextInChild("%PDF-1.4 not really", PdfReaderOptions{.executable = ENLACE_BINARY});
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().reason, "unreadable_document");
}

// Not built under AddressSanitizer, whose shadow memory needs more address space than any limit
// (the child sets none there); the wall-clock and CPU limits are tested in sandbox_test.cpp.
#if !defined(__SANITIZE_ADDRESS__)
TEST(PdfChildTest, AChildOverItsMemoryLimitIsARefusal) {
  std::string pdf = Golden("010_taller_san_jose_2019_es.pdf");
  PdfReaderOptions options{.executable = ENLACE_BINARY};
  options.limits.memory_bytes = 1u << 20;  // far below what the program already maps
  auto text = ReadPdfTextInChild(pdf, options);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().reason, "document_too_demanding") << text.error().detail;
}
#endif

}  // namespace
}  // namespace enlace
