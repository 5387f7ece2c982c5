// The benchmark of issue 12, item 10. Not a test: it is built into enlace_http_benchmarks (see
// backend/tests/CMakeLists.txt), never into the test suites, and run by bench/matrices/run.sh: a matrix of 40 topics ×
// 11 countries × 10 rounds, every cell changed in every round, then GET /api/v1/matrices/{id} (p50/p95 of 50 reads),
// the XLSX export, and the changes since round 1. Prints the figures; fails only when a call fails.
#include <algorithm>
#include <chrono>
#include <cstdlib>

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
  // ENLACE_BENCH_MATRIX_ROUNDS=N builds fewer rounds (to profile the reads); the figure is for 10.
  const int kRounds =
      std::getenv("ENLACE_BENCH_MATRIX_ROUNDS") ? std::atoi(std::getenv("ENLACE_BENCH_MATRIX_ROUNDS")) : 10;
  const int kReads =
      std::getenv("ENLACE_BENCH_MATRIX_READS") ? std::atoi(std::getenv("ENLACE_BENCH_MATRIX_READS")) : 50;
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
    auto round_start = Clock::now();
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
    std::fprintf(stderr, "round %d built in %.0f ms\n", r, Milliseconds(Clock::now() - round_start));
  }
  auto setup = Milliseconds(Clock::now() - setup_start);

  // Each answer is checked against the API's contract once; the timed requests go through a client that
  // does not check (the contract check of a 280 KB answer costs the client more than the server's work).
  // The first reads after the last round closed build the answers the server then keeps
  // (matrix_answer_cache.hpp): timed apart, as "cold".
  HttpClient timed(server().base_url(), nullptr);
  ASSERT_EQ(timed.SignIn(server().account("ts").email, server().account("ts").password).status, 200);
  auto cold_start = Clock::now();
  ASSERT_EQ(timed.Get(path).status, 200);
  auto cold_matrix_ms = Milliseconds(Clock::now() - cold_start);
  cold_start = Clock::now();
  ASSERT_EQ(timed.Get(path + "/changes?since_round=1").status, 200);
  auto cold_changes_ms = Milliseconds(Clock::now() - cold_start);
  auto checked = ts.Get(path);
  ASSERT_EQ(checked.status, 200);
  EXPECT_EQ(checked.Json()["cells"].size(), static_cast<std::size_t>(kTopics * countries.size()));
  ASSERT_EQ(ts.Get(path + "/changes?since_round=1").status, 200);

  std::vector<double> reads;
  for (int i = 0; i < kReads; ++i) {
    auto start = Clock::now();
    auto read = timed.Get(path);
    reads.push_back(Milliseconds(Clock::now() - start));
    ASSERT_EQ(read.status, 200);
  }
  std::sort(reads.begin(), reads.end());
  auto start = Clock::now();
  auto xlsx = timed.Get(path + "/export?format=xlsx");
  auto xlsx_ms = Milliseconds(Clock::now() - start);
  ASSERT_EQ(xlsx.status, 200);
  std::vector<double> change_reads;
  HttpResponse changes;
  for (int i = 0; i < 10; ++i) {
    start = Clock::now();
    changes = timed.Get(path + "/changes?since_round=1");
    change_reads.push_back(Milliseconds(Clock::now() - start));
    ASSERT_EQ(changes.status, 200);
  }
  std::sort(change_reads.begin(), change_reads.end());
  auto changes_ms = change_reads[change_reads.size() / 2];
  EXPECT_EQ(changes.Json()["items"].size(), static_cast<std::size_t>(kTopics * countries.size()));

  std::printf(
      "matrices benchmark (%s): setup %.0f ms for %d cell writes; GET matrix cold %.1f ms, then p50 %.1f ms, p95 "
      "%.1f ms (%zu bytes); XLSX export %.0f ms (%zu bytes); changes since round 1 cold %.1f ms, then p50 of 10 "
      "%.1f ms (%zu bytes)\n",
      BackendName(GetParam()).c_str(), setup, kTopics * static_cast<int>(countries.size()) * kRounds, cold_matrix_ms,
      reads[reads.size() / 2], reads[reads.size() * 95 / 100], ts.Get(path).body.size(), xlsx_ms, xlsx.body.size(),
      cold_changes_ms, changes_ms, changes.body.size());
}

}  // namespace
}  // namespace enlace::testing
