// The contract checker that every integration test relies on: it must refuse what the document
// does not allow, or the suite proves nothing. A small document of its own keeps each case plain.
#include "support/api_contract.hpp"

#include <gtest/gtest.h>

#include "kernel/http/openapi.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;
using namespace http::schema;

json Document() {
  json schemas;
  schemas["Thing"] = Record({{"id", Int()},
                             {"name", Str()},
                             {"note", NullableStr()},
                             {"day", DateStr()},
                             {"at", Instant()},
                             {"kind", Enum({"big", "small"})},
                             {"owner", Nullable(Record({{"id", Int()}}))}});
  schemas["ThingInput"] = Object({{"name", Str()}, {"kind", Enum({"big", "small"})}}, {"name"});
  schemas["Error"] = Record({{"error", Record({{"code", Str()}})}});
  json error{{"description", "An error"}, {"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
  json thing{{"description", "A thing"}, {"content", {{"application/json", {{"schema", Ref("Thing")}}}}}};
  json paths;
  paths["/api/things/{id}"]["get"] = {{"responses", {{"200", thing}, {"default", error}}}};
  paths["/api/things/{id}"]["delete"] = {{"responses", {{"204", {{"description", "Gone"}}}, {"default", error}}}};
  paths["/api/things/{id}/file"]["get"] = {
      {"responses",
       {{"200", {{"description", "A file"}, {"content", {{"application/pdf", {{"schema", Binary()}}}}}}},
        {"default", error}}}};
  paths["/api/things/special"]["get"] = {{"responses", {{"204", {{"description", "Nothing"}}}}}};
  paths["/api/things"]["post"] = {
      {"requestBody", {{"required", true}, {"content", {{"application/json", {{"schema", Ref("ThingInput")}}}}}}},
      {"responses", {{"201", thing}, {"default", error}}}};
  return {{"openapi", "3.1.0"}, {"paths", paths}, {"components", {{"schemas", schemas}}}};
}

const ApiContract& Contract() {
  static const ApiContract contract(Document());
  return contract;
}

json ValidThing() {
  return {
      {"id", 1},       {"name", "a"},         {"note", nullptr}, {"day", "2024-05-01"}, {"at", "2024-05-01T10:00:00Z"},
      {"kind", "big"}, {"owner", {{"id", 2}}}};
}

std::string Joined(const std::vector<std::string>& problems) {
  std::string text;
  for (const auto& problem : problems) text += problem + "\n";
  return text;
}

TEST(ApiContractTest, AValidResponsePasses) {
  EXPECT_TRUE(Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", ValidThing().dump()).empty());
  auto without_owner = ValidThing();
  without_owner["owner"] = nullptr;
  EXPECT_TRUE(Contract()
                  .CheckResponse("GET", "/api/things/1", 200, "application/json; charset=utf-8", without_owner.dump())
                  .empty());
}

TEST(ApiContractTest, AnUndocumentedFieldFailsWithItsPointer) {
  auto thing = ValidThing();
  thing["owner"]["email"] = "x@example.org";
  auto problems = Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(Joined(problems).find("/owner"), std::string::npos) << Joined(problems);
  EXPECT_NE(Joined(problems).find("email"), std::string::npos) << Joined(problems);
}

TEST(ApiContractTest, AMissingRequiredFieldFails) {
  auto thing = ValidThing();
  thing.erase("note");
  auto problems = Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(Joined(problems).find("note"), std::string::npos) << Joined(problems);
}

TEST(ApiContractTest, AWrongTypeFailsWithItsPointer) {
  auto thing = ValidThing();
  thing["id"] = "1";
  auto problems = Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(Joined(problems).find("/id"), std::string::npos) << Joined(problems);
}

TEST(ApiContractTest, ANullWhereNoneIsAllowedFails) {
  auto thing = ValidThing();
  thing["name"] = nullptr;
  auto problems = Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(Joined(problems).find("/name"), std::string::npos) << Joined(problems);
}

TEST(ApiContractTest, AValueOutsideAnEnumOrABadDateFails) {
  auto thing = ValidThing();
  thing["kind"] = "medium";
  EXPECT_FALSE(Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump()).empty());
  thing = ValidThing();
  thing["day"] = "1 May 2024";
  EXPECT_FALSE(Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump()).empty());
  // A date is checked by its month's length, as a JSON Schema "date" is, and again on a second check
  // (the pattern is then taken from the validator's cache).
  for (int pass = 0; pass < 2; ++pass) {
    for (const char* bad : {"2024-02-30", "2024-04-31", "2024-13-01", "2024-05-01T10:00:00Z", " 2024-05-01"}) {
      thing["day"] = bad;
      EXPECT_FALSE(Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump()).empty())
          << bad;
    }
    for (const char* good : {"2024-02-29", "2024-12-31", "2024-01-31"}) {
      thing["day"] = good;
      EXPECT_TRUE(Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump()).empty())
          << good;
    }
    thing = ValidThing();
    for (const char* bad : {"2024-05-01 10:00:00Z", "2024-06-31T10:00:00Z", "2024-05-01T24:00:00Z", "2024-05-01"}) {
      thing["at"] = bad;
      EXPECT_FALSE(Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump()).empty())
          << bad;
    }
    for (const char* good : {"2024-05-01T10:00:00.125Z", "2024-05-01t23:59:60+02:00"}) {
      thing["at"] = good;
      EXPECT_TRUE(Contract().CheckResponse("GET", "/api/things/1", 200, "application/json", thing.dump()).empty())
          << good;
    }
  }
}

TEST(ApiContractTest, AnErrorStatusIsCheckedAgainstTheDefaultResponse) {
  EXPECT_TRUE(
      Contract().CheckResponse("GET", "/api/things/1", 404, "application/json", R"({"error":{"code":"x"}})").empty());
  EXPECT_FALSE(Contract().CheckResponse("GET", "/api/things/1", 404, "application/json", R"({"code":"x"})").empty());
}

TEST(ApiContractTest, AnUndocumentedStatusOrMediaTypeOrABodyWhereNoneIsDocumentedFails) {
  EXPECT_FALSE(Contract().CheckResponse("GET", "/api/things/special", 200, "application/json", "{}").empty());
  EXPECT_FALSE(Contract().CheckResponse("GET", "/api/things/1/file", 200, "text/plain", "x").empty());
  EXPECT_TRUE(Contract().CheckResponse("GET", "/api/things/1/file", 200, "application/pdf", "%PDF-").empty());
  EXPECT_FALSE(Contract().CheckResponse("DELETE", "/api/things/1", 204, "application/json", "{}").empty());
  EXPECT_TRUE(Contract().CheckResponse("DELETE", "/api/things/1", 204, "", "").empty());
}

TEST(ApiContractTest, ALiteralSegmentWinsOverATemplate) {
  auto operation = Contract().Find("GET", "/api/things/special?x=1");
  ASSERT_TRUE(operation);
  EXPECT_EQ(operation->path, "/api/things/special");
  EXPECT_EQ(Contract().Find("GET", "/api/things/7")->path, "/api/things/{id}");
  EXPECT_EQ(Contract().Find("HEAD", "/api/things/7")->path, "/api/things/{id}");
}

TEST(ApiContractTest, RequestsAreCheckedAgainstTheOperationsSchema) {
  EXPECT_TRUE(Contract().CheckRequest("POST", "/api/things", "application/json", R"({"name":"a"})").empty());
  EXPECT_FALSE(Contract().CheckRequest("POST", "/api/things", "application/json", R"({"name":"a","x":1})").empty());
  EXPECT_FALSE(Contract().CheckRequest("POST", "/api/things", "application/json", R"({"kind":"big"})").empty());
  EXPECT_FALSE(Contract().CheckRequest("POST", "/api/things", "application/json", R"({"name":3})").empty());
  EXPECT_FALSE(Contract().CheckRequest("POST", "/api/things", "application/json", R"({"name":null})").empty());
  EXPECT_FALSE(Contract().CheckRequest("POST", "/api/things", "application/json", "{not json").empty());
  EXPECT_FALSE(Contract().CheckRequest("POST", "/api/things", "text/plain", "name=a").empty());
  EXPECT_FALSE(Contract().CheckRequest("POST", "/api/things", "", "").empty()) << "the body is required";
}

TEST(ApiContractTest, AnUndocumentedOperationFailsButTheFrontEndsFilesAreNoPartOfTheContract) {
  EXPECT_FALSE(Contract().CheckRequest("PUT", "/api/things/1", "application/json", "{}").empty());
  EXPECT_FALSE(Contract().CheckRequest("GET", "/api/nothing", "", "").empty());
  EXPECT_TRUE(Contract().CheckRequest("GET", "/meetings/3", "", "").empty());
  EXPECT_FALSE(Contract().CheckRequest("DELETE", "/api/things/1", "application/json", "{}").empty())
      << "the operation takes no body";
}

TEST(ApiContractTest, TheResponseToAnUndocumentedOperationMustStillBeAnError) {
  EXPECT_TRUE(
      Contract().CheckResponse("PUT", "/api/things/1", 405, "application/json", R"({"error":{"code":"x"}})").empty());
  EXPECT_FALSE(Contract().CheckResponse("PUT", "/api/things/1", 405, "application/json", R"({"oops":1})").empty());
}

}  // namespace
}  // namespace enlace::testing
