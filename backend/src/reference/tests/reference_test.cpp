// The process's reference data, and a second process kept apart from the first.
#include <fstream>

#include "accounts/domain/user_service.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class ReferenceTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(ReferenceTest);

TEST_P(ReferenceTest, TheRcmHasElevenMemberAndFiveObserverCountries) {
  auto response = server().Anonymous().Get("/api/v1/countries");
  ASSERT_EQ(response.status, 200);
  auto items = response.Json()["items"];
  int members = 0, observers = 0;
  for (const auto& item : items) (item["status"] == "member" ? members : observers)++;
  EXPECT_EQ(members, 11);
  EXPECT_EQ(observers, 5);
  auto honduras = std::find_if(items.begin(), items.end(), [](const auto& item) { return item["code"] == "HN"; });
  ASSERT_NE(honduras, items.end());
  EXPECT_EQ(*honduras,
            (nlohmann::json{{"code", "HN"}, {"name", {{"en", "Honduras"}, {"es", "Honduras"}}}, {"status", "member"}}));
  auto mexico = std::find_if(items.begin(), items.end(), [](const auto& item) { return item["code"] == "MX"; });
  EXPECT_EQ((*mexico)["name"]["es"], "México");
}

TEST_P(ReferenceTest, OrganizationsNetworksAndTopicsHaveCodes) {
  auto client = server().Anonymous();
  auto organizations = client.Get("/api/v1/organizations").Json()["items"];
  std::set<std::string> codes;
  for (const auto& item : organizations) codes.insert(item["code"].get<std::string>());
  for (const char* code : {"RCM", "RCGM", "PPT", "TS", "MEMBER_COUNTRIES", "IOM", "RNCOM", "SICA"}) {
    EXPECT_TRUE(codes.contains(code)) << code;
  }
  auto networks = client.Get("/api/v1/networks").Json()["items"];
  ASSERT_EQ(networks.size(), 3u);
  EXPECT_EQ(networks[0]["code"], "SMUGGLING_TIP_NETWORK");
  EXPECT_EQ(networks[0]["name"]["en"],
            "Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons");
  auto topics = client.Get("/api/v1/topics").Json()["items"];
  ASSERT_EQ(topics.size(), 2u);
  EXPECT_EQ(topics[1]["code"], "compliance-indicators");
  auto process = client.Get("/api/v1/process").Json();
  EXPECT_EQ(process["code"], "RCM");
  EXPECT_EQ(process["languages"], (nlohmann::json{"es", "en"}));
}

TEST_P(ReferenceTest, ASecondProcessIsFullySeparate) {
  auto folder = MakeTemporaryFolder("enlace-process-");
  auto write = [&](const char* name, const char* text) { std::ofstream(folder / name) << text; };
  write("process.csv",
        "code,name_en,name_es,languages,default_language\nSACM,South American Conference on Migration,"
        "Conferencia Suramericana sobre Migraciones,es;en,es\n");
  write("countries.csv", "iso2,name_en,name_es,rcm_status\nAR,Argentina,Argentina,member\nCL,Chile,Chile,member\n");
  write(
      "organizations.csv",
      "code,abbrev_en,abbrev_es,name_en,name_es,kind\nTS,TS,ST,Technical Secretariat,Secretaría Técnica,secretariat\n");
  write("networks.csv",
        "code,abbrev_en,abbrev_es,name_en,name_es\nTIP_NETWORK,TIP,TdP,Trafficking network,Red de trata\n");
  write("topics.csv", "code,name_en,name_es\ngeneral,General,General\n");
  auto installed = server().app().InstallReference(folder);
  ASSERT_TRUE(installed);
  std::filesystem::remove_all(folder);

  RequestContext context;
  context.process_id = *installed;
  auto officer = server().app().Get<UserService>().Create(
      context, UserDraft{"ar@sacm.example", "Officer AR", "country_officer", "AR", {}, "es"}, "a long enough password");
  ASSERT_TRUE(officer) << officer.error().reason;
  auto secretariat = server().app().Get<UserService>().Create(
      context, UserDraft{"ts@sacm.example", "TS SACM", "secretariat", {}, {}, "es"}, "a long enough password");
  ASSERT_TRUE(secretariat);

  auto client = server().Anonymous();
  ASSERT_EQ(client.SignIn("ar@sacm.example", "a long enough password").status, 200);
  auto countries = client.Get("/api/v1/countries").Json()["items"];
  ASSERT_EQ(countries.size(), 2u);
  EXPECT_EQ(countries[0]["code"], "AR");
  EXPECT_EQ(client.Get("/api/v1/process").Json()["code"], "SACM");
  // Nothing of the RCM is visible or writable from the other process.
  EXPECT_TRUE(client.Get("/api/v1/contact-points").Json()["items"].empty());
  auto rcm_point =
      server().SignedIn("ts").Get("/api/v1/contact-points?country=HN").Json()["items"][0]["id"].get<long long>();
  EXPECT_EQ(client.Get("/api/v1/contact-points/" + std::to_string(rcm_point)).status, 404);
  auto write_attempt = client.Post("/api/v1/contact-points", {{"country", "HN"},
                                                              {"network", "SMUGGLING_TIP_NETWORK"},
                                                              {"topic", "general"},
                                                              {"name", "X"},
                                                              {"institution", "Y"},
                                                              {"email", "x@y.org"}});
  EXPECT_EQ(write_attempt.status, 403);

  auto sacm_ts = server().Anonymous();
  ASSERT_EQ(sacm_ts.SignIn("ts@sacm.example", "a long enough password").status, 200);
  auto users = sacm_ts.Get("/api/v1/users").Json()["items"];
  EXPECT_EQ(users.size(), 2u);
  auto rcm_user = server().SignedIn("ts").Get("/api/v1/users").Json()["items"][0]["id"].get<long long>();
  EXPECT_EQ(sacm_ts.Get("/api/v1/users/" + std::to_string(rcm_user)).status, 404);
  auto audit = sacm_ts.Get("/api/v1/audit?limit=500").Json();
  for (const auto& entry : audit["items"]) {
    EXPECT_NE(entry["actor"].is_object() ? entry["actor"]["email"].get<std::string>() : "",
              "secretaria@enlace.example");
  }
  // Anonymous readers name the process they want.
  EXPECT_EQ(server().Anonymous().Get("/api/v1/countries?process=SACM").Json()["items"].size(), 2u);
  EXPECT_EQ(server().Anonymous().Get("/api/v1/countries?process=NOPE").status, 404);
}

}  // namespace
}  // namespace enlace::testing
