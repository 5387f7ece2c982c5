// What every route promises: JSON errors in the caller's language with a request id, security
// headers, no 5xx for bad input.
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class ApiConventionsTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(ApiConventionsTest);

TEST_P(ApiConventionsTest, MalformedJsonIsA400InTheCallersLanguage) {
  auto client = server().SignedIn("hn");
  auto english = client.Send("POST", "/api/v1/contact-points", "{not json",
                             {.headers = {{"Accept-Language", "en-GB,en;q=0.9"}}, .unchecked = true});
  EXPECT_EQ(english.status, 400);
  auto error = english.Json()["error"];
  EXPECT_EQ(error["code"], "invalid_json");
  EXPECT_EQ(error["message"], "The request body is not valid JSON.");
  EXPECT_FALSE(error["request_id"].get<std::string>().empty());
  EXPECT_EQ(english.Header("X-Request-Id"), error["request_id"].get<std::string>());
  auto spanish = client.Send("POST", "/api/v1/contact-points", "[1, 2",
                             {.headers = {{"Accept-Language", "es-HN"}}, .unchecked = true});
  EXPECT_EQ(spanish.status, 400);
  EXPECT_EQ(spanish.Json()["error"]["message"], "El cuerpo de la solicitud no es JSON válido.");
}

TEST_P(ApiConventionsTest, AnUnknownApiRouteIsAJson404) {
  auto response = server().Anonymous().Get("/api/v1/nothing-here", {.unchecked = true});
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.ErrorCode(), "unknown_route");
}

TEST_P(ApiConventionsTest, AWrongMethodIsA405ThatSaysWhichAreAllowed) {
  auto response = server().SignedIn("ts").Send("PUT", "/api/v1/countries", "{}", {.unchecked = true});
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.Header("Allow"), "GET");
}

TEST_P(ApiConventionsTest, ABodyOverTheLimitIsA413AndNothingIsWritten) {
  auto client = server().SignedIn("hn");
  std::string huge = R"({"country":"HN","network":"SMUGGLING_TIP_NETWORK","topic":"general","name":")" +
                     std::string(2 << 20, 'x') + R"(","institution":"I","email":"a@b.org"})";
  auto response = client.Send("POST", "/api/v1/contact-points", huge);
  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(response.ErrorCode(), "payload_too_large");
  EXPECT_EQ(client.Get("/api/v1/contact-points?country=HN&history=true").Json()["items"].size(), 2u);
}

TEST_P(ApiConventionsTest, ABodyThatIsNotJsonIsA415) {
  auto response = server().SignedIn("hn").Send(
      "POST", "/api/v1/contact-points", "name=x",
      {.headers = {{"Content-Type", "application/x-www-form-urlencoded"}}, .unchecked = true});
  EXPECT_EQ(response.status, 415);
  EXPECT_EQ(response.ErrorCode(), "unsupported_media_type");
}

TEST_P(ApiConventionsTest, FieldsOfTheWrongTypeAreListedNotCrashed) {
  auto response = server().SignedIn("hn").Post(
      "/api/v1/contact-points",
      {{"country", 7}, {"name", nlohmann::json::array()}, {"languages", "es"}, {"valid_from", "15/11/2016"}},
      {.unchecked = true});
  ASSERT_EQ(response.status, 422) << response.body;
  std::set<std::string> fields;
  auto body = response.Json();
  for (const auto& field : body["error"]["fields"]) fields.insert(field["field"].get<std::string>());
  for (const char* wrong : {"country", "name", "languages", "valid_from"}) EXPECT_TRUE(fields.contains(wrong)) << wrong;
  // …and, in the same answer, what the rules of a contact point say about the rest.
  EXPECT_TRUE(fields.contains("email"));
  EXPECT_TRUE(fields.contains("institution"));
}

TEST_P(ApiConventionsTest, AnIdThatIsNotANumberIsA400) {
  auto response = server().SignedIn("ts").Get("/api/v1/contact-points/abc");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.ErrorCode(), "invalid_id");
  EXPECT_EQ(server().SignedIn("ts").Get("/api/v1/contact-points/99999999999999999999").status, 400);
}

TEST_P(ApiConventionsTest, EveryAnswerCarriesTheSecurityHeaders) {
  auto client = server().SignedIn("ts");
  for (const auto& response : {client.Get("/healthz"), client.Get("/api/v1/countries"), client.Get("/api/v1/me"),
                               client.Get("/api/v1/nothing", {.unchecked = true}),
                               client.Send("POST", "/api/v1/contact-points", "{", {.unchecked = true})}) {
    EXPECT_EQ(response.Header("X-Content-Type-Options"), "nosniff");
    auto policy = response.Header("Content-Security-Policy").value_or("");
    EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_TRUE(response.Header("Referrer-Policy"));
    EXPECT_TRUE(response.Header("X-Request-Id"));
  }
  EXPECT_EQ(client.Get("/api/v1/me").Header("Cache-Control"), "no-store");
}

TEST_P(ApiConventionsTest, HealthAndReadinessAnswer) {
  auto client = server().Anonymous();
  EXPECT_EQ(client.Get("/healthz").Json()["status"], "ok");
  auto ready = client.Get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.Json()["database"], GetParam() == Backend::kSqlite ? "sqlite" : "postgresql");
}

}  // namespace
}  // namespace enlace::testing
