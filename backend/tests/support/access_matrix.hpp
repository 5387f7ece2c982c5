// The access matrix, gathered from every capability: each capability folder has tests/access.tsv
// (the expected status of each of its routes for each kind of caller) and registers, in
// tests/access_fixtures.cpp, the fixtures (records its paths name) and bodies its rows use.
// backend/tests/integration/access_matrix_test.cpp runs them all, on both databases.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "support/http_client.hpp"
#include "support/test_server.hpp"

namespace enlace::testing {

// What a row's fixture made: the values of the path's parameters, the version for If-Match, a
// query string to add.
struct AccessFixture {
  std::map<std::string, std::string> parameters;
  long long version = 1;
  std::string query;
};

// What fixtures and bodies are made with.
class AccessContext {
 public:
  // Fixtures made in the demo's process, as its accounts.
  explicit AccessContext(TestServer& server) : server_(server) {}
  // Fixtures made in another process, as `accounts` ("ts", "hn", …).
  AccessContext(TestServer& server, std::map<std::string, Account> accounts)
      : server_(server), accounts_(std::move(accounts)) {}
  TestServer& server() { return server_; }
  // The account `who` ("ts", "hn", "gt", "observer", "civil") of the fixtures' process.
  const Account& account(const std::string& who) const;
  HttpClient SignedIn(const std::string& who) { return server_.SignedIn(account(who)); }
  HttpClient Secretariat() { return SignedIn("ts"); }
  // A number no other fixture of this test has used.
  int Next() { return ++counter_; }
  // The id in a successful answer (fails the test otherwise).
  static long long Id(const HttpResponse& response, const char* key = "id");
  // A multipart/form-data body with a text part and a file part, and its content type.
  static std::pair<std::string, std::string> Multipart(const std::string& file_name, const std::string& content,
                                                       const std::string& text = "Evidence attached");
  static std::string TinyPdf();

 private:
  TestServer& server_;
  std::map<std::string, Account> accounts_;  // empty: the demo's
  int counter_ = 0;
};

using AccessFixtureMaker = std::function<AccessFixture(AccessContext&)>;
// A body for the caller `who` ("ts", "hn", "gt", "observer", "civil"), and its content type.
using AccessBodyMaker = std::function<std::pair<std::string, std::string>(AccessContext&, const std::string& who)>;

const std::map<std::string, AccessFixtureMaker>& AccessFixtures();
const std::map<std::string, AccessBodyMaker>& AccessBodies();

struct AccessRegistration {
  AccessRegistration(const std::string& name, AccessFixtureMaker fixture);
  AccessRegistration(const std::string& name, AccessBodyMaker body);
  // A JSON body.
  static AccessBodyMaker Json(std::function<nlohmann::json(AccessContext&, const std::string& who)> make);
};

}  // namespace enlace::testing

// Registers a fixture or a body under a name the rows of tests/access.tsv use.
#define ENLACE_ACCESS_CONCAT2(a, b) a##b
#define ENLACE_ACCESS_CONCAT(a, b) ENLACE_ACCESS_CONCAT2(a, b)
#define ENLACE_ACCESS_FIXTURE(name, ...)                                                                 \
  static const ::enlace::testing::AccessRegistration ENLACE_ACCESS_CONCAT(access_fixture_, __COUNTER__)( \
      name, ::enlace::testing::AccessFixtureMaker(__VA_ARGS__))
#define ENLACE_ACCESS_BODY(name, ...)                                                                 \
  static const ::enlace::testing::AccessRegistration ENLACE_ACCESS_CONCAT(access_body_, __COUNTER__)( \
      name, ::enlace::testing::AccessRegistration::Json(__VA_ARGS__))
#define ENLACE_ACCESS_RAW_BODY(name, ...)                                                             \
  static const ::enlace::testing::AccessRegistration ENLACE_ACCESS_CONCAT(access_body_, __COUNTER__)( \
      name, ::enlace::testing::AccessBodyMaker(__VA_ARGS__))
