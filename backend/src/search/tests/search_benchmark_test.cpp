// The search benchmark of issue 13, item 8. Not a test: built into enlace_http_benchmarks (see
// backend/tests/CMakeLists.txt) and run by bench/search/run.sh (`make bench-search`): 100,000
// synthetic entries (documents and agreements, half Spanish, half English, every access level),
// indexed through SearchService::Put in transactions of 1,000, then GET /api/v1/search over HTTP as
// a country officer (p50/p95 of 200 queries of one to three words, with and without accents), on
// SQLite and (when ENLACE_TEST_POSTGRES is set) PostgreSQL. Prints the figures; fails only when a
// call fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "search/domain/search_service.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using Clock = std::chrono::steady_clock;

class SearchBenchmark : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(SearchBenchmark);

double Milliseconds(Clock::duration duration) { return std::chrono::duration<double, std::milli>(duration).count(); }

const std::vector<std::string> kSpanish = {
    "tráfico", "ilícito",   "migrantes", "trata",        "personas",     "protección", "frontera",    "cooperación",
    "informe", "acuerdo",   "red",       "funcionarios", "enlace",       "retorno",    "asistencia",  "víctimas",
    "niñez",   "migración", "consular",  "reunión",      "capacitación", "guía",       "indicadores", "legislación"};
const std::vector<std::string> kEnglish = {
    "smuggling", "migrants", "trafficking", "persons",  "protection", "border",     "cooperation", "report",
    "agreement", "network",  "officers",    "liaison",  "return",     "assistance", "victims",     "children",
    "migration", "consular", "meeting",     "training", "guide",      "indicators", "legislation", "review"};

TEST_P(SearchBenchmark, HundredThousandEntries) {
  constexpr int kEntries = 100000;
  auto& search = server().app().Get<SearchService>();
  auto& store = server().app().store();
  auto process = server().process_id();
  std::mt19937 random(42);
  // A vocabulary of 5,000 made-up words per language, and the real words of the queries now and
  // then (each in about 2% of the texts), so that a query finds hundreds of entries, not half of them.
  auto made_up = [](int n, char first) {
    std::string word(1, first);
    for (; n > 0; n /= 26) word += static_cast<char>('a' + n % 26);
    return word + "os";
  };
  auto text = [&](const std::vector<std::string>& words, char first, int length) {
    std::string out;
    for (int i = 0; i < length; ++i) {
      out += i ? " " : "";
      out += random() % 50 == 0 ? words[random() % words.size()] : made_up(static_cast<int>(random() % 5000), first);
    }
    return out;
  };
  const SearchAccess levels[] = {SearchAccess::kPublic, SearchAccess::kParticipants, SearchAccess::kMembers,
                                 SearchAccess::kSecretariat};
  auto start = Clock::now();
  for (int first = 0; first < kEntries; first += 1000) {
    auto transaction = store.Begin(TransactionMode::kWrite);
    for (int i = first; i < first + 1000; ++i) {
      bool spanish = i % 2 == 0;
      const auto& words = spanish ? kSpanish : kEnglish;
      SearchService::Put(*transaction, SearchEntry{.process_id = process,
                                                   .type = i % 3 == 0 ? "agreement" : "document",
                                                   .id = 1000000 + i,
                                                   .language = spanish ? "es" : "en",
                                                   .title = text(words, spanish ? 's' : 'e', 6),
                                                   .body = text(words, spanish ? 's' : 'e', 80),
                                                   .access = levels[i % 4],
                                                   .owners = i % 4 == 3 ? std::vector<std::string>{"HN"}
                                                                        : std::vector<std::string>{}});
    }
    transaction->Commit();
  }
  auto indexing = Milliseconds(Clock::now() - start);
  search.Refresh();

  auto gt = server().SignedIn("gt");
  const std::vector<std::string> queries = {
      "trafico",          "tráfico de migrantes",   "smuggled migrants", "proteccion victimas",
      "liaison officers", "niñez consular retorno", "capacitacion",      "indicators review",
      "legislacion guia"};
  std::vector<double> times;
  long long found = 0;
  for (int i = 0; i < 200; ++i) {
    auto query = queries[static_cast<std::size_t>(i) % queries.size()];
    std::string encoded;
    for (unsigned char c : query) {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      encoded += std::isalnum(c) ? std::string(1, static_cast<char>(c)) : std::string(hex);
    }
    auto begin = Clock::now();
    auto response = gt.Get("/api/v1/search?q=" + encoded);
    times.push_back(Milliseconds(Clock::now() - begin));
    ASSERT_EQ(response.status, 200) << response.body;
    found += response.Json()["total"].get<long long>();
  }
  std::sort(times.begin(), times.end());
  std::printf(
      "search benchmark (%s): %d entries indexed in %.0f ms (%.2f ms per entry); 200 searches as a country "
      "officer: p50 %.1f ms, p95 %.1f ms, max %.1f ms (mean total found %lld)\n",
      GetParam() == Backend::kSqlite ? "sqlite" : "postgresql", kEntries, indexing, indexing / kEntries, times[100],
      times[190], times.back(), found / 200);
}

}  // namespace
}  // namespace enlace::testing
