// Importer benchmark: time per report over the golden inputs, throughput on a 20 MB text report,
// and the peak memory of the process. Built from backend/src/imports/reader/CMakeLists.txt as
// enlace_importer_bench; bench/importer/run.sh builds it without sanitizers and runs it.
//   enlace_importer_bench [--golden DIR] [--reference DIR] [--repeat N] [--megabytes M]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "imports/reader/golden_eval.hpp"
#include "imports/reader/importer.hpp"

namespace {

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

double PeakMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// CPU seconds of this process: the machine is shared, and wall time measures the neighbours too.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double last_wall_seconds = 0;

template <typename F>
double Seconds(F&& run) {
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  run();
  last_wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return CpuSeconds() - cpu_start;
}

}  // namespace

int main(int argc, char** argv) {
  std::string golden = ENLACE_GOLDEN_DIR, reference = ENLACE_REFERENCE_DIR;
  int repeat = 20;
  int megabytes = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string arg = argv[i];
    if (arg == "--golden")
      golden = argv[i + 1];
    else if (arg == "--reference")
      reference = argv[i + 1];
    else if (arg == "--repeat")
      repeat = std::max(1, std::stoi(argv[i + 1]));
    else if (arg == "--megabytes")
      megabytes = std::max(1, std::stoi(argv[i + 1]));
  }
  auto gazetteer = enlace::LoadGazetteer(reference);
  if (!gazetteer) return 1;
  double load_seconds = Seconds([&] { (void)enlace::LoadGazetteer(reference); });
  std::printf("gazetteer load: %.2f ms (%zu entities, %zu names)\n\n", load_seconds * 1000,
              gazetteer->entities().size(), gazetteer->name_count());

  std::printf("%-44s %8s %10s %10s\n", "report", "bytes", "CPU ms/rep", "agreements");
  std::vector<double> per_report;
  for (const auto& golden_case : enlace::FindGoldenCases(golden)) {
    std::string bytes = Slurp(golden_case.input);
    std::size_t agreements = 0;
    double seconds = Seconds([&] {
      for (int r = 0; r < repeat; ++r) {
        auto reading = enlace::ReadReport(bytes, golden_case.input.filename().string(), *gazetteer, {});
        agreements = reading ? reading->agreements.size() : 0;
      }
    });
    double ms = seconds * 1000 / repeat;
    per_report.push_back(ms);
    std::printf("%-44s %8zu %10.2f %10zu\n", golden_case.name.c_str(), bytes.size(), ms, agreements);
  }
  if (!per_report.empty()) {
    std::sort(per_report.begin(), per_report.end());
    double sum = 0;
    for (double ms : per_report) sum += ms;
    std::printf("\nper report: mean %.2f ms, median %.2f ms, max %.2f ms\n", sum / per_report.size(),
                per_report[per_report.size() / 2], per_report.back());
  }

  // A 20 MB report: the seed's preamble, then its agreements repeated, numbered 1..99 over and over
  // (sections restarting their numbering), so that every one of them is read as an agreement.
  std::string seed = Slurp(std::filesystem::path(golden) / "000_seed_smuggling_network_2016_en.txt");
  std::size_t first_item = seed.find("\n1. ");
  std::string preamble = seed.substr(0, first_item + 1);
  std::vector<std::string> items;
  std::istringstream lines(seed.substr(first_item + 1));
  std::string line;
  while (std::getline(lines, line)) {
    std::size_t dot = line.find(". ");
    if (!line.empty() && line[0] >= '1' && line[0] <= '9' && dot != std::string::npos && dot < 3)
      items.push_back(line.substr(dot + 2));
  }
  std::string big = preamble;
  std::size_t target = static_cast<std::size_t>(megabytes) << 20;
  int number = 1;
  while (big.size() < target && !items.empty()) {
    big += std::to_string((number - 1) % 99 + 1) + ". " + items[static_cast<std::size_t>(number - 1) % items.size()] +
           "\n\n";
    ++number;
  }
  std::size_t agreements = 0;
  double seconds = Seconds([&] {
    auto reading = enlace::ReadReport(big, "big.txt", *gazetteer, {});
    agreements = reading ? reading->agreements.size() : 0;
  });
  std::printf("\n%d MB structured report (%zu bytes, %zu agreements): %.2f s CPU (%.2f s wall), %.1f MB/s\n", megabytes,
              big.size(), agreements, seconds, last_wall_seconds,
              static_cast<double>(big.size()) / (1 << 20) / seconds);

  // The same size with no structure at all: one unbroken paragraph of words.
  std::string flat;
  flat.reserve(target);
  while (flat.size() < target)
    flat += "the delegations discussed migration matters at length without agreeing anything ";
  seconds = Seconds([&] { (void)enlace::ReadReport(flat, "flat.txt", *gazetteer, {}); });
  std::printf("%d MB unstructured text: %.2f s CPU (%.2f s wall)\n", megabytes, seconds, last_wall_seconds);
  std::printf("peak resident memory: %.0f MB\n", PeakMegabytes());
  return 0;
}
