#include "kernel/formats/zip_archive.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kernel/domain/reasons.hpp"

namespace enlace {
namespace {

TEST(ZipArchiveTest, PartsReadBackAndTheBytesAreStable) {
  std::vector<ZipEntry> entries = {{"a.txt", "alpha"}, {"dir/b.xml", std::string(10000, 'b')}, {"empty", ""}};
  auto first = WriteZip(entries);
  ASSERT_TRUE(first);
  EXPECT_EQ(ReadZipEntry(*first, "a.txt"), "alpha");
  EXPECT_EQ(ReadZipEntry(*first, "dir/b.xml"), std::string(10000, 'b'));
  EXPECT_EQ(ReadZipEntry(*first, "empty"), "");
  EXPECT_LT(first->size(), 1000u);  // deflated
  auto second = WriteZip(entries);
  ASSERT_TRUE(second);
  EXPECT_EQ(*first, *second);
}

TEST(ZipArchiveTest, TimestampsDoNotDependOnTheTimeZone) {
  auto utc = WriteZip({{"a.txt", "alpha"}});
  setenv("TZ", "America/Tegucigalpa", 1);
  tzset();
  auto local = WriteZip({{"a.txt", "alpha"}});
  unsetenv("TZ");
  tzset();
  ASSERT_TRUE(utc && local);
  EXPECT_EQ(*utc, *local);
}

TEST(ZipArchiveTest, EmptyOrRepeatedNamesAreRefused) {
  EXPECT_FALSE(WriteZip({{"", "x"}}));
  auto repeated = WriteZip({{"a", "x"}, {"a", "y"}});
  ASSERT_FALSE(repeated);
  EXPECT_EQ(repeated.error().reason, "invalid_zip_entry");
}

std::string ZipFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(ZipArchiveTest, AFileArchivePullsBigEntriesPieceByPieceAndKeepsEveryByte) {
  auto path = (std::filesystem::temp_directory_path() / ("enlace-zip-" + std::to_string(::getpid()) + ".zip")).string();
  std::string big(3 * 1024 * 1024 + 7, '\0');
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>((i * 2654435761u) >> 13);
  std::int64_t largest_piece = 0;
  int reads = 0;
  ZipStreamEntry streamed{.name = "files/big.bin",
                          .read = [&](std::int64_t offset, std::int64_t length) -> std::optional<std::string> {
                            ++reads;
                            largest_piece = std::max(largest_piece, length);
                            return big.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length));
                          },
                          .size = static_cast<std::int64_t>(big.size()),
                          .deflate = false};
  std::vector<ZipStreamEntry> entries = {
      {.name = "index.html", .content = "<p>hola</p>"}, streamed, {.name = "empty", .content = ""}};
  ASSERT_TRUE(WriteZipFile(path, entries));
  auto archive = ZipFileBytes(path);
  EXPECT_EQ(ReadZipEntry(archive, "index.html"), "<p>hola</p>");
  EXPECT_EQ(ReadZipEntry(archive, "files/big.bin"), big);
  EXPECT_EQ(ReadZipEntry(archive, "empty"), "");
  EXPECT_GT(archive.size(), big.size()) << "stored, not deflated";
  EXPECT_LE(largest_piece, 1 << 20) << "never more than one piece asked at a time";
  EXPECT_GE(reads, 4);
  // The same entries make the same bytes.
  ASSERT_TRUE(WriteZipFile(path, entries));
  EXPECT_EQ(ZipFileBytes(path), archive);
  std::filesystem::remove(path);
}

TEST(ZipArchiveTest, AFileArchiveFailsWhenAnEntryCannotBeReadOrIsShort) {
  auto path =
      (std::filesystem::temp_directory_path() / ("enlace-zip-bad-" + std::to_string(::getpid()) + ".zip")).string();
  ZipStreamEntry failing{.name = "files/lost.pdf",
                         .read = [](std::int64_t, std::int64_t) -> std::optional<std::string> { return std::nullopt; },
                         .size = 10};
  auto lost = WriteZipFile(path, {failing});
  ASSERT_FALSE(lost);
  // Not the server's fault: the file went away meanwhile, and asking again works (409).
  EXPECT_EQ(lost.error().code, ErrorCode::kConflict);
  EXPECT_EQ(lost.error().reason, reasons::kSourceChanged.code());
  EXPECT_FALSE(std::filesystem::exists(path));
  ZipStreamEntry short_entry{.name = "files/short.pdf",
                             .read = [](std::int64_t offset, std::int64_t) -> std::optional<std::string> {
                               return offset == 0 ? std::optional<std::string>("abc") : std::optional<std::string>("");
                             },
                             .size = 10};
  auto shorter = WriteZipFile(path, {short_entry});
  ASSERT_FALSE(shorter);
  EXPECT_EQ(shorter.error().reason, reasons::kSourceChanged.code());
  EXPECT_FALSE(std::filesystem::exists(path));
  auto repeated = WriteZipFile(path, {{.name = "a", .content = "1"}, {.name = "a", .content = "2"}});
  ASSERT_FALSE(repeated);
  EXPECT_EQ(repeated.error().reason, reasons::kInvalidZipEntry.code());
}

}  // namespace
}  // namespace enlace
