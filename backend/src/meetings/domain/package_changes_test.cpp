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

// A library document's file is named by its version: a new version is the file changed, by its new
// path; a document gone, or a new language, is removed or added.
TEST(PackageChangesTest, ANewVersionOfADocumentIsTheFileChanged) {
  auto before =
      "aaa  documents/rcm-wd.3-v1-es.pdf\nbbb  documents/rcm-wd.3-v1-en.pdf\nccc  documents/nota-v2-es.pdf\n"
      "ddd  documents/plan-v-final-v1-es.pdf\n";
  auto after =
      "eee  documents/rcm-wd.3-v2-es.pdf\nbbb  documents/rcm-wd.3-v1-en.pdf\nfff  documents/rcm-wd.4-v1-es.pdf\n"
      "ddd  documents/plan-v-final-v1-es.pdf\nggg  documents/nota-v2-en.pdf\n";
  auto changes = CompareMeetingPackages(before, after);
  EXPECT_EQ(changes.changed, (std::vector<std::string>{"documents/rcm-wd.3-v2-es.pdf"}));
  EXPECT_EQ(changes.added, (std::vector<std::string>{"documents/nota-v2-en.pdf", "documents/rcm-wd.4-v1-es.pdf"}));
  EXPECT_EQ(changes.removed, (std::vector<std::string>{"documents/nota-v2-es.pdf"}));
  // Outside documents/, a "-v2-" is part of the name.
  auto files = CompareMeetingPackages("aaa  files/acta-v1-es.pdf\n", "aaa  files/acta-v2-es.pdf\n");
  EXPECT_EQ(files.added, (std::vector<std::string>{"files/acta-v2-es.pdf"}));
  EXPECT_EQ(files.removed, (std::vector<std::string>{"files/acta-v1-es.pdf"}));
}

}  // namespace
}  // namespace enlace
