// Every route × every kind of caller against the expected statuses in access_matrix.tsv.
// A country officer must never write another country's records, whatever the route or id.
#include <fstream>
#include <sstream>

#include "http/router.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

const std::vector<std::string> kCallers = {"anonymous", "secretariat", "officer_own", "officer_other", "observer",
                                           "civil_society"};

struct Row {
  std::string method;
  std::string path;
  std::string fixture;
  std::string body;
  std::map<std::string, long> expected;  // caller → status
  int line = 0;
};

std::vector<Row> ReadMatrix() {
  std::ifstream in(std::string(ENLACE_SOURCE_DIR) + "/backend/tests/integration/access_matrix.tsv");
  EXPECT_TRUE(in) << "access_matrix.tsv not found";
  std::vector<Row> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::stringstream stream(line);
    std::string cell;
    while (std::getline(stream, cell, '\t')) cells.push_back(cell);
    EXPECT_EQ(cells.size(), 4 + kCallers.size()) << "line " << number;
    if (cells.size() != 4 + kCallers.size()) continue;
    Row row{cells[0], cells[1], cells[2], cells[3], {}, number};
    for (std::size_t i = 0; i < kCallers.size(); ++i) row.expected[kCallers[i]] = std::stol(cells[4 + i]);
    rows.push_back(row);
  }
  return rows;
}

class AccessMatrixTest : public ApiTest {
 protected:
  std::string Who(const std::string& caller) {
    static const std::map<std::string, std::string> kWho = {{"secretariat", "ts"}, {"officer_own", "hn"},
                                                            {"officer_other", "gt"}, {"observer", "observer"},
                                                            {"civil_society", "civil"}, {"anonymous", "hn"}};
    return kWho.at(caller);
  }

  // Creates the record a row's {id} names; returns its id and version.
  std::pair<long long, long long> MakeFixture(const std::string& fixture) {
    auto ts = server().SignedIn("ts");
    if (fixture == "user") {
      auto created = ts.Post("/api/v1/users", {{"email", "fixture" + std::to_string(++counter_) + "@example.org"},
                                               {"name", "Fixture"}, {"role", "observer"}, {"organization", "IOM"}})
                         .Json();
      return {created["user"]["id"].get<long long>(), created["user"]["version"].get<long long>()};
    }
    auto proposal = ts.Post("/api/v1/contact-points", NewContactPoint());
    EXPECT_EQ(proposal.status, 201) << proposal.body;
    auto record = proposal.Json();
    auto id = record["id"].get<long long>();
    if (fixture == "confirmed_contact_point") {
      record = ts.Post("/api/v1/contact-points/" + std::to_string(id) + "/confirm", nullptr).Json();
    } else {
      EXPECT_EQ(fixture, "proposed_contact_point");
    }
    return {id, record["version"].get<long long>()};
  }

  nlohmann::json NewContactPoint() {
    return {{"country", "HN"}, {"network", "SMUGGLING_TIP_NETWORK"}, {"topic", "compliance-indicators"},
            {"name", "Fixture " + std::to_string(++counter_)}, {"institution", "INM"}, {"email", "f@inm.example"},
            {"valid_from", "2020-01-01"}};
  }

  nlohmann::json Body(const std::string& name, const std::string& who) {
    const auto& account = server().account(who);
    if (name == "-") return nullptr;
    if (name == "sign_in") return {{"email", account.email}, {"password", account.password}};
    if (name == "profile_change") return {{"language", "en"}};
    if (name == "same_password") return {{"current_password", account.password}, {"new_password", account.password}};
    if (name == "new_user") {
      return {{"email", "new" + std::to_string(++counter_) + "@example.org"}, {"name", "New"}, {"role", "observer"},
              {"organization", "IOM"}};
    }
    if (name == "user_change") return {{"name", "Renamed Fixture"}};
    if (name == "new_contact_point") return NewContactPoint();
    if (name == "contact_point_change") return {{"phone", "+504 2222 3333"}};
    if (name == "rejection") return {{"reason", "Not the right person"}};
    if (name == "term_end") return {{"valid_to", "2030-12-31"}};
    ADD_FAILURE() << "unknown body " << name;
    return nullptr;
  }

  int counter_ = 0;
};
ENLACE_ON_BOTH_DATABASES(AccessMatrixTest);

TEST_P(AccessMatrixTest, EveryRouteIsInTheTableAndEveryRowIsARoute) {
  auto rows = ReadMatrix();
  std::set<std::pair<std::string, std::string>> table;
  for (const auto& row : rows) {
    EXPECT_TRUE(table.emplace(row.method, row.path).second) << "twice in the table: " << row.method << " " << row.path;
  }
  std::set<std::pair<std::string, std::string>> served;
  for (const auto& route : server().api().router().routes()) served.emplace(route.method, route.pattern);
  for (const auto& route : served) {
    EXPECT_TRUE(table.contains(route)) << route.first << " " << route.second << " is served but missing from access_matrix.tsv";
  }
  for (const auto& row : table) EXPECT_TRUE(served.contains(row)) << row.first << " " << row.second << " is not served";
}

TEST_P(AccessMatrixTest, EveryCallerGetsTheExpectedStatusOnEveryRoute) {
  for (const auto& row : ReadMatrix()) {
    for (const auto& caller : kCallers) {
      auto who = Who(caller);
      std::string path = row.path;
      long long version = 1;
      if (row.fixture != "-") {
        auto [id, fixture_version] = MakeFixture(row.fixture);
        path.replace(path.find("{id}"), 4, std::to_string(id));
        version = fixture_version;
      }
      auto client = caller == "anonymous" ? server().Anonymous() : server().SignedIn(who);
      RequestOptions options;
      if (row.path == "/api/v1/me" && caller != "anonymous") version = client.Get("/api/v1/me").Json()["version"];
      options.headers["If-Match"] = "\"" + std::to_string(version) + "\"";
      auto body = Body(row.body, who);
      auto response = client.Send(row.method, path, body.is_null() ? "" : body.dump(), options);
      EXPECT_EQ(response.status, row.expected.at(caller))
          << row.method << " " << row.path << " as " << caller << " (access_matrix.tsv line " << row.line
          << "): " << response.body.substr(0, 200);
      EXPECT_LT(response.status, 500) << row.method << " " << row.path << " as " << caller;
    }
  }
}

}  // namespace
}  // namespace enlace::testing
