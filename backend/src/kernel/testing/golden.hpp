// Golden files for tests of generated text: a test renders what it produces into one string and
// compares it with a file kept beside the code. When the output changes on purpose, run the test
// with ENLACE_UPDATE_GOLDEN=1 to rewrite the file, and review the difference in the commit.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace enlace::testing {

// Compares `actual` with the file at `path` (absolute), reporting the first line that differs.
inline void ExpectMatchesGolden(const std::string& path, const std::string& actual) {
  if (const char* update = std::getenv("ENLACE_UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "no golden file " << path << " (run with ENLACE_UPDATE_GOLDEN=1 to write it)";
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string expected = buffer.str();
  if (expected == actual) return;
  std::istringstream expected_lines(expected);
  std::istringstream actual_lines(actual);
  std::string want;
  std::string got;
  for (int line = 1;; ++line) {
    bool more_expected = static_cast<bool>(std::getline(expected_lines, want));
    bool more_actual = static_cast<bool>(std::getline(actual_lines, got));
    if (!more_expected && !more_actual) break;
    if (!more_expected || !more_actual || want != got) {
      ADD_FAILURE() << path << ":" << line << " differs\n  expected: " << (more_expected ? want : "<end>")
                    << "\n  actual:   " << (more_actual ? got : "<end>");
      return;
    }
  }
  ADD_FAILURE() << path << " differs (line ends or the final newline)";
}

}  // namespace enlace::testing
