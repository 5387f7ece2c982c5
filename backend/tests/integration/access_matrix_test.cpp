// Every route × every kind of caller against the expected statuses of every capability's
// tests/access.tsv. A country officer must never write another country's records, whatever the
// route or id.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "kernel/http/router.hpp"
#include "support/access_matrix.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

const std::vector<std::string> kCallers = {"anonymous",     "secretariat", "officer_own",
                                           "officer_other", "observer",    "civil_society"};

struct Row {
  std::string method;
  std::string path;
  std::string fixture;
  std::string body;
  std::map<std::string, long> expected;  // caller → status
  std::string where;                     // file:line
};

// Every capability's tests/access.tsv.
std::vector<Row> ReadMatrix() {
  std::vector<Row> rows;
  auto root = std::filesystem::path(ENLACE_SOURCE_DIR) / "backend" / "src";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    auto file = entry.path() / "tests" / "access.tsv";
    if (std::filesystem::exists(file)) files.push_back(file);
  }
  std::sort(files.begin(), files.end());
  EXPECT_FALSE(files.empty()) << "no access.tsv under " << root;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    int number = 0;
    auto name = file.parent_path().parent_path().filename().string() + "/tests/access.tsv";
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cells;
      std::stringstream stream(line);
      std::string cell;
      while (std::getline(stream, cell, '\t')) cells.push_back(cell);
      EXPECT_EQ(cells.size(), 4 + kCallers.size()) << name << ":" << number;
      if (cells.size() != 4 + kCallers.size()) continue;
      Row row{cells[0], cells[1], cells[2], cells[3], {}, name + ":" + std::to_string(number)};
      for (std::size_t i = 0; i < kCallers.size(); ++i) row.expected[kCallers[i]] = std::stol(cells[4 + i]);
      rows.push_back(row);
    }
  }
  return rows;
}

class AccessMatrixTest : public ApiTest {
 protected:
  std::string Who(const std::string& caller) {
    static const std::map<std::string, std::string> kWho = {{"secretariat", "ts"},      {"officer_own", "hn"},
                                                            {"officer_other", "gt"},    {"observer", "observer"},
                                                            {"civil_society", "civil"}, {"anonymous", "hn"}};
    return kWho.at(caller);
  }
};
ENLACE_ON_BOTH_DATABASES(AccessMatrixTest);

TEST_P(AccessMatrixTest, EveryRouteIsInTheTableAndEveryRowIsARoute) {
  auto rows = ReadMatrix();
  std::set<std::pair<std::string, std::string>> table;
  for (const auto& row : rows) {
    EXPECT_TRUE(table.emplace(row.method, row.path).second) << "twice in the tables: " << row.method << " " << row.path;
    EXPECT_TRUE(row.fixture == "-" || AccessFixtures().contains(row.fixture))
        << row.where << ": no fixture " << row.fixture << " is registered";
    EXPECT_TRUE(row.body == "-" || AccessBodies().contains(row.body)) << row.where << ": no body " << row.body;
  }
  std::set<std::pair<std::string, std::string>> served;
  for (const auto& route : server().api().router().routes()) served.emplace(route.method, route.pattern);
  for (const auto& route : served) {
    EXPECT_TRUE(table.contains(route)) << route.first << " " << route.second
                                       << " is served but missing from its capability's tests/access.tsv";
  }
  for (const auto& row : table) EXPECT_TRUE(served.contains(row)) << row.first << " " << row.second << " is not served";
}

TEST_P(AccessMatrixTest, EveryCallerGetsTheExpectedStatusOnEveryRoute) {
  AccessContext context(server());
  for (const auto& row : ReadMatrix()) {
    for (const auto& caller : kCallers) {
      auto who = Who(caller);
      std::string path = row.path;
      long long version = 1;
      if (row.fixture != "-") {
        auto maker = AccessFixtures().find(row.fixture);
        ASSERT_NE(maker, AccessFixtures().end()) << row.where << ": no fixture " << row.fixture;
        auto fixture = maker->second(context);
        for (const auto& [name, value] : fixture.parameters) {
          auto placeholder = "{" + name + "}";
          auto at = path.find(placeholder);
          ASSERT_NE(at, std::string::npos) << row.path << " has no " << placeholder;
          path.replace(at, placeholder.size(), value);
        }
        path += fixture.query;
        version = fixture.version;
      }
      auto client = caller == "anonymous" ? server().Anonymous() : server().SignedIn(who);
      RequestOptions options;
      if (row.path == "/api/v1/me" && caller != "anonymous") version = client.Get("/api/v1/me").Json()["version"];
      options.headers["If-Match"] = "\"" + std::to_string(version) + "\"";
      std::string body, content_type;
      if (row.body != "-") {
        auto maker = AccessBodies().find(row.body);
        ASSERT_NE(maker, AccessBodies().end()) << row.where << ": no body " << row.body;
        std::tie(body, content_type) = maker->second(context, who);
      }
      if (!body.empty()) options.headers["Content-Type"] = content_type;
      auto response = client.Send(row.method, path, body, options);
      EXPECT_EQ(response.status, row.expected.at(caller))
          << row.method << " " << row.path << " as " << caller << " (" << row.where
          << "): " << response.body.substr(0, 200);
      EXPECT_LT(response.status, 500) << row.method << " " << row.path << " as " << caller;
    }
  }
}

}  // namespace
}  // namespace enlace::testing
