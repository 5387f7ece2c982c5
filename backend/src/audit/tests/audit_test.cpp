// The audit log (M28): every write, refused write and sign-in is recorded with the hash of the
// entry before it; changing a stored entry breaks `enlace audit verify`.
#include <sys/wait.h>

#include <array>
#include <cstdio>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

struct CommandResult {
  int exit_code = -1;
  std::string output;
};

CommandResult RunEnlace(const std::string& arguments) {
  CommandResult result;
  std::string command = std::string(ENLACE_BINARY) + " " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  while (auto read = fread(buffer.data(), 1, buffer.size(), pipe)) result.output.append(buffer.data(), read);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class AuditTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(AuditTest);

TEST_P(AuditTest, AWriteIsRecordedWithWhoWhenWhatBeforeAndAfter) {
  auto hn = server().SignedIn("hn");
  auto record = hn.Post("/api/v1/contact-points", {{"country", "HN"},
                                                   {"network", "SMUGGLING_TIP_NETWORK"},
                                                   {"topic", "general"},
                                                   {"name", "Ana"},
                                                   {"institution", "INM"},
                                                   {"email", "ana@inm.example"}})
                    .Json();
  auto id = std::to_string(record["id"].get<long long>());
  hn.Patch("/api/v1/contact-points/" + id, {{"name", "Ana Lucía"}}, {.headers = {{"If-Match", "\"1\""}}});
  auto entries = server().SignedIn("ts").Get("/api/v1/audit?record_type=contact_point&record_id=" + id).Json()["items"];
  ASSERT_EQ(entries.size(), 2u);
  auto update = entries[0];
  EXPECT_EQ(update["action"], "contact_point.update");
  EXPECT_EQ(update["outcome"], "ok");
  EXPECT_EQ(update["actor"]["email"], "honduras@enlace.example");
  EXPECT_EQ(update["before"]["name"], "Ana");
  EXPECT_EQ(update["after"]["name"], "Ana Lucía");
  EXPECT_FALSE(update["request_id"].get<std::string>().empty());
  EXPECT_EQ(entries[1]["action"], "contact_point.propose");
  EXPECT_TRUE(entries[1]["before"].is_null());
}

TEST_P(AuditTest, RefusedWritesAndSignInsAreRecorded) {
  auto hn = server().SignedIn("hn");
  hn.Post("/api/v1/contact-points", {{"country", "GT"},
                                     {"network", "SMUGGLING_TIP_NETWORK"},
                                     {"topic", "general"},
                                     {"name", "X"},
                                     {"institution", "Y"},
                                     {"email", "x@y.org"}});
  server().Anonymous().SignIn(server().account("gt").email, "wrong password!");
  auto ts = server().SignedIn("ts");
  auto denied = ts.Get("/api/v1/audit?outcome=denied&action=contact_point").Json()["items"];
  ASSERT_EQ(denied.size(), 1u);
  EXPECT_EQ(denied[0]["action"], "contact_point.propose");
  EXPECT_EQ(denied[0]["reason"], "wrong_country");
  EXPECT_EQ(denied[0]["actor"]["email"], "honduras@enlace.example");
  auto failed = ts.Get("/api/v1/audit?action=session.create&outcome=failed").Json()["items"];
  ASSERT_GE(failed.size(), 1u);
  EXPECT_EQ(failed[0]["actor"]["email"], "guatemala@enlace.example");
  EXPECT_EQ(failed[0]["reason"], "invalid_credentials");
  auto successes = ts.Get("/api/v1/audit?action=session.create&outcome=ok&actor=honduras").Json()["items"];
  EXPECT_GE(successes.size(), 1u);
}

TEST_P(AuditTest, TheLogPagesNewestFirst) {
  auto ts = server().SignedIn("ts");
  auto first = ts.Get("/api/v1/audit?limit=3").Json();
  ASSERT_EQ(first["items"].size(), 3u);
  ASSERT_TRUE(first["next_cursor"].is_string());
  auto second = ts.Get("/api/v1/audit?limit=3&cursor=" + first["next_cursor"].get<std::string>()).Json();
  EXPECT_LT(second["items"][0]["id"].get<long long>(), first["items"][2]["id"].get<long long>());
  EXPECT_EQ(ts.Get("/api/v1/audit?from=yesterday").status, 400);
}

TEST_P(AuditTest, OnlyTheSecretariatReadsTheLog) {
  for (const char* who : {"hn", "gt", "observer", "civil"})
    EXPECT_EQ(server().SignedIn(who).Get("/api/v1/audit").status, 403) << who;
  EXPECT_EQ(server().Anonymous().Get("/api/v1/audit").status, 401);
}

TEST_P(AuditTest, VerifyFailsOnceAStoredEntryIsChanged) {
  server().SignedIn("hn");
  auto database =
      "--database '" + server().database().url() + "' --audit-key-file '" + server().audit_key_file().string() + "' ";
  auto checkpoint = MakeTemporaryFolder("enlace-checkpoint-") / "head.json";
  auto written = RunEnlace(database + "audit checkpoint --output '" + checkpoint.string() + "'");
  ASSERT_EQ(written.exit_code, 0) << written.output;
  auto intact = RunEnlace(database + "audit verify --checkpoint '" + checkpoint.string() + "'");
  EXPECT_EQ(intact.exit_code, 0) << intact.output;
  EXPECT_NE(intact.output.find("intact"), std::string::npos);
  EXPECT_NE(intact.output.find("reaches the checkpoint"), std::string::npos) << intact.output;
  // Without its key the log cannot be checked, and a server does not start a second chain.
  auto keyless = RunEnlace("--database '" + server().database().url() + "' --audit-key-file '" +
                           (checkpoint.parent_path() / "missing.key").string() + "' audit verify");
  EXPECT_NE(keyless.exit_code, 0);
  EXPECT_NE(keyless.output.find("audit_key_missing"), std::string::npos) << keyless.output;

  if (GetParam() == Backend::kSqlite) {
    server().database().Execute("DROP TRIGGER audit_log_no_update");
  } else {
    server().database().Execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
  }
  server().database().Execute("UPDATE audit_log SET actor_email = 'someone@else.example' WHERE id = 3");
  auto broken = RunEnlace(database + "audit verify");
  EXPECT_NE(broken.exit_code, 0);
  EXPECT_NE(broken.output.find("broken at entry 3"), std::string::npos) << broken.output;
  auto against_checkpoint = RunEnlace(database + "audit verify --checkpoint '" + checkpoint.string() + "'");
  EXPECT_NE(against_checkpoint.exit_code, 0);
  std::filesystem::remove_all(checkpoint.parent_path());
}

}  // namespace
}  // namespace enlace::testing
