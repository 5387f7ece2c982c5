// The benchmark of issue 12, item 10. Not a test: it is built into enlace_http_benchmarks (see
// backend/tests/CMakeLists.txt), never into the test suites, and run by bench/matrices/run.sh: a matrix of 40 topics ×
// 11 countries × 10 rounds, every cell changed in every round, then GET /api/v1/matrices/{id} (p50/p95 of 50 reads),
// the XLSX export, and the changes since round 1. Prints the figures; fails only when a call fails.
#include <algorithm>
#include <chrono>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

class MatricesBenchmark : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(MatricesBenchmark);

double Milliseconds(Clock::duration duration) { return std::chrono::duration<double, std::milli>(duration).count(); }

TEST_P(MatricesBenchmark, FortyTopicsElevenCountriesTenRounds) {
  constexpr int kTopics = 40;
  constexpr int kRounds = 10;
  auto ts = server().SignedIn("ts");
  auto created = ts.Post("/api/v1/matrices", {{"subject", "smuggling_of_migrants"}, {"title", {{"es", "Banco"}}}});
  ASSERT_EQ(created.status, 201);
  auto path = "/api/v1/matrices/" + std::to_string(created.Json()["id"].get<long long>());
  json matrix;
  for (int t = 1; t <= kTopics; ++t) {
    matrix = ts.Post(path + "/topics", {{"title", {{"es", "Tema " + std::to_string(t)}}}}).Json();
  }
  auto countries = matrix["countries"];
  auto setup_start = Clock::now();
  for (int r = 1; r <= kRounds; ++r) {
    ASSERT_EQ(ts.Post(path + "/rounds", {{"due", "2027-01-01"}}).status, 201);
    for (const auto& country : countries) {
      for (const auto& topic : matrix["topics"]) {
        json cell{{"provisions",
                   {{{"law", {{"title", "Ley " + country.get<std::string>()}, {"number", "N-" + std::to_string(r)}}},
                     {"article", "art. " + std::to_string(r)},
                     {"excerpt",
                      {{"es", "Texto de la disposición en la ronda " + std::to_string(r) +
                                  " con algunas palabras más para comparar la redacción del artículo"}}},
                     {"as_of", "2026-01-01"}}}}};
        auto put = ts.Send("PUT",
                           path + "/rounds/" + std::to_string(r) + "/cells/" +
                               std::to_string(topic["id"].get<long long>()) + "/" + country.get<std::string>(),
                           cell.dump(), {.headers = {{"Content-Type", "application/json"}, {"If-Match", "\"0\""}}});
        ASSERT_EQ(put.status, 200) << put.body;
      }
      auto base = path + "/rounds/" + std::to_string(r) + "/countries/" + country.get<std::string>();
      ASSERT_EQ(ts.Send("POST", base + "/submit", "").status, 200);
      ASSERT_EQ(ts.Send("POST", base + "/validate", "").status, 200);
    }
    ASSERT_EQ(ts.Send("POST", path + "/rounds/" + std::to_string(r) + "/close", "").status, 200);
  }
  auto setup = Milliseconds(Clock::now() - setup_start);

  std::vector<double> reads;
  for (int i = 0; i < 50; ++i) {
    auto start = Clock::now();
    auto read = ts.Get(path);
    reads.push_back(Milliseconds(Clock::now() - start));
    ASSERT_EQ(read.status, 200);
    if (i == 0) {
      EXPECT_EQ(read.Json()["cells"].size(), static_cast<std::size_t>(kTopics * countries.size()));
    }
  }
  std::sort(reads.begin(), reads.end());
  auto start = Clock::now();
  auto xlsx = ts.Get(path + "/export?format=xlsx");
  auto xlsx_ms = Milliseconds(Clock::now() - start);
  ASSERT_EQ(xlsx.status, 200);
  start = Clock::now();
  auto changes = ts.Get(path + "/changes?since_round=1");
  auto changes_ms = Milliseconds(Clock::now() - start);
  ASSERT_EQ(changes.status, 200);
  EXPECT_EQ(changes.Json()["items"].size(), static_cast<std::size_t>(kTopics * countries.size()));

  std::printf(
      "matrices benchmark (%s): setup %.0f ms for %d cell writes; GET matrix p50 %.1f ms, p95 %.1f ms "
      "(%zu bytes); XLSX export %.0f ms (%zu bytes); changes since round 1 %.1f ms (%zu bytes)\n",
      BackendName(GetParam()).c_str(), setup, kTopics * static_cast<int>(countries.size()) * kRounds,
      reads[reads.size() / 2], reads[reads.size() * 95 / 100], ts.Get(path).body.size(), xlsx_ms, xlsx.body.size(),
      changes_ms, changes.body.size());
}

}  // namespace
}  // namespace enlace::testing
