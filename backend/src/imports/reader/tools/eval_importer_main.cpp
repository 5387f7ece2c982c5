// `make eval-importer`: precision, recall and F1 per field over every golden case.
//   enlace_eval_importer [--golden DIR] [--reference DIR] [--verbose] [--min-f1 0.98]
#include <cstdio>
#include <iostream>
#include <string>

#include "imports/reader/golden_eval.hpp"
#include "imports/reader/importer.hpp"

int main(int argc, char** argv) {
  std::string golden = ENLACE_GOLDEN_DIR, reference = ENLACE_REFERENCE_DIR;
  bool verbose = false;
  double min_f1 = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--golden" && i + 1 < argc)
      golden = argv[++i];
    else if (arg == "--reference" && i + 1 < argc)
      reference = argv[++i];
    else if (arg == "--verbose" || arg == "-v")
      verbose = true;
    else if (arg == "--min-f1" && i + 1 < argc)
      min_f1 = std::stod(argv[++i]);
    else {
      std::cerr << "usage: enlace_eval_importer [--golden DIR] [--reference DIR] [--verbose] [--min-f1 X]\n";
      return 2;
    }
  }
  auto gazetteer = enlace::LoadGazetteer(reference);
  if (!gazetteer) {
    std::cerr << "reference data: " << gazetteer.error().reason << " " << gazetteer.error().detail << "\n";
    return 1;
  }
  auto cases = enlace::FindGoldenCases(golden);
  if (cases.empty()) {
    std::cerr << "no golden cases in " << golden << "\n";
    return 1;
  }
  auto results = enlace::EvaluateGoldenCases(cases, *gazetteer);
  for (const auto& result : results) {
    std::size_t wrong = result.differences.size();
    std::printf("%-48s %s\n", result.name.c_str(),
                !result.error.empty() ? ("ERROR " + result.error).c_str()
                : wrong == 0          ? "exact"
                                      : (std::to_string(wrong) + " differences").c_str());
    if (verbose) {
      for (const auto& difference : result.differences) std::printf("    %s\n", difference.c_str());
    }
  }
  auto total = enlace::TotalScores(results);
  std::printf("\n%zu golden cases\n%-18s %9s %9s %9s %10s\n", results.size(), "field", "precision", "recall", "F1",
              "facts");
  bool ok = true;
  for (const auto& field : enlace::EvaluatedFields()) {
    const auto& score = total[field];
    std::printf("%-18s %9.3f %9.3f %9.3f %10zu\n", field.c_str(), score.Precision(), score.Recall(), score.F1(),
                score.expected);
    if (score.F1() < min_f1) ok = false;
  }
  return ok ? 0 : 1;
}
