// `enlace backup --output` and `enlace restore` (issue 9, item 7) on both databases: the demo's
// whole follow-up, dumped and restored into an empty database, reads the same in every table; the
// dump is created with mode 0600 and never overwrites a file; restore refuses a database that is
// not empty and a dump that is not one; on PostgreSQL, ids continue after the restored ones.
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "app/capabilities.hpp"
#include "kernel/storage/dump.hpp"
#include "kernel/storage/sql.hpp"
#include "support/api_test.hpp"
#include "support/test_database.hpp"

namespace enlace::testing {
namespace {

const std::set<std::string> kBackupBookkeeping = {"capability_migrations", "schema_migrations"};

class BackupTest : public ApiTest {
 protected:
  TestServerOptions Options() override { return TestServerOptions{.demo = true, .demo_meetings = true}; }

  static std::unique_ptr<storage::SociStore> OpenEmpty(const TestDatabase& database) {
    auto url = storage::ParseDatabaseUrl(database.url());
    EXPECT_TRUE(url);
    return std::make_unique<storage::SociStore>(*url, storage::StoreOptions{.connections = 1},
                                                StorageModulesOf(Capabilities()));
  }
};
ENLACE_ON_BOTH_DATABASES(BackupTest);

TEST_P(BackupTest, ADumpRestoredIntoAnEmptyDatabaseHasEveryRowOfEveryTable) {
  // Some writes of the day on top of the demo: a session, an answer, an audit trail.
  auto hn = server().SignedIn("hn");
  auto commitments = hn.Get("/api/v1/commitments").Json()["items"];
  ASSERT_FALSE(commitments.empty());
  auto answered = hn.Post("/api/v1/commitments/" + std::to_string(commitments[0]["id"].get<long long>()) + "/updates",
                          {{"text", "Texto con comillas \" ' y saltos\nde línea, ñ, 中文"}});
  ASSERT_EQ(answered.status, 201) << answered.body;
  // A document: its bytes live in the database, and in the dump.
  auto ts = server().SignedIn("ts");
  auto meetings = ts.Get("/api/v1/meetings").Json()["items"];
  ASSERT_FALSE(meetings.empty());
  std::string pdf = std::string("%PDF-1.7\n") + std::string("\x00\xff\x01binary\r\n", 11) + "%%EOF";
  auto uploaded =
      ts.Send("POST", "/api/v1/meetings/" + std::to_string(meetings[0]["id"].get<long long>()) + "/files",
              "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Informe.pdf\"\r\nContent-Type: "
              "application/pdf\r\n\r\n" +
                  pdf + "\r\n--XX--\r\n",
              {.headers = {{"Content-Type", "multipart/form-data; boundary=XX"}}});
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;

  auto folder = MakeTemporaryFolder("enlace-backup");
  auto file = (folder / "enlace.backup").string();
  auto& source = server().app().store();
  auto written = storage::BackupToFile(source, file);
  EXPECT_GT(written.tables, 10);
  EXPECT_GT(written.rows, 50);
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u) << "a backup holds password hashes and sessions";
  EXPECT_THROW(storage::BackupToFile(source, file), StorageFailure) << "a backup never overwrites a file";

  TestDatabase target_database(GetParam());
  auto target = OpenEmpty(target_database);
  std::ifstream in(file, std::ios::binary);
  auto restored = storage::RestoreDatabase(*target, in);
  EXPECT_EQ(restored.rows, written.rows);
  EXPECT_EQ(restored.tables, written.tables);
  EXPECT_GT(target->Contents(kBackupBookkeeping)["files"].size(), 0u);
  auto expected = source.Contents(kBackupBookkeeping);
  auto actual = target->Contents(kBackupBookkeeping);
  ASSERT_EQ(actual.size(), expected.size());
  for (const auto& [table, rows] : expected) {
    EXPECT_EQ(actual[table], rows) << "table " << table;
  }

  // Not into a database that has rows.
  std::ifstream again(file, std::ios::binary);
  try {
    storage::RestoreDatabase(*target, again);
    ADD_FAILURE() << "restored into a database that is not empty";
  } catch (const StorageFailure& failure) {
    EXPECT_NE(std::string(failure.what()).find("not empty"), std::string::npos) << failure.what();
  }
  EXPECT_EQ(target->Contents(kBackupBookkeeping), actual) << "a refused restore changed nothing";

  if (GetParam() == Backend::kPostgresql) {
    // New rows get ids after the restored ones.
    target->WithSession([](soci::session& session) {
      auto next = storage::Sql(session, "SELECT nextval(pg_get_serial_sequence('meetings', 'id')) AS n").FetchOne();
      auto max = storage::Sql(session, "SELECT MAX(id) AS n FROM meetings").FetchOne();
      EXPECT_GT(next->IntOr("n"), max->IntOr("n"));
    });
  }
  std::filesystem::remove_all(folder);
}

TEST_P(BackupTest, ABrokenDumpRestoresNothing) {
  auto& source = server().app().store();
  std::stringstream dump;
  storage::DumpDatabase(source, dump);
  std::string text = dump.str();
  // Cut in the middle of the rows: the whole restore is one transaction.
  std::stringstream cut(text.substr(0, text.size() / 2) + "\n{\"row\": [\"too few\"]}\n");
  TestDatabase target_database(GetParam());
  auto target = OpenEmpty(target_database);
  auto before = target->Contents(kBackupBookkeeping);
  EXPECT_THROW(storage::RestoreDatabase(*target, cut), StorageFailure);
  EXPECT_EQ(target->Contents(kBackupBookkeeping), before);
  std::stringstream garbage("not a backup\n");
  EXPECT_THROW(storage::RestoreDatabase(*target, garbage), StorageFailure);
}

}  // namespace
}  // namespace enlace::testing
