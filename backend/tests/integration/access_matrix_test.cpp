// Every route × every kind of caller against the expected statuses in access_matrix.tsv.
// A country officer must never write another country's records, whatever the route or id.
#include <fstream>
#include <sstream>

#include "kernel/http/router.hpp"
#include "support/api_test.hpp"
#include "accounts/domain/account_repositories.hpp"
#include "notifications/domain/notification_repository.hpp"

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
    static const std::map<std::string, std::string> kWho = {{"secretariat", "ts"},      {"officer_own", "hn"},
                                                            {"officer_other", "gt"},    {"observer", "observer"},
                                                            {"civil_society", "civil"}, {"anonymous", "hn"}};
    return kWho.at(caller);
  }

  // What a row's fixture makes: the values of the path's parameters, the version for If-Match,
  // and a query string to add.
  struct Fixture {
    std::map<std::string, std::string> parameters;
    long long version = 1;
    std::string query;
  };

  // A report the importer reads into a meeting of the Consular Protection Network with two agreements.
  static std::string SmallReport() {
    return "The Liaison Officer Network on Consular Protection held its regular meeting in Tegucigalpa, Honduras, on "
           "May 20, 2019.\n\nThe Network agreed:\n\n1. Thank IOM for its presentation.\n\n2. Request the TS to "
           "circulate the report within 30 days.\n";
  }

  static std::string TinyPdf() { return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"; }

  static std::string Multipart(const std::string& boundary, const std::string& file_name, const std::string& content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nEvidence attached\r\n--" +
           boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
           "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
  }

  long long Id(const HttpResponse& response, const char* key = "id") {
    EXPECT_LT(response.status, 300) << response.body;
    return response.Json()[key].get<long long>();
  }

  long long NewMeeting(HttpClient& ts) {
    return Id(ts.Post("/api/v1/meetings", {{"body", "SMUGGLING_TIP_NETWORK"},
                                           {"type", "regular"},
                                           {"place", {{"city", "Tegucigalpa"}, {"country", "HN"}}},
                                           {"date", "2026-03-10"},
                                           {"participants", {"HN", "GT"}}}));
  }

  long long NewAgreement(HttpClient& ts, long long meeting) {
    return Id(ts.Post("/api/v1/meetings/" + std::to_string(meeting) + "/agreements",
                      {{"number", std::to_string(++counter_)},
                       {"text", {{"es", "Solicitar a Honduras…"}, {"en", nullptr}}},
                       {"parties", {"HN"}}}));
  }

  // A commitment of Honduras, so that the HN officer may report on it and the GT officer may not.
  long long NewCommitment(HttpClient& ts, long long agreement) {
    return Id(ts.Post("/api/v1/agreements/" + std::to_string(agreement) + "/commitments",
                      {{"party", "HN"},
                       {"action", {{"es", "Enviar el informe"}, {"en", "Send the report"}}},
                       {"deadline", {{"text", "within 90 days"}}}}));
  }

  Fixture MakeFixture(const std::string& fixture) {
    auto ts = server().SignedIn("ts");
    Fixture made;
    auto set = [&](const std::string& name, long long value) { made.parameters[name] = std::to_string(value); };
    if (fixture == "user") {
      auto created = ts.Post("/api/v1/users", {{"email", "fixture" + std::to_string(++counter_) + "@example.org"},
                                               {"name", "Fixture"},
                                               {"role", "observer"},
                                               {"organization", "IOM"}})
                         .Json();
      set("id", created["user"]["id"].get<long long>());
      made.version = created["user"]["version"].get<long long>();
    } else if (fixture == "proposed_contact_point" || fixture == "confirmed_contact_point") {
      auto record = ts.Post("/api/v1/contact-points", NewContactPoint()).Json();
      auto id = record["id"].get<long long>();
      if (fixture == "confirmed_contact_point") {
        record = ts.Post("/api/v1/contact-points/" + std::to_string(id) + "/confirm", nullptr).Json();
      }
      set("id", id);
      made.version = record["version"].get<long long>();
    } else if (fixture == "meeting" || fixture == "deadline_query") {
      auto meeting = NewMeeting(ts);
      if (fixture == "meeting") {
        set("id", meeting);
      } else {
        made.query = "?meeting=" + std::to_string(meeting) + "&text=in%20a%20two-month%20period";
      }
    } else if (fixture == "agreement") {
      set("id", NewAgreement(ts, NewMeeting(ts)));
    } else if (fixture == "commitment") {
      set("id", NewCommitment(ts, NewAgreement(ts, NewMeeting(ts))));
    } else if (fixture == "commitment_file") {
      auto commitment = NewCommitment(ts, NewAgreement(ts, NewMeeting(ts)));
      auto update = ts.Send("POST", "/api/v1/commitments/" + std::to_string(commitment) + "/updates",
                            Multipart("b0undary", "evidence.pdf", TinyPdf()),
                            {.headers = {{"Content-Type", "multipart/form-data; boundary=b0undary"}}});
      set("id", commitment);
      set("file", update.Json()["files"][0]["id"].get<long long>());
    } else if (fixture == "meeting_file") {
      auto meeting = NewMeeting(ts);
      auto file = ts.Send("POST", "/api/v1/meetings/" + std::to_string(meeting) + "/files",
                          Multipart("b0undary", "agenda.pdf", TinyPdf()),
                          {.headers = {{"Content-Type", "multipart/form-data; boundary=b0undary"}}});
      set("id", meeting);
      set("file", Id(file));
    } else if (fixture == "calendar_token") {
      auto hn = server().SignedIn("hn");
      auto url = hn.Post("/api/v1/me/calendar-feed", nullptr).Json()["url"].get<std::string>();
      made.parameters["token"] = url.substr(url.rfind('/') + 1);
    } else if (fixture == "notification") {
      auto transaction = server().app().store().Begin(TransactionMode::kWrite);
      auto hn = transaction->Get<UserRepository>().FindByEmail(server().account("hn").email);
      auto added = transaction->Get<NotificationRepository>().Add(InAppNotification{0, hn->id, ReminderKind::kOverdue, std::nullopt,
                                                                      nlohmann::json{{"kind", "overdue"}},
                                                                      server().clock().Now(), std::nullopt});
      transaction->Commit();
      set("id", added.id);
    } else if (fixture == "import") {
      set("id", Id(ts.Post("/api/v1/imports", {{"text", SmallReport()}})));
    } else {
      ADD_FAILURE() << "unknown fixture " << fixture;
    }
    return made;
  }

  nlohmann::json NewContactPoint() {
    return {{"country", "HN"},
            {"network", "SMUGGLING_TIP_NETWORK"},
            {"topic", "compliance-indicators"},
            {"name", "Fixture " + std::to_string(++counter_)},
            {"institution", "INM"},
            {"email", "f@inm.example"},
            {"valid_from", "2020-01-01"}};
  }

  // The body to send and its content type.
  std::pair<std::string, std::string> Body(const std::string& name, const std::string& who) {
    if (name == "pdf_upload")
      return {Multipart("b0undary", "minutes.pdf", TinyPdf()), "multipart/form-data; boundary=b0undary"};
    if (name == "report_upload") {
      return {Multipart("b0undary", "report.txt", SmallReport()), "multipart/form-data; boundary=b0undary"};
    }
    auto json = JsonBody(name, who);
    return {json.is_null() ? "" : json.dump(), "application/json"};
  }

  nlohmann::json JsonBody(const std::string& name, const std::string& who) {
    const auto& account = server().account(who);
    if (name == "-") return nullptr;
    if (name == "sign_in") return {{"email", account.email}, {"password", account.password}};
    if (name == "profile_change") return {{"language", "en"}};
    if (name == "same_password") return {{"current_password", account.password}, {"new_password", account.password}};
    if (name == "new_user") {
      return {{"email", "new" + std::to_string(++counter_) + "@example.org"},
              {"name", "New"},
              {"role", "observer"},
              {"organization", "IOM"}};
    }
    if (name == "user_change") return {{"name", "Renamed Fixture"}};
    if (name == "new_contact_point") return NewContactPoint();
    if (name == "contact_point_change") return {{"phone", "+504 2222 3333"}};
    if (name == "rejection") return {{"reason", "Not the right person"}};
    if (name == "term_end") return {{"valid_to", "2030-12-31"}};
    if (name == "new_meeting") {
      return {
          {"body", "RCGM"}, {"type", "virtual"}, {"date", "2026-12-01"}, {"video_link", "https://meet.example/rcgm"}};
    }
    if (name == "meeting_change") return {{"date", "2026-03-11"}};
    if (name == "new_agreement") {
      return {{"number", std::to_string(++counter_)},
              {"text", {{"es", "Agradecer a la OIM"}, {"en", "Thank IOM"}}},
              {"verb", "thank"},
              {"parties", {"IOM"}}};
    }
    if (name == "agreement_change") return {{"text", {{"es", "Texto corregido"}, {"en", "Corrected text"}}}};
    if (name == "new_commitment") {
      return {{"party", "MEMBER_COUNTRIES"},
              {"action", {{"es", "Enviar comentarios"}, {"en", "Send comments"}}},
              {"deadline", {{"text", "in a two-month period"}}}};
    }
    if (name == "commitment_change") return {{"deadline", {{"text", "no later than 30 March 2027"}}}};
    if (name == "progress_report") return {{"text", "Informe enviado a la Secretaría"}, {"progress", 50}};
    if (name == "import_confirmation") {
      return {{"mode", "create"},
              {"reading",
               {{"language", "en"},
                {"body_code", "CONSULAR_NETWORK"},
                {"meeting_type", "regular"},
                {"place", {{"city", "Tegucigalpa"}, {"country", "HN"}}},
                {"date", "2019-05-20"},
                {"agreements",
                 {{{"number", "1"},
                   {"text", "Request the TS to circulate the report within 30 days."},
                   {"parties", {"TS"}},
                   {"commitments",
                    {{{"party", "TS"}, {"action", "circulate the report"}, {"deadline", "within 30 days"}}}}}}}}}};
    }
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
    EXPECT_TRUE(table.contains(route)) << route.first << " " << route.second
                                       << " is served but missing from access_matrix.tsv";
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
        auto fixture = MakeFixture(row.fixture);
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
      auto [body, content_type] = Body(row.body, who);
      if (!body.empty()) options.headers["Content-Type"] = content_type;
      auto response = client.Send(row.method, path, body, options);
      EXPECT_EQ(response.status, row.expected.at(caller))
          << row.method << " " << row.path << " as " << caller << " (access_matrix.tsv line " << row.line
          << "): " << response.body.substr(0, 200);
      EXPECT_LT(response.status, 500) << row.method << " " << row.path << " as " << caller;
    }
  }
}

}  // namespace
}  // namespace enlace::testing
