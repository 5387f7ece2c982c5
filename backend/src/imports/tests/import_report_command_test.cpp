// `enlace import-report FILE [--format json|text] [--language auto|en|es]`, run as the built
// program: it prints the reading, refuses unreadable input with a message and a non-zero exit
// code, and never needs, opens or creates a database.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "imports/reader/golden_eval.hpp"
#include "imports/testing/reader_fixtures.hpp"

namespace enlace::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class ImportReportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("enlace-import-report-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  // Runs the program with `arguments` (already quoted), standard output and error apart.
  CommandRun Enlace(const std::string& arguments, const std::string& environment = "") {
    CommandRun run;
    auto err_file = folder_ / "stderr.txt";
    std::string command =
        environment + " " + std::string(ENLACE_BINARY) + " " + arguments + " 2>'" + err_file.string() + "'";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    std::array<char, 4096> buffer;
    while (auto read = fread(buffer.data(), 1, buffer.size(), pipe)) run.out.append(buffer.data(), read);
    int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(err_file);
    std::stringstream err;
    err << in.rdbuf();
    run.err = err.str();
    return run;
  }

  fs::path Write(const std::string& name, const std::string& content) {
    auto path = folder_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  fs::path folder_;
};

TEST_F(ImportReportCommandTest, TheSeedReadsAsItsExpectedReading) {
  auto run = Enlace("import-report '" + GoldenCasesDir() + "000_seed_smuggling_network_2016_en.txt' --format json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto reading = json::parse(run.out, nullptr, false);
  ASSERT_FALSE(reading.is_discarded()) << run.out;
  std::ifstream in(GoldenCasesDir() + "000_seed_smuggling_network_2016_en.expected.json");
  auto expected = json::parse(in);
  // The importer's own comparison: every field the expected reading shows, commitments by party and
  // deadline (the wording of actions is scored apart, its misses listed in golden/known_misses.json).
  auto comparison = CompareReading(expected, reading);
  std::erase_if(comparison.differences, [](const std::string& d) { return d.starts_with("commitment actions"); });
  EXPECT_TRUE(comparison.differences.empty()) << ::testing::PrintToString(comparison.differences);
  EXPECT_EQ(reading["place"], expected["place"]);
  EXPECT_EQ(reading["participants"], expected["participants"]);
  EXPECT_EQ(reading["agreements"].size(), 9u);
  EXPECT_EQ(reading["format"], "text");
}

TEST_F(ImportReportCommandTest, JsonIsTheDefaultAndTextIsForPeople) {
  auto seed = GoldenCasesDir() + "000_seed_smuggling_network_2016_en.txt";
  auto json_run = Enlace("import-report '" + seed + "'");
  ASSERT_EQ(json_run.exit_code, 0) << json_run.err;
  EXPECT_FALSE(json::parse(json_run.out, nullptr, false).is_discarded());

  auto text_run = Enlace("import-report '" + seed + "' --format text --language en");
  ASSERT_EQ(text_run.exit_code, 0) << text_run.err;
  EXPECT_NE(text_run.out.find("Agreements (9)"), std::string::npos) << text_run.out;
  EXPECT_NE(text_run.out.find("San Pedro Sula"), std::string::npos);

  auto docx = Enlace("import-report '" + GoldenCasesDir() + "006_rcgm_virtual_2020_en.docx'");
  ASSERT_EQ(docx.exit_code, 0) << docx.err;
  EXPECT_EQ(json::parse(docx.out)["format"], "docx");
}

TEST_F(ImportReportCommandTest, UnreadableInputIsAClearMessageAndANonZeroExit) {
  std::string noise;
  unsigned state = 7;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;
    noise.push_back(static_cast<char>(state >> 16));
  }
  auto binary = Enlace("import-report '" + Write("scan.bin", noise).string() + "'");
  EXPECT_EQ(binary.exit_code, 1);
  EXPECT_NE(binary.err.find("unsupported_format"), std::string::npos) << binary.err;
  EXPECT_TRUE(binary.out.empty());

  auto empty = Enlace("import-report '" + Write("empty.txt", "").string() + "'");
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("unreadable_document"), std::string::npos) << empty.err;

  auto broken_docx =
      Enlace("import-report '" + Write("broken.docx", std::string("PK\x03\x04garbage", 11)).string() + "'");
  EXPECT_EQ(broken_docx.exit_code, 1);
  EXPECT_NE(broken_docx.err.find("enlace import-report:"), std::string::npos) << broken_docx.err;

  auto missing = Enlace("import-report '" + (folder_ / "nowhere.txt").string() + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("cannot open the file"), std::string::npos) << missing.err;

  auto seed = GoldenCasesDir() + "000_seed_smuggling_network_2016_en.txt";
  EXPECT_EQ(Enlace("import-report '" + seed + "' --format xml").exit_code, 2);
  EXPECT_EQ(Enlace("import-report '" + seed + "' --language fr").exit_code, 2);
  EXPECT_NE(Enlace("import-report").exit_code, 0);
}

TEST_F(ImportReportCommandTest, ReadingAReportNeedsNoDatabaseAndCreatesNone) {
  auto seed = GoldenCasesDir() + "000_seed_smuggling_network_2016_en.txt";
  auto database = folder_ / "never.db";
  auto run = Enlace("--database 'sqlite:" + database.string() + "' import-report '" + seed + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_FALSE(fs::exists(database));
  // Not even an unreachable database stops it.
  auto unreachable = Enlace("import-report '" + seed + "'", "ENLACE_DATABASE=postgresql://nobody@127.0.0.1:1/none");
  EXPECT_EQ(unreachable.exit_code, 0) << unreachable.err;
}

}  // namespace
}  // namespace enlace::testing
