#include "imports/reader/pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

#include "imports/domain/reasons.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

constexpr int kMaxPages = 3000;

void IgnorePopplerMessages(const std::string&, void*) {}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

// A line that only numbers the page: "3", "- 3 -", "Page 3 of 7", "Página 3 de 7", "3/7".
bool IsPageNumberLine(const std::string& line) {
  std::string folded = CollapseWhitespace(Fold(line));
  if (folded.empty()) return false;
  std::string rest;
  for (char c : folded) {
    if (c >= '0' && c <= '9') continue;
    rest.push_back(c);
  }
  if (rest.size() == folded.size()) return false;  // no digit at all
  for (std::string_view noise : {"pagina", "page", "pag.", "of", "de", "-", "/", " ", ".", "|"}) {
    std::size_t at;
    while ((at = rest.find(noise)) != std::string::npos) rest.erase(at, noise.size());
  }
  return rest.empty();
}

// A line with its digits blanked, to recognise "Report of the meeting — page 3" on every page.
std::string Shape(const std::string& line) {
  std::string folded = CollapseWhitespace(Fold(line));
  for (char& c : folded) {
    if (c >= '0' && c <= '9') c = '#';
  }
  return folded;
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, std::min<std::size_t>(bytes.size(), 1024)).find("%PDF-") != std::string_view::npos;
}

Result<std::string> ReadPdfTextInProcess(std::string_view bytes) {
  poppler::set_debug_error_function(IgnorePopplerMessages, nullptr);
  std::vector<std::vector<std::string>> pages;
  try {
    std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(std::min<std::size_t>(bytes.size(), 1u << 30))));
    if (!document) return std::unexpected(Error::Invalid(reasons::kUnreadableDocument, "not a readable PDF"));
    if (document->is_locked()) {
      return std::unexpected(Error::Invalid(reasons::kUnreadableDocument, "the PDF is encrypted"));
    }
    int count = document->pages();
    if (count > kMaxPages) return std::unexpected(Error::Invalid(reasons::kInputTooLarge, "too many pages"));
    for (int i = 0; i < count; ++i) {
      std::unique_ptr<poppler::page> page(document->create_page(i));
      if (!page) continue;
      poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
      pages.push_back(SplitLines(std::string(utf8.begin(), utf8.end())));
    }
  } catch (const std::bad_alloc&) {
    return std::unexpected(Error::Invalid(reasons::kDocumentTooDemanding, "out of memory reading the PDF"));
  } catch (const std::exception& e) {
    return std::unexpected(Error::Invalid(reasons::kUnreadableDocument, "the PDF cannot be read"));
  }

  // Running headers and footers: among the first and last lines of each page, those that number
  // the page or that repeat (digits aside) on at least half of the pages.
  std::map<std::string, int> repeats;
  auto edges = [](const std::vector<std::string>& lines, auto&& visit) {
    std::vector<std::size_t> nonempty;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].find_first_not_of(" \t\f") != std::string::npos) nonempty.push_back(i);
    }
    for (std::size_t k = 0; k < nonempty.size(); ++k) {
      if (k < 2 || k + 2 >= nonempty.size()) visit(nonempty[k]);
    }
  };
  for (const auto& lines : pages) {
    std::map<std::string, bool> seen;
    edges(lines, [&](std::size_t i) {
      std::string shape = Shape(lines[i]);
      if (!seen[shape]) ++repeats[shape];
      seen[shape] = true;
    });
  }
  std::string out;
  for (auto& lines : pages) {
    std::vector<bool> drop(lines.size(), false);
    edges(lines, [&](std::size_t i) {
      if (IsPageNumberLine(lines[i])) drop[i] = true;
      if (pages.size() >= 2 && repeats[Shape(lines[i])] * 2 >= static_cast<int>(pages.size()) &&
          repeats[Shape(lines[i])] >= 2) {
        drop[i] = true;
      }
    });
    // Blank lines at the top and foot of a page are layout, not paragraph breaks: a sentence
    // running over the page break must stay one paragraph.
    std::size_t first = 0, last = lines.size();
    auto blank = [&](std::size_t i) { return drop[i] || lines[i].find_first_not_of(" \t\f") == std::string::npos; };
    while (first < last && blank(first)) ++first;
    while (last > first && blank(last - 1)) --last;
    for (std::size_t i = first; i < last; ++i) {
      if (drop[i]) continue;
      std::string line = lines[i];
      for (char& c : line) {
        if (c == '\f') c = ' ';
      }
      out += line;
      out.push_back('\n');
    }
  }
  if (CollapseWhitespace(out).empty()) {
    return std::unexpected(Error::Invalid(reasons::kUnreadableDocument, "the PDF has no text (a scan?)"));
  }
  return out;
}

namespace {

std::mutex configuration_mutex;
PdfReaderOptions configuration;

Error TooDemanding(std::string detail) { return Error::Invalid(reasons::kDocumentTooDemanding, std::move(detail)); }

}  // namespace

void ConfigurePdfReader(PdfReaderOptions options) {
  std::lock_guard lock(configuration_mutex);
  configuration = std::move(options);
}

PdfReaderOptions CurrentPdfReaderOptions() {
  std::lock_guard lock(configuration_mutex);
  return configuration;
}

Result<std::string> ReadPdfText(std::string_view bytes) {
  PdfReaderOptions options = CurrentPdfReaderOptions();
  if (options.executable.empty()) return ReadPdfTextInProcess(bytes);
  return ReadPdfTextInChild(bytes, options);
}

Result<std::string> ReadPdfTextInChild(std::string_view bytes, const PdfReaderOptions& options) {
  SandboxRun run = RunSandboxed(options.executable,
                                {"read-pdf", "--memory-bytes", std::to_string(options.limits.memory_bytes),
                                 "--cpu-seconds", std::to_string(options.limits.cpu_seconds)},
                                bytes, options.limits);
  switch (run.outcome) {
    case SandboxRun::Outcome::kCannotStart:
      return std::unexpected(Error::Internal("the PDF reader cannot be started: " + options.executable));
    case SandboxRun::Outcome::kTimedOut:
      return std::unexpected(
          TooDemanding("the PDF reader was stopped after " + std::to_string(options.limits.wall.count()) + " ms"));
    case SandboxRun::Outcome::kOutputTooLarge:
      return std::unexpected(TooDemanding("the PDF reader wrote too much text"));
    case SandboxRun::Outcome::kSignaled:
      return std::unexpected(TooDemanding("the PDF reader was ended by signal " + std::to_string(run.signal)));
    case SandboxRun::Outcome::kExited:
      break;
  }
  if (run.exit_code == 0 && run.output.starts_with("ok\n")) return run.output.substr(3);
  if (run.exit_code == 0 && run.output.starts_with("error ")) {
    std::size_t end = run.output.find('\n');
    std::string reason = run.output.substr(6, end == std::string::npos ? std::string::npos : end - 6);
    std::string detail = end == std::string::npos ? "" : run.output.substr(end + 1);
    // Only the reasons the reader gives: the child's output is not trusted either.
    for (Reason known : {reasons::kUnreadableDocument, reasons::kInputTooLarge, reasons::kDocumentTooDemanding}) {
      if (reason == known.code()) return std::unexpected(Error::Invalid(known, detail.substr(0, 200)));
    }
  }
  return std::unexpected(TooDemanding("the PDF reader failed (exit " + std::to_string(run.exit_code) + ")"));
}

int RunReadPdfChild(int argc, char** argv) {
  // Limits first, before a byte of the input is read.
  std::size_t memory = 512u << 20;
  int cpu = 10;
  for (int i = 1; i + 1 < argc; ++i) {
    std::string_view name = argv[i], value = argv[i + 1];
    if (name == "--memory-bytes") std::from_chars(value.data(), value.data() + value.size(), memory);
    if (name == "--cpu-seconds") std::from_chars(value.data(), value.data() + value.size(), cpu);
  }
  if (!ApplyChildLimits(memory, cpu)) return 3;
  std::string bytes;
  std::vector<char> buffer(1u << 16);
  while (true) {
    ssize_t n = ::read(STDIN_FILENO, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes.append(buffer.data(), static_cast<std::size_t>(n));
  }
  auto text = ReadPdfTextInProcess(bytes);
  if (text) {
    std::cout << "ok\n" << *text;
  } else {
    std::cout << "error " << text.error().reason << "\n" << text.error().detail;
  }
  std::cout.flush();
  return std::cout ? 0 : 4;
}

}  // namespace enlace
