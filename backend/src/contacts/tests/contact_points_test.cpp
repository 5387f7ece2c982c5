// Contact points (M14) over HTTP: proposals by countries, confirmation by the Technical
// Secretariat, versions, replacement that closes the old term, history and CSV export.
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class ContactPointsTest : public ApiTest {
 protected:
  static nlohmann::json Proposal(const std::string& country, const std::string& name,
                                 const std::string& topic = "compliance-indicators") {
    return {{"country", country},
            {"network", "SMUGGLING_TIP_NETWORK"},
            {"topic", topic},
            {"name", name},
            {"position", "Analista"},
            {"institution", "Instituto Nacional de Migración"},
            {"email", "Persona@Example.org "},
            {"phone", "+504 2234-5678"},
            {"languages", {"es", "en"}},
            {"valid_from", "2017-03-01"},
            {"valid_to", nullptr}};
  }
  static std::string Path(const nlohmann::json& record, const std::string& suffix = "") {
    return "/api/v1/contact-points/" + std::to_string(record["id"].get<long long>()) + suffix;
  }
};
ENLACE_ON_BOTH_DATABASES(ContactPointsTest);

TEST_P(ContactPointsTest, AnOfficerProposesForTheirCountryAndTheSecretariatConfirms) {
  auto hn = server().SignedIn("hn");
  auto created = hn.Post("/api/v1/contact-points", Proposal("HN", "Rosa Elena Amaya"));
  ASSERT_EQ(created.status, 201) << created.body;
  auto record = created.Json();
  EXPECT_EQ(record["status"], "proposed");
  EXPECT_EQ(record["email"], "persona@example.org") << "trimmed and lower-cased";
  EXPECT_EQ(record["languages"], (nlohmann::json{"es", "en"}));
  EXPECT_EQ(record["valid_from"], "2017-03-01");
  EXPECT_EQ(record["proposed_by"]["name"], "Carlos Mejía");
  EXPECT_EQ(created.Header("ETag"), "\"1\"");

  auto confirmation_by_officer = hn.Post(Path(record, "/confirm"), nullptr);
  EXPECT_EQ(confirmation_by_officer.status, 403);

  auto ts = server().SignedIn("ts");
  auto confirmed = ts.Post(Path(record, "/confirm"), nullptr);
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.Json()["status"], "confirmed");
  EXPECT_EQ(confirmed.Json()["confirmed_by"]["name"], "Ana Morales");
  EXPECT_EQ(ts.Post(Path(record, "/confirm"), nullptr).status, 409) << "confirming twice";
}

TEST_P(ContactPointsTest, AnOfficerCannotWriteAnotherCountrysContactPoints) {
  auto hn = server().SignedIn("hn");
  auto refused = hn.Post("/api/v1/contact-points", Proposal("GT", "Someone"));
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.ErrorCode(), "wrong_country");
  EXPECT_EQ(refused.Json()["error"]["message"], "You can only change your own country's information.");

  auto guatemala = server().SignedIn("ts").Get("/api/v1/contact-points?country=GT").Json()["items"][0];
  auto path = Path(guatemala);
  auto version = "\"" + std::to_string(guatemala["version"].get<long long>()) + "\"";
  EXPECT_EQ(hn.Patch(path, {{"name", "Taken over"}}, {.headers = {{"If-Match", version}}}).status, 403);
  EXPECT_EQ(hn.Post(path + "/end", {{"valid_to", "2030-01-01"}}).status, 403);
  // Moving its own record to another country is refused too.
  auto own = hn.Post("/api/v1/contact-points", Proposal("HN", "Mine")).Json();
  auto moved = hn.Patch(Path(own), {{"country", "GT"}}, {.headers = {{"If-Match", "\"1\""}}});
  EXPECT_EQ(moved.status, 403);
  EXPECT_EQ(server().SignedIn("ts").Get(path).Json()["name"], "Silvia Cabrera") << "unchanged";
}

TEST_P(ContactPointsTest, InvalidInputIsExplainedFieldByField) {
  auto hn = server().SignedIn("hn");
  auto body = Proposal("HN", "");
  body["email"] = "not an address";
  body["phone"] = "call me";
  body["topic"] = "unknown-topic";
  body["languages"] = {"fr"};
  body["valid_to"] = "2016-01-01";
  // "fr" is outside the contract's languages: sent on purpose to see the server's answer.
  auto response = hn.Post("/api/v1/contact-points", body, {.headers = {{"Accept-Language", "es"}}, .unchecked = true});
  ASSERT_EQ(response.status, 422);
  std::map<std::string, std::string> fields;
  auto error_body = response.Json();
  for (const auto& field : error_body["error"]["fields"]) {
    fields[field["field"].get<std::string>()] = field["code"].get<std::string>();
  }
  EXPECT_EQ(fields["name"], "required");
  EXPECT_EQ(fields["email"], "invalid_email");
  EXPECT_EQ(fields["phone"], "invalid_phone");
  EXPECT_EQ(fields["topic"], "unknown_topic");
  EXPECT_EQ(fields["languages"], "unknown_language");
  EXPECT_EQ(fields["valid_to"], "date_order");
  EXPECT_EQ(
      response.Json()["error"]["fields"][0]["message"].get<std::string>().find("obligatorio") != std::string::npos ||
          response.Json()["error"]["message"].get<std::string>().find("campos") != std::string::npos,
      true);
  auto observer_country = Proposal("MX", "X");
  observer_country["country"] = "CO";  // an observer country, not a member
  EXPECT_EQ(
      server().SignedIn("ts").Post("/api/v1/contact-points", observer_country).Json()["error"]["fields"][0]["code"],
      "unknown_country");
}

TEST_P(ContactPointsTest, RejectingNeedsAReasonAndEndingATermClosesIt) {
  auto ts = server().SignedIn("ts");
  auto proposal = server().SignedIn("hn").Post("/api/v1/contact-points", Proposal("HN", "Wrong Person")).Json();
  auto without_reason = ts.Post(Path(proposal, "/reject"), {{"reason", "  "}});
  EXPECT_EQ(without_reason.status, 422);
  auto rejected = ts.Post(Path(proposal, "/reject"), {{"reason", "Not a member of the network"}});
  ASSERT_EQ(rejected.status, 200);
  EXPECT_EQ(rejected.Json()["status"], "rejected");
  EXPECT_EQ(rejected.Json()["rejection_reason"], "Not a member of the network");

  auto confirmed = ts.Get("/api/v1/contact-points?country=HN&status=confirmed").Json()["items"][0];
  auto hn = server().SignedIn("hn");
  auto too_early = hn.Post(Path(confirmed, "/end"), {{"valid_to", "2000-01-01"}});
  EXPECT_EQ(too_early.status, 422);
  auto ended = hn.Post(Path(confirmed, "/end"), {{"valid_to", "2018-06-30"}});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(ended.Json()["status"], "ended");
  EXPECT_EQ(ended.Json()["valid_to"], "2018-06-30");
  auto edit_closed =
      hn.Patch(Path(confirmed), {{"phone", "+504 0000 0000"}},
               {.headers = {{"If-Match", "\"" + std::to_string(ended.Json()["version"].get<long long>()) + "\""}}});
  EXPECT_EQ(edit_closed.status, 409);
}

TEST_P(ContactPointsTest, TheDirectoryFiltersAndExportsCsv) {
  auto observer = server().SignedIn("observer");
  auto all = observer.Get("/api/v1/contact-points").Json()["items"];
  EXPECT_EQ(all.size(), 5u);
  auto honduras = observer.Get("/api/v1/contact-points?country=HN").Json()["items"];
  EXPECT_EQ(honduras.size(), 2u);
  auto indicators = observer.Get("/api/v1/contact-points?topic=compliance-indicators").Json()["items"];
  ASSERT_EQ(indicators.size(), 1u);
  EXPECT_EQ(indicators[0]["name"], "Mario Zelaya");
  EXPECT_EQ(observer.Get("/api/v1/contact-points?status=bogus").status, 400);
  EXPECT_GE(observer.Get("/api/v1/contact-points?history=true").Json()["items"].size(), all.size());
  EXPECT_EQ(observer.Get("/api/v1/contact-points?status=ended").status, 200);

  auto csv = observer.Get("/api/v1/contact-points.csv?country=HN");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.Header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.Header("Content-Disposition").value_or("").find("attachment"), std::string::npos);
  EXPECT_TRUE(
      csv.body.starts_with("\xEF\xBB\xBF"
                           "id,country,network,topic,name"));
  EXPECT_NE(csv.body.find("Rosa Amaya"), std::string::npos);
  EXPECT_NE(csv.body.find("Mario Zelaya"), std::string::npos);
  EXPECT_EQ(csv.body.find("Silvia Cabrera"), std::string::npos) << "filtered to HN";
}

TEST_P(ContactPointsTest, CivilSocietyAndTheAnonymousPublicCannotReadTheDirectory) {
  EXPECT_EQ(server().SignedIn("civil").Get("/api/v1/contact-points").status, 403);
  EXPECT_EQ(server().SignedIn("civil").Get("/api/v1/contact-points.csv").status, 403);
  EXPECT_EQ(server().Anonymous().Get("/api/v1/contact-points").status, 401);
  auto id = server().SignedIn("ts").Get("/api/v1/contact-points").Json()["items"][0]["id"].get<long long>();
  EXPECT_EQ(server().SignedIn("civil").Get("/api/v1/contact-points/" + std::to_string(id)).status, 403);
}

}  // namespace
}  // namespace enlace::testing
