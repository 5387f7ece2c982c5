// Migration 0003 of meetings widens the deadline kinds of commitments with "standing" (issue 11).
// On SQLite the CHECK is edited in place instead of rebuilding the table, because dropping
// `commitments` inside the migrations' transaction (foreign keys on) would cascade to its answers.
// This test upgrades a database made before 0003 and checks that every answer is still there and
// that the new kind, and only the listed kinds, can be stored.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "accounts/capability.hpp"
#include "kernel/storage/soci_store.hpp"
#include "meetings/capability.hpp"
#include "reference/capability.hpp"

namespace enlace::storage {
namespace {

std::vector<StorageModule> Modules(bool with_0003, std::vector<std::vector<EmbeddedFile>>& keep) {
  std::vector<StorageModule> modules;
  for (const auto& capability : {ReferenceCapability(), AccountsCapability(), MeetingsCapability()}) {
    auto& files = keep.emplace_back();
    for (const auto& file : capability.files) {
      // (Without 0003, without the later ones either: a database as it was before 0003.)
      bool from_0003 = file.name.starts_with("migrations/") && file.name >= std::string_view("migrations/0003");
      if (!with_0003 && capability.name == "meetings" && from_0003) continue;
      files.push_back(file);
    }
    modules.push_back(StorageModule{capability.name, EmbeddedFiles(files), capability.repositories});
  }
  return modules;
}

void Insert(SociStore& store, const std::string& kind, long long id) {
  store.WithSession([&](soci::session& sql) {
    sql << "PRAGMA foreign_keys=OFF";  // the rows below stand alone: no process, meeting or user
    sql << "INSERT INTO commitments (id, process_id, meeting_id, agreement_id, party, deadline_text, deadline_kind, "
           "status, created_at, updated_at) VALUES ("
        << id << ", 1, 1, 1, 'TS', 'x', '" << kind << "', 'open', '2016-11-15', '2016-11-15')";
    sql << "PRAGMA foreign_keys=ON";
  });
}

TEST(StandingDeadlinesMigrationTest, AnOlderSqliteDatabaseKeepsEveryAnswerAndAcceptsStandingDeadlines) {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("enlace-standing-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  DatabaseUrl url{Dialect::kSqlite, path.string()};
  {
    std::vector<std::vector<EmbeddedFile>> keep;
    SociStore before(url, StoreOptions{.connections = 1}, Modules(false, keep));
    EXPECT_EQ(before.SchemaVersions()["meetings"], 2);
    Insert(before, "vague", 1);
    before.WithSession([](soci::session& sql) {
      sql << "PRAGMA foreign_keys=OFF";
      sql << "INSERT INTO commitment_updates (commitment_id, text, links_json, author_id, at) "
             "VALUES (1, 'Honduras answered', '[]', 1, '2016-12-01')";
      sql << "PRAGMA foreign_keys=ON";
    });
    EXPECT_THROW(Insert(before, "standing", 2), std::exception) << "0002's CHECK refuses the new kind";
  }
  {
    std::vector<std::vector<EmbeddedFile>> keep;
    SociStore after(url, StoreOptions{.connections = 2}, Modules(true, keep));
    EXPECT_GE(after.SchemaVersions()["meetings"], 3);
    int answers = 0;
    int commitments = 0;
    after.WithSession([&](soci::session& sql) {
      sql << "SELECT COUNT(*) FROM commitment_updates", soci::into(answers);
      sql << "SELECT COUNT(*) FROM commitments", soci::into(commitments);
    });
    EXPECT_EQ(answers, 1) << "the answer survived the migration";
    EXPECT_EQ(commitments, 1);
    // The store opened after the migration knows the new CHECK.
    Insert(after, "standing", 2);
    Insert(after, "standing", 3);
    EXPECT_THROW(Insert(after, "someday", 4), std::exception) << "the CHECK still refuses other kinds";
    std::string integrity;
    after.WithSession([&](soci::session& sql) { sql << "PRAGMA integrity_check", soci::into(integrity); });
    EXPECT_EQ(integrity, "ok");
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
}

}  // namespace
}  // namespace enlace::storage
