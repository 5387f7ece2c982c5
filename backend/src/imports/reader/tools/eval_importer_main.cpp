// `make eval-importer`: precision, recall and F1 per field over a directory of cases (an input
// beside its NAME.expected.json), with a per-document table.
//   enlace_eval_importer [--golden DIR] [--reference DIR]... [--title TEXT] [--verbose]
//                        [--min-f1 X] [--floors FILE --group NAME] [--dump NAME]
// --dump prints the reading (the importer's JSON) of the case NAME instead of scoring.
// Each --reference after the first is an overlay (another process's reference data). --floors
// reads {"group": {"field": floor}} and fails when a field of --group scores below its floor.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "imports/reader/golden_eval.hpp"
#include "imports/reader/importer.hpp"

namespace {

// Column headings of the per-document table, in EvaluatedFields() order.
const char* Short(const std::string& field) {
  if (field == "segmentation") return "segm";
  if (field == "verbs") return "verb";
  if (field == "parties") return "party";
  if (field == "meeting fields") return "meet";
  if (field == "deadline phrases") return "dl-ph";
  if (field == "deadline dates") return "dl-dt";
  if (field == "commitments") return "commit";
  return "action";
}

std::string Cell(const enlace::FieldScore& score, int decimals = 2) {
  if (score.expected == 0 && score.actual == 0) return "-";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, score.F1());
  return buffer;
}

}  // namespace

int main(int argc, char** argv) {
  std::string golden = ENLACE_GOLDEN_DIR, title, floors_file, group, dump;
  std::vector<std::filesystem::path> references;
  bool verbose = false;
  double min_f1 = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--golden" && i + 1 < argc)
      golden = argv[++i];
    else if (arg == "--reference" && i + 1 < argc)
      references.emplace_back(argv[++i]);
    else if (arg == "--title" && i + 1 < argc)
      title = argv[++i];
    else if (arg == "--floors" && i + 1 < argc)
      floors_file = argv[++i];
    else if (arg == "--group" && i + 1 < argc)
      group = argv[++i];
    else if (arg == "--dump" && i + 1 < argc)
      dump = argv[++i];
    else if (arg == "--verbose" || arg == "-v")
      verbose = true;
    else if (arg == "--min-f1" && i + 1 < argc)
      min_f1 = std::stod(argv[++i]);
    else {
      std::cerr << "usage: enlace_eval_importer [--golden DIR] [--reference DIR]... [--title TEXT] [--verbose] "
                   "[--min-f1 X] [--floors FILE --group NAME] [--dump NAME]\n";
      return 2;
    }
  }
  if (references.empty()) references.emplace_back(ENLACE_REFERENCE_DIR);
  auto gazetteer = enlace::LoadGazetteer(references);
  if (!gazetteer) {
    std::cerr << "reference data: " << gazetteer.error().reason << " " << gazetteer.error().detail << "\n";
    return 1;
  }
  nlohmann::json floors = nlohmann::json::object();
  if (!floors_file.empty()) {
    std::ifstream in(floors_file);
    floors = nlohmann::json::parse(in, nullptr, false);
    if (floors.is_discarded() || !floors.contains(group)) {
      std::cerr << "floors: " << floors_file << " has no group " << group << "\n";
      return 1;
    }
    floors = floors[group];
  }
  auto cases = enlace::FindGoldenCases(golden);
  if (cases.empty()) {
    std::cerr << "no cases in " << golden << "\n";
    return 1;
  }
  if (!dump.empty()) {
    for (const auto& one : cases) {
      if (one.name != dump) continue;
      std::ifstream in(one.input, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto reading = enlace::ReadReport(bytes, one.input.filename().string(), *gazetteer, {});
      if (!reading) {
        std::cerr << reading.error().reason << "\n";
        return 1;
      }
      std::cout << enlace::ToJson(*reading).dump(2) << "\n";
      return 0;
    }
    std::cerr << "no case " << dump << "\n";
    return 1;
  }
  auto results = enlace::EvaluateGoldenCases(cases, *gazetteer);
  const auto& fields = enlace::EvaluatedFields();
  if (!title.empty()) std::printf("== %s ==\n", title.c_str());
  std::printf("%-52s", "document (F1 per field)");
  for (const auto& field : fields) std::printf(" %6s", Short(field));
  std::printf("  differences\n");
  for (const auto& result : results) {
    std::printf("%-52s", result.name.c_str());
    for (const auto& field : fields) {
      auto found = result.scores.find(field);
      std::printf(" %6s", found == result.scores.end() ? "-" : Cell(found->second).c_str());
    }
    if (!result.error.empty())
      std::printf("  ERROR %s\n", result.error.c_str());
    else
      std::printf("  %zu\n", result.differences.size());
    if (verbose) {
      for (const auto& difference : result.differences) std::printf("    %s\n", difference.c_str());
    }
  }
  auto total = enlace::TotalScores(results);
  std::printf("\n%zu documents\n%-18s %9s %9s %9s %10s %10s %8s\n", results.size(), "field", "precision", "recall",
              "F1", "expected", "read", "floor");
  bool ok = true;
  for (const auto& field : fields) {
    const auto& score = total[field];
    double floor = floors.contains(field) ? floors[field].get<double>() : min_f1;
    bool scored = score.expected + score.actual > 0;
    std::printf("%-18s %9.3f %9.3f %9s %10zu %10zu %8.3f%s\n", field.c_str(), score.Precision(), score.Recall(),
                Cell(score, 3).c_str(), score.expected, score.actual, floor,
                scored && score.F1() + 1e-9 < floor ? "  BELOW FLOOR" : "");
    if (scored && score.F1() + 1e-9 < floor) ok = false;
  }
  return ok ? 0 : 1;
}
