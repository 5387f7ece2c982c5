// PDF → text with poppler: the text of each page in reading order, with the running headers and
// footers (page numbers, a title repeated on every page) removed so that they never become
// agreements or split one. Line breaks and hyphenation are left for document_text to mend.
//
// poppler is a large C++ parser of untrusted bytes: the server runs it in a child process
// (sandbox.hpp) with CPU-time, memory and wall-clock limits, by re-executing its own binary with
// the hidden subcommand `enlace read-pdf` (RunReadPdfChild). A child that crashes, runs out of
// memory or time is a clear refusal ("document_too_demanding", 422), never the server's crash.
// The in-process path is for the unit tests and the offline tools, which configure nothing.
#pragma once

#include <string>
#include <string_view>

#include "imports/reader/sandbox.hpp"
#include "kernel/domain/error.hpp"

namespace enlace {

bool LooksLikePdf(std::string_view bytes);

struct PdfReaderOptions {
  std::string executable;  // the program to run as `executable read-pdf …`; empty: in this process
  SandboxLimits limits;
};

// Process-wide: `enlace` sets /proc/self/exe at start, before any thread.
void ConfigurePdfReader(PdfReaderOptions options);
PdfReaderOptions CurrentPdfReaderOptions();

// "unreadable_document" for a broken, encrypted or empty PDF; "document_too_demanding" when the
// child exceeds its limits or dies. Runs in a child when an executable is configured.
Result<std::string> ReadPdfText(std::string_view bytes);
Result<std::string> ReadPdfTextInProcess(std::string_view bytes);
Result<std::string> ReadPdfTextInChild(std::string_view bytes, const PdfReaderOptions& options);

// The child: `read-pdf [--memory-bytes N] [--cpu-seconds N]`. Sets its limits first, then reads
// the PDF on standard input and writes "ok\n<text>" or "error <reason>\n<detail>" on standard
// output. Returns the exit code.
int RunReadPdfChild(int argc, char** argv);

}  // namespace enlace
