// The search benchmark of issue 13, item 8. Not a test: built into enlace_http_benchmarks (see
// backend/tests/CMakeLists.txt) and run by bench/search/run.sh (`make bench-search`, and `make
// bench` with BENCH_SEARCH=1): 100,000 synthetic entries (documents and agreements, half Spanish,
// half English, every access level), indexed through SearchService::Put in transactions of 1,000,
// then GET /api/v1/search over HTTP as a country officer (p50/p95/p99 of 200 queries of one to
// three words, with and without accents, after 20 to warm up; throughput one at a time; the
// process's resident memory); and a 50-page PDF (written with cairo) uploaded to a document and
// indexed (its text extracted, stemmed and stored), timed. On SQLite and (when ENLACE_TEST_POSTGRES
// is set) PostgreSQL. Prints the figures; fails only when a call fails.
#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>

#include "search/domain/search_repository.hpp"
#include "search/domain/search_service.hpp"
#include "search/domain/search_text.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using Clock = std::chrono::steady_clock;

class SearchBenchmark : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(SearchBenchmark);

double Milliseconds(Clock::duration duration) { return std::chrono::duration<double, std::milli>(duration).count(); }

// The process's resident memory now and at its peak (the server runs in this process).
std::string SearchBenchMemory() {
  std::ifstream status("/proc/self/status");
  std::string line;
  std::string text;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0 || line.rfind("VmHWM:", 0) == 0) {
      auto kb = std::stol(line.substr(6));
      text += (text.empty() ? "" : ", ") + std::string(line.rfind("VmRSS:", 0) == 0 ? "resident " : "peak ") +
              std::to_string(kb / 1024) + " MB";
    }
  }
  return text;
}

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
  for (const auto& warm : {"trafico", "smuggled+migrants", "liaison"}) {
    ASSERT_EQ(gt.Get(std::string("/api/v1/search?q=") + warm).status, 200);
  }
  const std::vector<std::string> queries = {
      "trafico",          "tráfico de migrantes",   "smuggled migrants", "proteccion victimas",
      "liaison officers", "niñez consular retorno", "capacitacion",      "indicators review",
      "legislacion guia"};
  auto queries_of = [&](int i) { return queries[static_cast<std::size_t>(i) % queries.size()]; };
  auto encoded_of = [&](int i) {
    std::string encoded;
    for (unsigned char c : queries_of(i)) {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      encoded += std::isalnum(c) ? std::string(1, static_cast<char>(c)) : std::string(hex);
    }
    return encoded;
  };
  // Every query once through the test's client, which checks each response against the OpenAPI
  // document; the timed searches go through a client that does not (validating a response of 20
  // items in this Debug build took about as long as the search itself: the test's work, not the
  // server's). Its figure is printed too.
  std::vector<double> checked;
  for (int i = 0; i < static_cast<int>(queries.size()); ++i) {
    auto begin = Clock::now();
    ASSERT_EQ(gt.Get("/api/v1/search?q=" + encoded_of(i)).status, 200);
    checked.push_back(Milliseconds(Clock::now() - begin));
  }
  std::sort(checked.begin(), checked.end());
  HttpClient timed(server().base_url(), nullptr);
  ASSERT_EQ(timed.SignIn(server().account("gt").email, server().account("gt").password).status, 200);
  std::vector<double> times;
  long long found = 0;
  auto searching = Clock::now();
  for (int i = 0; i < 200; ++i) {
    auto begin = Clock::now();
    auto response = timed.Get("/api/v1/search?q=" + encoded_of(i));
    times.push_back(Milliseconds(Clock::now() - begin));
    ASSERT_EQ(response.status, 200) << response.body;
    found += response.Json()["total"].get<long long>();
  }
  auto elapsed = Milliseconds(Clock::now() - searching);
  std::vector<std::pair<double, int>> slowest;
  for (int i = 0; i < 200; ++i) slowest.emplace_back(times[static_cast<std::size_t>(i)], i);
  std::sort(slowest.rbegin(), slowest.rend());
  std::string slow;
  for (int i = 0; i < 5; ++i) {
    char line[128];
    std::snprintf(line, sizeof line, "%s\"%s\" %.1f ms", i ? ", " : "",
                  queries_of(slowest[static_cast<std::size_t>(i)].second).c_str(),
                  slowest[static_cast<std::size_t>(i)].first);
    slow += line;
  }
  std::sort(times.begin(), times.end());
  // Nearest rank: the p-th percentile of 200 is the ceil(2p)-th time.
  std::printf(
      "search benchmark (%s): %d entries indexed in %.0f ms (%.2f ms per entry); 200 searches as a country "
      "officer, one at a time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f searches/s (mean total "
      "found %lld); memory: %s; the slowest: %s; each query once through the test's contract-checking client: "
      "median %.1f ms\n",
      GetParam() == Backend::kSqlite ? "sqlite" : "postgresql", kEntries, indexing, indexing / kEntries, times[99],
      times[189], times[197], times.back(), 200 * 1000.0 / elapsed, found / 200, SearchBenchMemory().c_str(),
      slow.c_str(), checked[checked.size() / 2]);

  // Where the time goes: the index's query alone (a read transaction and SearchRepository::Find),
  // and an HTTP search that finds nothing (the request, the session, the sources' fingerprints).
  std::vector<double> index_times;
  SearchReader reader{.process_id = process, .signed_in = true, .member = true, .delegation = "GT"};
  for (int i = 0; i < 200; ++i) {
    std::vector<std::vector<std::string>> groups;
    for (const auto& word : search::ParseQuery(queries_of(i))) groups.push_back(word.terms);
    auto begin = Clock::now();
    auto transaction = store.Begin(TransactionMode::kRead);
    transaction->Get<SearchRepository>().Find(reader, groups, SearchFilter{});
    index_times.push_back(Milliseconds(Clock::now() - begin));
  }
  std::vector<double> empty;
  for (int i = 0; i < 50; ++i) {
    auto begin = Clock::now();
    ASSERT_EQ(timed.Get("/api/v1/search?q=zzqxw").status, 200);
    empty.push_back(Milliseconds(Clock::now() - begin));
  }
  std::vector<double> me;
  std::vector<double> refresh;
  for (int i = 0; i < 50; ++i) {
    auto begin = Clock::now();
    ASSERT_EQ(timed.Get("/api/v1/me").status, 200);
    me.push_back(Milliseconds(Clock::now() - begin));
    begin = Clock::now();
    search.Refresh();
    refresh.push_back(Milliseconds(Clock::now() - begin));
  }
  std::sort(index_times.begin(), index_times.end());
  std::sort(empty.begin(), empty.end());
  std::sort(me.begin(), me.end());
  std::sort(refresh.begin(), refresh.end());
  std::printf(
      "search benchmark (%s): the index's query alone (SearchRepository::Find in a read transaction): p50 %.1f ms, "
      "p95 %.1f ms; an HTTP search that finds nothing: p50 %.1f ms, p95 %.1f ms; GET /api/v1/me: p50 %.1f ms, p95 "
      "%.1f ms; the sources' freshness check (SearchService::Refresh, nothing changed): p50 %.1f ms, p95 %.1f ms\n",
      GetParam() == Backend::kSqlite ? "sqlite" : "postgresql", index_times[99], index_times[189], empty[24], empty[47],
      me[24], me[47], refresh[24], refresh[47]);
}

// The text of `pages` A4 pages of Spanish prose, written with cairo's PDF surface into memory.
std::string SearchBenchPdf(int pages) {
  std::string pdf;
  auto write = [](void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  };
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(write, &pdf, 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 10);
  std::mt19937 random(7);
  for (int page = 1; page <= pages; ++page) {
    for (int line = 0; line < 60; ++line) {
      std::string text;
      while (text.size() < 85) text += kSpanish[random() % kSpanish.size()] + " ";
      if (page == pages && line == 59)
        text = "Protocolo regional de salamandras aladas. Página " + std::to_string(page);
      cairo_move_to(cr, 56, 60 + line * 12.5);
      cairo_show_text(cr, text.c_str());
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return pdf;
}

TEST_P(SearchBenchmark, FiftyPagePdf) {
  auto pdf = SearchBenchPdf(50);
  auto ts = server().SignedIn("ts");
  auto created = ts.Post("/api/v1/documents", {{"type", "study"},
                                               {"symbol", "RCM/EST.50"},
                                               {"title", {{"es", "Estudio de cincuenta páginas"}}},
                                               {"meeting", nullptr},
                                               {"access", "members"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string boundary = "b3nch";
  std::string body = "--" + boundary +
                     "\r\nContent-Disposition: form-data; name=\"file_es\"; filename=\"estudio.pdf\"\r\n"
                     "Content-Type: application/pdf\r\n\r\n" +
                     pdf + "\r\n--" + boundary + "--\r\n";
  auto& search = server().app().Get<SearchService>();
  search.Refresh();
  auto start = Clock::now();
  auto uploaded =
      ts.Send("POST", "/api/v1/documents/" + std::to_string(created.Json()["id"].get<long long>()) + "/versions", body,
              {.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}}});
  auto upload = Milliseconds(Clock::now() - start);
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  start = Clock::now();
  search.Refresh();  // the documents' entries rebuilt: this PDF's text extracted, stemmed and stored
  auto indexing = Milliseconds(Clock::now() - start);
  auto gt = server().SignedIn("gt");
  start = Clock::now();
  auto found = gt.Get("/api/v1/search?q=salamandras+aladas");
  auto first = Milliseconds(Clock::now() - start);
  ASSERT_EQ(found.status, 200) << found.body;
  ASSERT_EQ(found.Json()["total"], 1) << "the last line of page 50 finds the document";
  std::printf(
      "search benchmark (%s): a 50-page PDF (%zu KB): uploaded in %.0f ms, indexed (text extracted, stemmed and "
      "stored) in %.0f ms, then a phrase of its last page found in %.1f ms\n",
      GetParam() == Backend::kSqlite ? "sqlite" : "postgresql", pdf.size() / 1024, upload, indexing, first);
}

}  // namespace
}  // namespace enlace::testing
