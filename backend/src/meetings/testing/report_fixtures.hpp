// Helpers shared by the export tests: a report resembling the seed (San Pedro Sula, 15 November
// 2016) in both languages, running the independent readers (pdftotext, pandoc) as subprocesses,
// and reading a ZIP part back. Test-only: implemented in test_support_test.cpp, which only the
// test binary links.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "meetings/report/report_document.hpp"

namespace enlace::testing {

// The kernel's and the meetings capability's text catalogues, loaded once.
const Texts& SeedTexts();

// Countries, organisations and the network that the seed names, with both languages.
ReferenceData SeedReference();

// The seed's meeting with agreements 1, 2 (heading), 2.a, 2.b, 3–7 in English and Spanish, and
// the commitments of its structured reading.
ReportDocument SeedReport(std::string language);

// One agreement's distinctive phrase, for finding it in a reader's output.
struct ExpectedItem {
  std::string label;       // "2.", "a."
  std::string opening_es;  // the first words of the Spanish text
  std::string opening_en;
  std::string phrase_es;  // a distinctive phrase further in
  std::string phrase_en;
};
std::vector<ExpectedItem> SeedExpectations();

// Checks that a reader's flattened output holds every agreement of SeedExpectations(), each with
// its label, its opening words and its distinctive phrase, in order (`language`: "es" or "en").
void ExpectEveryAgreementInOrder(const std::string& flat, const std::string& language);

struct ProcessOutput {
  int exit_code = -1;
  std::string out;
};

// Writes `bytes` to a temporary file with `suffix`, runs `command` with the file's path where
// "{}" stands, and returns its standard output. The file is removed afterwards.
ProcessOutput RunOnFile(std::string_view command, std::string_view bytes, std::string_view suffix);

// `pdftotext -layout FILE -` (text placed as on the page) or, with PdfReading::kContentOrder,
// `pdftotext -raw FILE -` (text in the order it was drawn: a table cell's lines stay together);
// and `pandoc -f docx -t plain --wrap=none -s FILE`.
enum class PdfReading { kLayout, kContentOrder };
ProcessOutput PdfToText(std::string_view pdf, PdfReading reading = PdfReading::kLayout);
ProcessOutput DocxToPlain(std::string_view docx);

// Whitespace runs (including page breaks) collapsed to one space, and page-footer lines
// ("Página 2 de 3", "Page 2 of 3") removed, so that a phrase wrapped across lines or pages is
// found.
std::string Flatten(std::string_view text);

// The bytes of a part of a ZIP archive; nullopt when absent.
std::optional<std::string> ReadZipPart(std::string_view archive, const char* name);

}  // namespace enlace::testing
