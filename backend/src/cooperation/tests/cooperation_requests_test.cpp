// Cooperation requests (M17) over HTTP, on SQLite and PostgreSQL: the journey of one request from
// Honduras to SICA through the Technical Secretariat, edits with versions, refused writes that
// change nothing and leave their denial in the audit log, lists that hold only what each caller may
// read across several countries, another process kept apart, the demo, the reminder job, and every
// answer checked against the OpenAPI schemas (no property missing, none extra).
#include <fstream>

#include "accounts/domain/user_service.hpp"
#include "cooperation/domain/waiting_reminders.hpp"
#include "support/access_matrix.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

// The problems of `value` against `schema` (the subset of JSON Schema the API's schemas use:
// $ref, oneOf, type, enum, properties with required — and no others — and items).
void CheckSchema(const json& value, const json& schema, const json& schemas, const std::string& where,
                 std::vector<std::string>& problems) {
  if (schema.contains("$ref")) {
    auto name = schema["$ref"].get<std::string>().substr(std::string("#/components/schemas/").size());
    if (!schemas.contains(name)) {
      problems.push_back(where + ": no schema " + name);
      return;
    }
    CheckSchema(value, schemas[name], schemas, where, problems);
    return;
  }
  if (schema.contains("oneOf")) {
    int matches = 0;
    for (const auto& option : schema["oneOf"]) {
      std::vector<std::string> option_problems;
      CheckSchema(value, option, schemas, where, option_problems);
      if (option_problems.empty()) ++matches;
    }
    if (matches != 1) problems.push_back(where + ": matches " + std::to_string(matches) + " of oneOf");
    return;
  }
  if (schema.contains("type")) {
    auto types = schema["type"].is_array() ? schema["type"] : json::array({schema["type"]});
    auto matches = [&](const std::string& type) {
      if (type == "null") return value.is_null();
      if (type == "string") return value.is_string();
      if (type == "integer") return value.is_number_integer();
      if (type == "boolean") return value.is_boolean();
      if (type == "array") return value.is_array();
      if (type == "object") return value.is_object();
      return false;
    };
    if (std::none_of(types.begin(), types.end(), [&](const json& type) { return matches(type.get<std::string>()); })) {
      problems.push_back(where + ": " + value.dump() + " is not " + schema["type"].dump());
      return;
    }
  }
  if (schema.contains("enum") &&
      std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
    problems.push_back(where + ": " + value.dump() + " is not one of " + schema["enum"].dump());
  }
  if (value.is_object() && schema.contains("properties")) {
    for (const auto& required : schema.value("required", json::array())) {
      if (!value.contains(required.get<std::string>()))
        problems.push_back(where + ": " + required.dump() + " is missing");
    }
    for (const auto& [name, item] : value.items()) {
      if (!schema["properties"].contains(name)) {
        problems.push_back(where + ": " + name + " is not in the schema");
        continue;
      }
      CheckSchema(item, schema["properties"][name], schemas, where + "." + name, problems);
    }
  }
  if (value.is_array() && schema.contains("items")) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      CheckSchema(value[i], schema["items"], schemas, where + "[" + std::to_string(i) + "]", problems);
    }
  }
}

class CooperationRequestsTest : public ApiTest {
 protected:
  static json Request(const std::string& country, const std::string& title) {
    json body{{"partner", "SICA"},
              {"title", {{"es", title}, {"en", title + " (en)"}}},
              {"summary", {{"es", "Resumen"}, {"en", nullptr}}}};
    if (!country.empty()) body["country"] = country;
    return body;
  }
  static std::string Path(const json& record, const std::string& suffix = "") {
    return "/api/v1/cooperation-requests/" + std::to_string(record["id"].get<long long>()) + suffix;
  }
  static std::pair<std::string, std::string> NoteWithFile(const std::string& note, const std::string& file_name,
                                                          const std::string& content) {
    const std::string boundary = "b0undary";
    return {"--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n--" + boundary +
                "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
                "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n",
            "multipart/form-data; boundary=" + boundary};
  }
  // Fails the test when `body` does not match the schema `name` exactly.
  void ExpectSchema(const json& body, const std::string& name) {
    if (schemas_.is_null()) schemas_ = server().Anonymous().Get("/api/v1/openapi.json").Json()["components"]["schemas"];
    std::vector<std::string> problems;
    CheckSchema(body, json{{"$ref", "#/components/schemas/" + name}}, schemas_, name, problems);
    for (const auto& problem : problems) ADD_FAILURE() << problem;
  }
  json AuditOf(const json& record) {
    return server()
        .SignedIn("ts")
        .Get("/api/v1/audit?record_type=cooperation_request&record_id=" +
             std::to_string(record["id"].get<long long>()) + "&limit=100")
        .Json()["items"];
  }

 private:
  json schemas_;
};
ENLACE_ON_BOTH_DATABASES(CooperationRequestsTest);

TEST_P(CooperationRequestsTest, HondurasAsksSicaThroughTheSecretariatWhichForwardsAndRecordsTheAnswer) {
  auto hn = server().SignedIn("hn");
  auto created = hn.Post("/api/v1/cooperation-requests", Request("", "Investigación financiera"));
  ASSERT_EQ(created.status, 201) << created.body;
  auto record = created.Json();
  ExpectSchema(record, "CooperationRequestDetail");
  EXPECT_EQ(record["country"], "HN") << "an officer's country by default";
  EXPECT_EQ(record["state"], "draft");
  EXPECT_EQ(record["steps"].size(), 1u);
  EXPECT_EQ(record["waiting"]["on"], "country");
  EXPECT_EQ(created.Header("ETag"), "\"1\"");
  EXPECT_EQ(created.Header("Location"), Path(record));

  auto sent = hn.Post(Path(record, "/send"), {{"note", "Aprobada por la Dirección"}});
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.Json()["state"], "sent_to_secretariat");
  EXPECT_EQ(sent.Json()["waiting"]["on"], "secretariat");
  EXPECT_EQ(sent.Header("ETag"), "\"2\"");

  // Guatemala reads it now that it has been sent, and cannot act on it.
  auto gt = server().SignedIn("gt");
  EXPECT_EQ(gt.Get(Path(record)).status, 200);
  EXPECT_EQ(gt.Post(Path(record, "/withdraw"), json::object()).status, 403);

  // Days pass; sessions end when idle, so each person signs in again.
  server().clock().Advance(std::chrono::days{3});
  auto ts = server().SignedIn("ts");
  gt = server().SignedIn("gt");
  auto [body, type] = NoteWithFile("Remitida por nota ST-CRM-112", "Nota ST-CRM-112.pdf", AccessContext::TinyPdf());
  auto forwarded = ts.Send("POST", Path(record, "/forward"), body, {.headers = {{"Content-Type", type}}});
  ASSERT_EQ(forwarded.status, 200) << forwarded.body;
  auto after_forward = forwarded.Json();
  ExpectSchema(after_forward, "CooperationRequestDetail");
  const auto& step = after_forward["steps"][2];
  EXPECT_EQ(step["action"], "forward");
  EXPECT_EQ(step["from"], "sent_to_secretariat");
  EXPECT_EQ(step["to"], "forwarded_to_partner");
  EXPECT_EQ(step["by"]["name"], "Ana Morales");
  EXPECT_EQ(step["by_secretariat"], true);
  EXPECT_EQ(step["note"], "Remitida por nota ST-CRM-112");
  ASSERT_EQ(step["files"].size(), 1u);

  auto download = gt.Get(Path(record, "/files/" + std::to_string(step["files"][0]["id"].get<long long>())));
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, AccessContext::TinyPdf());
  EXPECT_EQ(download.Header("Content-Type"), "application/pdf");
  EXPECT_NE(download.Header("Content-Disposition").value_or("").find("attachment"), std::string::npos);

  server().clock().Advance(std::chrono::days{40});
  hn = server().SignedIn("hn");
  ts = server().SignedIn("ts");
  auto waiting = hn.Get(Path(record)).Json()["waiting"];
  EXPECT_EQ(waiting["days"], 40);
  EXPECT_EQ(waiting["overdue"], true);

  auto answered = ts.Post(Path(record, "/answer"), {{"note", "El SICA apoyará la fase 1."}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(answered.Json()["waiting"]["days"], 0) << "the wait starts again";
  auto closed = ts.Post(Path(record, "/close"), json::object());
  ASSERT_EQ(closed.status, 200);
  EXPECT_TRUE(closed.Json()["waiting"].is_null());
  ExpectSchema(closed.Json(), "CooperationRequestDetail");

  auto list = hn.Get("/api/v1/cooperation-requests").Json();
  ExpectSchema(list, "CooperationRequestList");
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["state"], "closed");
  EXPECT_FALSE(list["items"][0].contains("steps")) << "the list carries no steps";

  std::vector<std::string> actions;
  for (const auto& entry : AuditOf(record)) actions.push_back(entry["action"].get<std::string>());
  std::reverse(actions.begin(), actions.end());
  EXPECT_EQ(actions, (std::vector<std::string>{"cooperation_request.create", "cooperation_request.send",
                                               "cooperation_request.withdraw", "cooperation_request.forward",
                                               "cooperation_request.answer", "cooperation_request.close"}))
      << "Guatemala's refused withdrawal is in the log too";
}

TEST_P(CooperationRequestsTest, ARefusedWriteChangesNothingAndLeavesItsDenialInTheAuditLog) {
  auto ts = server().SignedIn("ts");
  auto record = ts.Post("/api/v1/cooperation-requests", Request("HN", "Solicitud")).Json();
  ASSERT_EQ(ts.Post(Path(record, "/send"), json::object()).status, 200);
  auto before = ts.Get(Path(record)).Json();

  auto gt = server().SignedIn("gt");
  auto refused = gt.Patch(Path(record), {{"partner", "OCAM"}}, {.headers = {{"If-Match", "\"2\""}}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.ErrorCode(), "wrong_country");
  EXPECT_EQ(refused.Json()["error"]["message"], "You can only change your own country's information.");
  auto observer = server().SignedIn("observer").Post(Path(record, "/withdraw"), json::object());
  EXPECT_EQ(observer.status, 404) << "an observer does not learn that the request exists";
  auto officer_forward = server().SignedIn("hn").Post(Path(record, "/forward"), json::object());
  EXPECT_EQ(officer_forward.status, 403);

  EXPECT_EQ(ts.Get(Path(record)).Json(), before) << "nothing changed";
  auto audit = AuditOf(record);
  ASSERT_GE(audit.size(), 5u);
  EXPECT_EQ(audit[2]["action"], "cooperation_request.update");
  EXPECT_EQ(audit[2]["outcome"], "denied");
  EXPECT_EQ(audit[2]["reason"], "wrong_country");
  EXPECT_EQ(audit[2]["actor"]["email"], "guatemala@enlace.example");
  EXPECT_EQ(audit[1]["action"], "cooperation_request.withdraw");
  EXPECT_EQ(audit[1]["reason"], "not_found");
  EXPECT_EQ(audit[0]["action"], "cooperation_request.forward");
  EXPECT_EQ(audit[0]["outcome"], "denied");
}

TEST_P(CooperationRequestsTest, AStepTheStateDoesNotAllowIsAConflictExplainedInBothLanguages) {
  auto ts = server().SignedIn("ts");
  auto record = ts.Post("/api/v1/cooperation-requests", Request("HN", "Borrador")).Json();
  auto english = ts.Post(Path(record, "/answer"), json::object(), {.headers = {{"Accept-Language", "en"}}});
  EXPECT_EQ(english.status, 409);
  EXPECT_EQ(english.ErrorCode(), "cooperation_not_forwarded");
  EXPECT_EQ(english.Json()["error"]["message"],
            "The partner's answer can only be recorded once the request has been forwarded to the partner.");
  auto spanish = ts.Post(Path(record, "/close"), json::object(), {.headers = {{"Accept-Language", "es"}}});
  EXPECT_EQ(spanish.status, 409);
  EXPECT_EQ(spanish.Json()["error"]["message"], "Solo se puede cerrar una solicitud cuya respuesta ya se registró.");
  EXPECT_EQ(ts.Get(Path(record)).Json()["version"], 1) << "nothing changed";
  auto audit = AuditOf(record);
  EXPECT_EQ(audit[0]["outcome"], "failed");
  EXPECT_EQ(audit[0]["reason"], "cooperation_not_answered");
  ASSERT_EQ(ts.Post(Path(record, "/withdraw"), json::object()).status, 200);
  EXPECT_EQ(ts.Post(Path(record, "/send"), json::object()).ErrorCode(), "cooperation_finished");
}

TEST_P(CooperationRequestsTest, EditingADraftNeedsIfMatchAndAStaleEditIsRefused) {
  auto hn = server().SignedIn("hn");
  auto record = hn.Post("/api/v1/cooperation-requests", Request("", "Primera versión")).Json();
  auto missing = hn.Patch(Path(record), {{"title", {{"es", "Sin versión"}}}});
  EXPECT_EQ(missing.status, 428);
  EXPECT_EQ(missing.ErrorCode(), "version_required");
  auto updated = hn.Patch(Path(record), {{"title", {{"es", "Segunda versión"}, {"en", "Second version"}}}},
                          {.headers = {{"If-Match", "\"1\""}}});
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.Json()["title"]["en"], "Second version");
  EXPECT_EQ(updated.Header("ETag"), "\"2\"");
  auto stale = server().SignedIn("ts").Patch(Path(record), {{"partner", "OCAM"}}, {.headers = {{"If-Match", "\"1\""}}});
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(stale.ErrorCode(), "stale_version");
  EXPECT_EQ(hn.Get(Path(record)).Json()["partner"], "SICA") << "the stale edit changed nothing";
  ASSERT_EQ(hn.Post(Path(record, "/send"), json::object()).status, 200);
  auto after_sending = hn.Patch(Path(record), {{"partner", "OCAM"}}, {.headers = {{"If-Match", "\"3\""}}});
  EXPECT_EQ(after_sending.status, 409);
  EXPECT_EQ(after_sending.ErrorCode(), "cooperation_not_draft");
}

TEST_P(CooperationRequestsTest, InvalidInputIsExplainedFieldByField) {
  auto hn = server().SignedIn("hn");
  json body{{"partner", "TS"}, {"title", {{"es", "  "}}}, {"summary", "not a text object"}, {"agreement", "3"}};
  auto response =
      hn.Post("/api/v1/cooperation-requests", body, {.headers = {{"Accept-Language", "es"}}, .unchecked = true});
  ASSERT_EQ(response.status, 422) << response.body;
  std::map<std::string, std::string> fields;
  auto error = response.Json();  // kept: a range-for over a part of a temporary would dangle
  for (const auto& field : error["error"]["fields"]) {
    fields[field["field"].get<std::string>()] = field["code"].get<std::string>();
  }
  EXPECT_EQ(fields["partner"], "unknown_partner");
  EXPECT_EQ(fields["title"], "required");
  EXPECT_EQ(fields["summary"], "invalid_type");
  EXPECT_EQ(fields["agreement"], "invalid_type");
  auto wrong_country = hn.Post("/api/v1/cooperation-requests", Request("GT", "Para Guatemala"));
  EXPECT_EQ(wrong_country.status, 403);
  EXPECT_EQ(wrong_country.ErrorCode(), "wrong_country");
  auto bad_filter = hn.Get("/api/v1/cooperation-requests?state=pending");
  EXPECT_EQ(bad_filter.status, 400);
  EXPECT_EQ(bad_filter.ErrorCode(), "invalid_query");
  auto bad_file = [&] {
    auto record = hn.Post("/api/v1/cooperation-requests", Request("", "Con archivo")).Json();
    auto [multipart, type] = NoteWithFile("Anexo", "programa.pdf", "MZ not a document");
    return hn.Send("POST", Path(record, "/send"), multipart, {.headers = {{"Content-Type", type}}});
  }();
  EXPECT_EQ(bad_file.status, 422);
  EXPECT_EQ(bad_file.Json()["error"]["fields"][0]["code"], "unsupported_file_type");
}

TEST_P(CooperationRequestsTest, ListsReturnOnlyTheCallersRowsAcrossSeveralCountries) {
  auto ts = server().SignedIn("ts");
  auto make = [&](const std::string& country, const std::string& title, bool send, const std::string& partner) {
    auto body = Request(country, title);
    body["partner"] = partner;
    auto record = ts.Post("/api/v1/cooperation-requests", body).Json();
    if (send) {
      EXPECT_EQ(ts.Post(Path(record, "/send"), json::object()).status, 200);
    }
    return record;
  };
  make("HN", "HN borrador", false, "SICA");
  make("HN", "HN enviada", true, "SICA");
  auto gt_draft = make("GT", "GT borrador", false, "SICA");
  make("GT", "GT enviada", true, "OCAM");
  make("SV", "SV enviada", true, "SICA");
  auto titles = [&](HttpClient client, const std::string& query = "") {
    std::set<std::string> found;
    auto response = client.Get("/api/v1/cooperation-requests" + query);
    EXPECT_EQ(response.status, 200) << response.body;
    auto body = response.Json();
    for (const auto& item : body["items"]) found.insert(item["title"]["es"].get<std::string>());
    return found;
  };
  EXPECT_EQ(titles(server().SignedIn("ts")).size(), 5u);
  EXPECT_EQ(titles(server().SignedIn("hn")),
            (std::set<std::string>{"HN borrador", "HN enviada", "GT enviada", "SV enviada"}));
  EXPECT_EQ(titles(server().SignedIn("gt")),
            (std::set<std::string>{"HN enviada", "GT borrador", "GT enviada", "SV enviada"}));
  EXPECT_EQ(titles(server().SignedIn("hn"), "?country=GT"), (std::set<std::string>{"GT enviada"}));
  EXPECT_EQ(titles(server().SignedIn("ts"), "?partner=OCAM"), (std::set<std::string>{"GT enviada"}));
  EXPECT_EQ(titles(server().SignedIn("ts"), "?state=draft&country=HN"), (std::set<std::string>{"HN borrador"}));
  EXPECT_EQ(server().SignedIn("hn").Get(Path(gt_draft)).status, 404) << "another country's draft does not exist for HN";
  EXPECT_EQ(server().SignedIn("observer").Get("/api/v1/cooperation-requests").status, 403);
  EXPECT_EQ(server().SignedIn("civil").Get("/api/v1/cooperation-requests").status, 403);
  EXPECT_EQ(server().Anonymous().Get("/api/v1/cooperation-requests").status, 401);
}

TEST_P(CooperationRequestsTest, AnotherProcessNeverSeesTheRcmsRequests) {
  auto folder = MakeTemporaryFolder("enlace-cooperation-");
  auto write = [&](const char* name, const char* text) { std::ofstream(folder / name) << text; };
  write("process.csv",
        "code,name_en,name_es,languages,default_language\nSACM,South American Conference on Migration,"
        "Conferencia Suramericana sobre Migraciones,es;en,es\n");
  write("countries.csv", "iso2,name_en,name_es,rcm_status\nAR,Argentina,Argentina,member\n");
  write("organizations.csv",
        "code,abbrev_en,abbrev_es,name_en,name_es,kind\nTS,TS,ST,Technical Secretariat,Secretaría Técnica,secretariat\n"
        "SICA,SICA,SICA,Central American Integration System,Sistema de la Integración Centroamericana,partner_body\n");
  write("networks.csv", "code,abbrev_en,abbrev_es,name_en,name_es\nNET,N,R,Network,Red\n");
  write("topics.csv", "code,name_en,name_es\ngeneral,General,General\n");
  auto installed = server().app().InstallReference(folder);
  ASSERT_TRUE(installed);
  std::filesystem::remove_all(folder);
  RequestContext context;
  context.process_id = *installed;
  ASSERT_TRUE(server().app().Get<UserService>().Create(
      context, UserDraft{"ts@sacm.example", "TS SACM", "secretariat", {}, {}, "es"}, "a long enough password"));

  auto rcm = server().SignedIn("ts").Post("/api/v1/cooperation-requests", Request("HN", "De la CRM")).Json();
  ASSERT_EQ(server().SignedIn("ts").Post(Path(rcm, "/send"), json::object()).status, 200);
  auto sacm = server().Anonymous();
  ASSERT_EQ(sacm.SignIn("ts@sacm.example", "a long enough password").status, 200);
  EXPECT_TRUE(sacm.Get("/api/v1/cooperation-requests").Json()["items"].empty());
  EXPECT_EQ(sacm.Get(Path(rcm)).status, 404);
  EXPECT_EQ(sacm.Post(Path(rcm, "/forward"), json::object()).status, 404);
  auto in_rcm = sacm.Post("/api/v1/cooperation-requests", Request("HN", "Intento"));
  EXPECT_EQ(in_rcm.status, 422) << "Honduras is not a member of the SACM";
  EXPECT_EQ(server().SignedIn("ts").Get(Path(rcm)).Json()["state"], "sent_to_secretariat");
}

class CooperationDemoTest : public CooperationRequestsTest {
 protected:
  TestServerOptions Options() override { return TestServerOptions{.demo = true, .demo_meetings = true}; }
};
ENLACE_ON_BOTH_DATABASES(CooperationDemoTest);

TEST_P(CooperationDemoTest, TheDemoHoldsRequestsInSeveralStatesAndTheSecretariatIsReminded) {
  auto ts = server().SignedIn("ts");
  auto items = ts.Get("/api/v1/cooperation-requests").Json()["items"];
  std::map<std::string, json> by_country;
  for (const auto& item : items) by_country[item["country"].get<std::string>()] = item;
  ASSERT_EQ(by_country.size(), 5u);
  EXPECT_EQ(by_country["HN"]["state"], "forwarded_to_partner");
  EXPECT_EQ(by_country["HN"]["partner"], "SICA");
  EXPECT_EQ(by_country["HN"]["waiting"]["days"], 45);
  EXPECT_EQ(by_country["HN"]["waiting"]["overdue"], true);
  EXPECT_FALSE(by_country["HN"]["agreement"].is_null()) << "it follows agreement 3 of San Pedro Sula";
  EXPECT_EQ(by_country["GT"]["state"], "draft");
  EXPECT_EQ(by_country["SV"]["state"], "answered");
  EXPECT_EQ(by_country["CR"]["state"], "sent_to_secretariat");
  EXPECT_EQ(by_country["PA"]["state"], "closed");
  auto meetings = ts.Get("/api/v1/meetings?body=SMUGGLING_TIP_NETWORK&from=2016-11-15&to=2016-11-15").Json()["items"];
  ASSERT_EQ(meetings.size(), 1u);
  std::string number;
  auto meeting = ts.Get("/api/v1/meetings/" + std::to_string(meetings[0]["id"].get<long long>())).Json();
  for (const auto& agreement : meeting["agreements"]) {
    if (agreement["id"] == by_country["HN"]["agreement"]) number = agreement["number"].get<std::string>();
  }
  EXPECT_EQ(number, "3");
  auto honduras = ts.Get(Path(by_country["HN"])).Json();
  ExpectSchema(honduras, "CooperationRequestDetail");
  EXPECT_EQ(honduras["steps"].size(), 3u);
  EXPECT_EQ(honduras["agreement_reference"]["number"], "3");
  EXPECT_EQ(honduras["agreement_reference"]["meeting"], meetings[0]["id"]);
  EXPECT_NE(honduras["agreement_reference"]["text"]["en"].get<std::string>().find("SICA"), std::string::npos);
  EXPECT_EQ(server().SignedIn("gt").Get("/api/v1/cooperation-requests?country=GT").Json()["items"].size(), 1u);
  EXPECT_EQ(server().SignedIn("hn").Get("/api/v1/cooperation-requests?country=GT").Json()["items"].size(), 0u)
      << "Guatemala's draft is its own";

  // The job as the scheduler runs it: Honduras's request has waited 45 days since it was forwarded.
  WaitingReminders reminders(server().app().store(), server().clock(), server().app().texts(), nullptr,
                             WaitingReminderSettings{});
  EXPECT_EQ(reminders.RunOnce().claimed, 1) << "one Secretariat person in the demo";
  auto notifications = ts.Get("/api/v1/notifications").Json()["items"];
  ASSERT_EQ(notifications.size(), 1u);
  EXPECT_EQ(notifications[0]["kind"], "overdue");
  EXPECT_EQ(notifications[0]["payload"]["record"], by_country["HN"]["id"]);
  EXPECT_EQ(reminders.RunOnce().claimed, 0);
}

}  // namespace
}  // namespace enlace::testing
