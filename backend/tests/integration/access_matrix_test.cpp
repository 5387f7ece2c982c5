// Every route × every kind of caller against the expected statuses of every capability's
// tests/access.tsv. A country officer must never write another country's records, whatever the
// route or id.
#include "support/access_matrix.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/http/router.hpp"
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

// Tables a refused write may touch: the refusal's own audit entry, the caller's session.
const std::set<std::string> kBookkeeping = {"audit_log", "sessions", "login_throttle", "capability_migrations"};

class AccessMatrixTest : public ApiTest {
 protected:
  std::string Who(const std::string& caller) {
    static const std::map<std::string, std::string> kWho = {{"secretariat", "ts"},      {"officer_own", "hn"},
                                                            {"officer_other", "gt"},    {"observer", "observer"},
                                                            {"civil_society", "civil"}, {"anonymous", "hn"}};
    return kWho.at(caller);
  }

  const http::Route* RouteOf(const Row& row) {
    for (const auto& route : server().api().router().routes()) {
      if (route.method == row.method && route.pattern == row.path) return &route;
    }
    return nullptr;
  }

  std::int64_t LastAuditId() {
    auto transaction = server().app().store().Begin(TransactionMode::kRead);
    auto entries = transaction->audit().List(AuditFilter{.limit = 1});
    return entries.empty() ? 0 : entries.front().id;
  }

  // The audit entries appended after `after`, oldest first.
  std::vector<AuditEntry> AuditSince(std::int64_t after) {
    auto transaction = server().app().store().Begin(TransactionMode::kRead);
    return transaction->audit().Chain(after, 100);
  }

  // The path of `row` with the fixture's values, and the fixture's version.
  std::pair<std::string, long long> Resolve(const Row& row, AccessContext& context) {
    std::string path = row.path;
    if (row.fixture == "-") return {path, 1};
    auto maker = AccessFixtures().find(row.fixture);
    if (maker == AccessFixtures().end()) {
      ADD_FAILURE() << row.where << ": no fixture " << row.fixture;
      return {path, 1};
    }
    auto fixture = maker->second(context);
    for (const auto& [name, value] : fixture.parameters) {
      auto placeholder = "{" + name + "}";
      auto at = path.find(placeholder);
      EXPECT_NE(at, std::string::npos) << row.path << " has no " << placeholder;
      if (at != std::string::npos) path.replace(at, placeholder.size(), value);
    }
    return {path + fixture.query, fixture.version};
  }
};
ENLACE_ON_BOTH_DATABASES(AccessMatrixTest);

TEST_P(AccessMatrixTest, EveryRouteIsInTheTableAndEveryRowIsARoute) {
  auto rows = ReadMatrix();
  std::set<std::tuple<std::string, std::string, std::string>> table;
  std::set<std::pair<std::string, std::string>> routes;
  for (const auto& row : rows) {
    // A route may have several rows, each on records of another owner (its fixture).
    EXPECT_TRUE(table.emplace(row.method, row.path, row.fixture).second)
        << "twice in the tables: " << row.method << " " << row.path << " " << row.fixture;
    routes.emplace(row.method, row.path);
    EXPECT_TRUE(row.fixture == "-" || AccessFixtures().contains(row.fixture))
        << row.where << ": no fixture " << row.fixture << " is registered";
    EXPECT_TRUE(row.body == "-" || AccessBodies().contains(row.body)) << row.where << ": no body " << row.body;
  }
  std::set<std::pair<std::string, std::string>> served;
  for (const auto& route : server().api().router().routes()) served.emplace(route.method, route.pattern);
  for (const auto& route : served) {
    EXPECT_TRUE(routes.contains(route)) << route.first << " " << route.second
                                        << " is served but missing from its capability's tests/access.tsv";
  }
  for (const auto& route : routes) {
    EXPECT_TRUE(served.contains(route)) << route.first << " " << route.second << " is not served";
  }
}

// Each row, for each caller: the expected status; and a refused write changed nothing (every
// table but the bookkeeping ones is as it was) and left a denial or failure in the audit log.
TEST_P(AccessMatrixTest, EveryCallerGetsTheExpectedStatusOnEveryRoute) {
  AccessContext context(server());
  for (const auto& row : ReadMatrix()) {
    const auto* route = RouteOf(row);
    for (const auto& caller : kCallers) {
      auto who = Who(caller);
      auto [path, version] = Resolve(row, context);
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
      auto expected = row.expected.at(caller);
      bool refused_write = row.method != "GET" && expected >= 400;
      std::map<std::string, std::vector<std::string>> before;
      std::int64_t last_audit = 0;
      if (refused_write) {
        before = server().app().store().Contents(kBookkeeping);
        last_audit = LastAuditId();
      }
      auto response = client.Send(row.method, path, body, options);
      auto where = row.method + " " + row.path + " as " + caller + " (" + row.where + ")";
      EXPECT_EQ(response.status, expected) << where << ": " << response.body.substr(0, 200);
      EXPECT_LT(response.status, 500) << where;
      if (!refused_write || response.status < 400) continue;
      EXPECT_EQ(server().app().store().Contents(kBookkeeping), before) << where << ": a refused write changed data";
      if (route && !route->doc.audit_action.empty() && !route->doc.service_audits) {
        // A caller refused again within the minute is counted, and the count written now.
        server().app().Get<RefusalLog>().Flush(true);
        auto entries = AuditSince(last_audit);
        bool recorded = std::any_of(entries.begin(), entries.end(), [&](const AuditEntry& entry) {
          return entry.record.action == route->doc.audit_action && entry.record.outcome != AuditOutcome::kOk &&
                 entry.record.reason == response.ErrorCode();
        });
        EXPECT_TRUE(recorded) << where << ": no " << route->doc.audit_action << " refusal with reason "
                              << response.ErrorCode() << " in the audit log";
      }
    }
  }
}

// One process never sees another's records: every list reads the same for every caller of the
// demo's process before and after a second process fills itself with every fixture, and no
// record of the second process can be read by id.
TEST_P(AccessMatrixTest, AnotherProcessSeesNothingOfThisOne) {
  auto rows = ReadMatrix();
  std::map<std::string, HttpClient> callers;
  for (const auto& caller : kCallers) {
    callers.emplace(caller, caller == "anonymous" ? server().Anonymous() : server().SignedIn(Who(caller)));
  }
  auto lists = [&] {
    std::map<std::string, std::string> seen;
    for (const auto& row : rows) {
      if (row.method != "GET" || row.fixture != "-" || !row.path.starts_with("/api/v1/")) continue;
      for (auto& [caller, client] : callers) {
        auto response = client.Get(row.path);
        auto body = nlohmann::json::parse(response.body, nullptr, false);
        if (!body.is_discarded() && body.contains("error")) body["error"].erase("request_id");
        seen[row.path + " as " + caller] =
            std::to_string(response.status) + " " + (body.is_discarded() ? response.body : body.dump());
      }
    }
    return seen;
  };
  auto before = lists();
  AccessContext other(server(), server().AddSecondProcess());
  std::vector<std::pair<const Row*, std::string>> foreign;
  for (const auto& row : rows) {
    if (row.fixture == "-") continue;
    foreign.emplace_back(&row, Resolve(row, other).first);
  }
  auto after = lists();
  for (const auto& [key, response] : before) {
    EXPECT_EQ(after[key], response) << key << " changed when another process added its records";
  }
  for (const auto& [row, path] : foreign) {
    // A feed token is a credential, not a record id: whoever holds it reads that person's feed.
    // So is a document's personal link (documents/): whoever holds it opens what was distributed.
    if (row->method != "GET" || row->fixture == "calendar_token") continue;
    if (row->fixture.starts_with("document_link")) continue;
    for (auto& [caller, client] : callers) {
      auto response = client.Get(path);
      auto expected = row->expected.at(caller);
      if (expected < 400) expected = 404;
      EXPECT_EQ(response.status, expected) << row->method << " " << path << " (a record of RCM2) as " << caller
                                           << " of RCM: " << response.body.substr(0, 200);
    }
  }
}

}  // namespace
}  // namespace enlace::testing
