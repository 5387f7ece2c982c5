#include "imports/reader/sandbox.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "imports/reader/pdf_reader.hpp"

namespace enlace {
namespace {

namespace fs = std::filesystem;

class SandboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("enlace-sandbox-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  std::string Script(const std::string& body) {
    auto path = folder_ / ("child" + std::to_string(++scripts_) + ".sh");
    std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
    fs::permissions(path, fs::perms::owner_all);
    return path.string();
  }

  fs::path folder_;
  int scripts_ = 0;
};

TEST_F(SandboxTest, TheChildReadsItsInputAndAnswersOnStandardOutput) {
  std::string input(5u << 20, 'x');  // larger than a pipe's buffer both ways: no deadlock
  input += "end";
  auto run = RunSandboxed(Script("exec cat"), {}, input, SandboxLimits{});
  ASSERT_EQ(run.outcome, SandboxRun::Outcome::kExited);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.output, input);
}

TEST_F(SandboxTest, AChildThatHangsIsKilledByTheWallClock) {
  SandboxLimits limits;
  limits.wall = std::chrono::milliseconds(300);
  auto run = RunSandboxed(Script("exec sleep 60"), {"read-pdf"}, std::string(1u << 20, 'x'), limits);
  EXPECT_EQ(run.outcome, SandboxRun::Outcome::kTimedOut);
  EXPECT_GE(run.elapsed, std::chrono::milliseconds(300));
  EXPECT_LT(run.elapsed, std::chrono::seconds(5));
}

TEST_F(SandboxTest, AChildThatClosesItsOutputAndHangsIsKilledToo) {
  SandboxLimits limits;
  limits.wall = std::chrono::milliseconds(300);
  auto run = RunSandboxed(Script("exec >&- ; sleep 60"), {}, "", limits);
  EXPECT_EQ(run.outcome, SandboxRun::Outcome::kTimedOut);
  EXPECT_LT(run.elapsed, std::chrono::seconds(5));
}

TEST_F(SandboxTest, AChildThatCrashesOrLeavesUnreadInputIsReportedNotFelt) {
  auto crashed = RunSandboxed(Script("kill -SEGV $$"), {}, std::string(4u << 20, 'x'), SandboxLimits{});
  EXPECT_EQ(crashed.outcome, SandboxRun::Outcome::kSignaled);
  EXPECT_EQ(crashed.signal, SIGSEGV);
  // It exits without reading 4 MB of input: the parent gets no SIGPIPE (it would die of it here).
  auto early = RunSandboxed(Script("exit 7"), {}, std::string(4u << 20, 'x'), SandboxLimits{});
  EXPECT_EQ(early.outcome, SandboxRun::Outcome::kExited);
  EXPECT_EQ(early.exit_code, 7);
}

TEST_F(SandboxTest, TooMuchOutputStopsTheChild) {
  SandboxLimits limits;
  limits.max_output_bytes = 1u << 20;
  auto run = RunSandboxed(Script("exec yes"), {}, "", limits);
  EXPECT_EQ(run.outcome, SandboxRun::Outcome::kOutputTooLarge);
}

TEST_F(SandboxTest, AProgramThatCannotStartIsNotAHang) {
  auto run = RunSandboxed((folder_ / "missing").string(), {}, "x", SandboxLimits{});
  EXPECT_TRUE(run.outcome == SandboxRun::Outcome::kCannotStart ||
              (run.outcome == SandboxRun::Outcome::kExited && run.exit_code == 127));
}

TEST_F(SandboxTest, TheCpuLimitEndsAChildThatSpins) {
  // The limit the child sets on itself (here in a shell, as `enlace read-pdf` does with setrlimit).
  SandboxLimits limits;
  limits.wall = std::chrono::seconds(20);
  auto run = RunSandboxed(Script("ulimit -t 1; while :; do :; done"), {}, "", limits);
  ASSERT_EQ(run.outcome, SandboxRun::Outcome::kSignaled);
  EXPECT_TRUE(run.signal == SIGXCPU || run.signal == SIGKILL) << run.signal;
  EXPECT_LT(run.elapsed, std::chrono::seconds(10));
}

TEST_F(SandboxTest, ThePdfReaderTurnsEveryChildFailureIntoAClearRefusal) {
  PdfReaderOptions options;
  options.limits.wall = std::chrono::milliseconds(300);
  auto expect_refused = [&](const std::string& body) {
    options.executable = Script(body);
    auto text = ReadPdfTextInChild("%PDF-1.4", options);
    ASSERT_FALSE(text) << body;
    EXPECT_EQ(text.error().reason, "document_too_demanding") << body;
    EXPECT_EQ(text.error().code, ErrorCode::kInvalidArgument) << body;
  };
  expect_refused("exec sleep 60");
  expect_refused("kill -KILL $$");
  expect_refused("exit 1");
  expect_refused("echo 'error internal'");  // a reason the reader does not give is not believed
  options.executable = Script("cat >/dev/null; printf 'error unreadable_document\\nencrypted'");
  auto unreadable = ReadPdfTextInChild("%PDF-1.4", options);
  ASSERT_FALSE(unreadable);
  EXPECT_EQ(unreadable.error().reason, "unreadable_document");
  options.executable = Script("cat >/dev/null; printf 'ok\\nThe text.'");
  auto text = ReadPdfTextInChild("%PDF-1.4", options);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "The text.");
}

}  // namespace
}  // namespace enlace
