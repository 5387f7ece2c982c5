#include "kernel/formats/zip_archive.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace enlace
