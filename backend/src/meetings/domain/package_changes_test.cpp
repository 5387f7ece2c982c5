#include "meetings/domain/package_changes.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

TEST(PackageChangesTest, FilesAddedChangedAndRemovedArePathsSortedTheReportsAndIndexLeftOut) {
  auto before =
      "aaa  files/agenda.pdf\nbbb  files/old-note.pdf\nccc  agreements-es.csv\nddd  report-es.pdf\n"
      "eee  index.html\n";
  auto after =
      "aaa  files/agenda.pdf\nzzz  agreements-es.csv\nfff  files/informe.pdf\nyyy  report-es.pdf\nxxx  index.html\n"
      "111  files/anexo.docx\n";
  auto changes = CompareMeetingPackages(before, after);
  EXPECT_EQ(changes.added, (std::vector<std::string>{"files/anexo.docx", "files/informe.pdf"}));
  EXPECT_EQ(changes.changed, (std::vector<std::string>{"agreements-es.csv"}));
  EXPECT_EQ(changes.removed, (std::vector<std::string>{"files/old-note.pdf"}));
  EXPECT_FALSE(changes.empty());
}

TEST(PackageChangesTest, TheSamePackageHasNoChangesEvenWithANewReport) {
  auto changes =
      CompareMeetingPackages("aaa  files/a.pdf\nbbb  report-en.pdf\n", "aaa  files/a.pdf\nccc  report-en.pdf");
  EXPECT_TRUE(changes.empty());
  EXPECT_EQ(CompareMeetingPackages("", "aaa  files/a.pdf\n").added, (std::vector<std::string>{"files/a.pdf"}));
}

}  // namespace
}  // namespace enlace
