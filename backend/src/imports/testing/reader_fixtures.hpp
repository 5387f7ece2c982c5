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
std::string MakeZip(const std::map<std::string, std::string>& parts);

// A minimal DOCX whose body is `body_xml` (the children of <w:body>), with optional numbering.
std::string MakeDocx(const std::string& body_xml, const std::string& numbering_xml = "");

}  // namespace enlace::testing
