// Helpers shared by the importer's tests: the reference gazetteer and DOCX archives built in
// memory. Test-only: implemented in test_support_test.cpp, which only the test binary links.
#pragma once

#include <map>
#include <string>

#include "kernel/domain/gazetteer.hpp"

namespace enlace::testing {

// The gazetteer of data/reference/rcm; aborts the test binary if the files are missing.
const Gazetteer& ReferenceGazetteer();

// A ZIP archive with these parts (name → content), deflated.
// The reader's golden cases (backend/src/imports/reader/testdata/golden/), with the final slash.
// Inline, so that the HTTP tests (which define ENLACE_SOURCE_DIR but do not link this library) use it too.
inline std::string GoldenCasesDir() {
  return std::string(ENLACE_SOURCE_DIR) + "/backend/src/imports/reader/testdata/golden/";
}

std::string MakeZip(const std::map<std::string, std::string>& parts);

// A minimal DOCX whose body is `body_xml` (the children of <w:body>), with optional numbering.
std::string MakeDocx(const std::string& body_xml, const std::string& numbering_xml = "");

}  // namespace enlace::testing
