// A stand-alone `import-report` for development and the golden corpus, until the app's `enlace`
// binary wires ImportReportCommand into its command line:
//   enlace_import_report FILE [--format json|text] [--language auto|en|es] [--reference DIR]
#include <iostream>
#include <string>

#include "imports/reader/importer.hpp"

int main(int argc, char** argv) {
  std::string file, format = "json", language = "auto", reference = ENLACE_REFERENCE_DIR;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string& target) {
      if (i + 1 >= argc) return false;
      target = argv[++i];
      return true;
    };
    bool ok = true;
    if (arg == "--format")
      ok = value(format);
    else if (arg == "--language")
      ok = value(language);
    else if (arg == "--reference")
      ok = value(reference);
    else if (file.empty())
      file = arg;
    else
      ok = false;
    if (!ok) {
      std::cerr << "usage: enlace_import_report FILE [--format json|text] [--language auto|en|es] [--reference DIR]\n";
      return 2;
    }
  }
  if (file.empty()) {
    std::cerr << "usage: enlace_import_report FILE [--format json|text] [--language auto|en|es] [--reference DIR]\n";
    return 2;
  }
  return enlace::ImportReportCommand(file, format, language, reference, std::cout, std::cerr);
}
