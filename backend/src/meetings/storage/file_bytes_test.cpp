// Uploaded files as bytes (issue 13) on SQLite, and on PostgreSQL when ENLACE_TEST_POSTGRES names a
// server (skipped otherwise): a BLOB / BYTEA column that gives back every byte (NUL, invalid UTF-8,
// all 256 values), read whole or by byte range for streaming; and migration 0004, which converts a
// database whose files were base64 text, losing nothing, and refuses (rolling everything back) a
// row it cannot convert.
#include "kernel/storage/file_bytes.hpp"

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "accounts/capability.hpp"
#include "kernel/storage/soci_store.hpp"
#include "kernel/storage/sql.hpp"
#include "kernel/testing/scratch_database.hpp"
#include "meetings/capability.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "reference/capability.hpp"
#include "reference/domain/reference_repository.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::storage {
namespace {

Timestamp FileBytesAt(const char* text) { return *ParseIsoTimestamp(text); }

std::string EveryByte() {
  std::string bytes;
  for (int round = 0; round < 3; ++round)
    for (int value = 0; value < 256; ++value) bytes.push_back(static_cast<char>(value));
  bytes += std::string("\0\0\xc3\x28\xff\xfe", 6);  // NULs and an invalid UTF-8 sequence at the end
  return bytes;
}

std::string RandomBytes(std::size_t size, unsigned seed) {
  std::mt19937 generator(seed);
  std::string bytes(size, '\0');
  for (auto& c : bytes) c = static_cast<char>(generator() & 0xFF);
  return bytes;
}

MeetingFile FileRecord(const std::string& name, const std::string& bytes) {
  MeetingFile file;
  file.file_name = name;
  file.content_type = "application/octet-stream";
  file.size = static_cast<std::int64_t>(bytes.size());
  file.sha256 = "not-checked-here";
  file.uploaded_at = FileBytesAt("2026-03-01T12:00:00Z");
  return file;
}

class FileBytesTest : public ::testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (auto why = ScratchDatabase::Unavailable(GetParam()); !why.empty()) GTEST_FAIL() << why;
    database_ = std::make_unique<ScratchDatabase>(GetParam(), "enlace-bytes");
  }

  // A store with reference, accounts and meetings; meetings without its migration 0004 when
  // `before_bytes`: the schema in which files were base64 text.
  std::unique_ptr<SociStore> Open(bool before_bytes) {
    std::vector<StorageModule> modules;
    kept_.clear();
    kept_.reserve(3);
    for (const auto& capability : {ReferenceCapability(), AccountsCapability(), MeetingsCapability()}) {
      auto& files = kept_.emplace_back();
      for (const auto& file : capability.files) {
        bool later = file.name.starts_with("migrations/0004") || file.name.starts_with("migrations/0005");
        if (before_bytes && capability.name == "meetings" && later) continue;
        files.push_back(file);
      }
      modules.push_back(StorageModule{capability.name, EmbeddedFiles(files), capability.repositories});
    }
    return std::make_unique<SociStore>(database_->url(), StoreOptions{.connections = 2}, std::move(modules));
  }

  static ProcessId NewProcess(SociStore& store) {
    auto transaction = store.Begin(TransactionMode::kWrite);
    auto process =
        transaction->Get<ReferenceRepository>().Upsert(testing::RcmReference(), FileBytesAt("2026-01-01T00:00:00Z"));
    transaction->Commit();
    return process;
  }

  // A file row as the old schema stored it; its size is that of `bytes`.
  static void InsertOld(SociStore& store, ProcessId process, const std::string& name, const std::string& bytes,
                        const std::string& base64) {
    store.WithSession([&](soci::session& sql) {
      Sql(sql,
          "INSERT INTO files (process_id, file_name, content_type, size, sha256, content_base64, uploaded_at) "
          "VALUES (:p, :name, 'application/pdf', :size, 'x', :b64, '2016-11-15T10:00:00Z')")
          .Bind("p", static_cast<long long>(process))
          .Bind("name", name)
          .Bind("size", static_cast<long long>(bytes.size()))
          .Bind("b64", base64)
          .Execute();
    });
  }

  std::unique_ptr<ScratchDatabase> database_;
  std::vector<std::vector<EmbeddedFile>> kept_;
};

INSTANTIATE_TEST_SUITE_P(Databases, FileBytesTest, ::testing::Values(Dialect::kSqlite, Dialect::kPostgresql),
                         [](const auto& info) { return info.param == Dialect::kSqlite ? "sqlite" : "postgresql"; });

TEST_P(FileBytesTest, EveryByteComesBackWholeAndByRangeFromABinaryColumn) {
  auto store = Open(false);
  auto process = NewProcess(*store);
  auto bytes = EveryByte();
  auto big = RandomBytes(9 * 1024 * 1024 + 17, 7);  // more than two of the repository's read chunks
  AttachmentId small_id{0};
  AttachmentId big_id{0};
  {
    auto transaction = store->Begin(TransactionMode::kWrite);
    auto& files = transaction->Get<FileRepository>();
    small_id = files.Add(process, FileRecord("every-byte.bin", bytes), bytes, std::nullopt, std::nullopt).id;
    big_id = files.Add(process, FileRecord("big.bin", big), big, std::nullopt, std::nullopt).id;
    transaction->Commit();
  }
  {
    auto transaction = store->Begin(TransactionMode::kRead);
    auto& files = transaction->Get<FileRepository>();
    EXPECT_EQ(files.Content(small_id), std::optional<std::string>(bytes));
    auto whole_big = files.Content(big_id);
    ASSERT_TRUE(whole_big);
    EXPECT_EQ(whole_big->size(), big.size());
    EXPECT_TRUE(*whole_big == big) << "a file larger than one read chunk comes back identical";
    EXPECT_EQ(files.ContentRange(small_id, 0, 10), std::optional<std::string>(bytes.substr(0, 10)));
    EXPECT_EQ(files.ContentRange(small_id, 250, 12), std::optional<std::string>(bytes.substr(250, 12)));
    auto size = static_cast<std::int64_t>(bytes.size());
    EXPECT_EQ(files.ContentRange(small_id, size - 3, 100), std::optional<std::string>(bytes.substr(bytes.size() - 3)))
        << "fewer bytes at the end";
    EXPECT_EQ(files.ContentRange(small_id, size + 5, 10), std::optional<std::string>("")) << "none past the end";
    std::string streamed;
    for (std::int64_t offset = 0;; offset += 1000 * 1000) {
      auto chunk = files.ContentRange(big_id, offset, 1000 * 1000);
      ASSERT_TRUE(chunk);
      if (chunk->empty()) break;
      streamed += *chunk;
    }
    EXPECT_TRUE(streamed == big) << "reading by ranges gives the same bytes";
    EXPECT_FALSE(files.Content(AttachmentId{999999}));
    EXPECT_FALSE(files.ContentRange(AttachmentId{999999}, 0, 10));
    transaction->Commit();
  }
  // Stored as bytes, not as text.
  store->WithSession([&](soci::session& sql) {
    auto row = Sql(sql, GetParam() == Dialect::kSqlite
                            ? "SELECT typeof(content) AS t, length(content) AS n FROM files WHERE id = :id"
                            : "SELECT pg_typeof(content)::text AS t, length(content) AS n FROM files WHERE id = :id")
                   .Bind("id", static_cast<long long>(small_id))
                   .FetchOne();
    ASSERT_TRUE(row);
    EXPECT_EQ(row->TextOr("t"), GetParam() == Dialect::kSqlite ? "blob" : "bytea");
    EXPECT_EQ(row->IntOr("n"), static_cast<long long>(bytes.size()));
  });
}

TEST_P(FileBytesTest, Base64RowsBecomeTheSameBytes) {
  std::vector<std::pair<std::string, std::string>> originals = {
      {"every-byte.bin", EveryByte()},
      {"empty.txt", ""},
      {"one.bin", std::string(1, '\0')},
      {"two.bin", "\xff\x01"},
      {"three.bin", "abc"},
      {"big.bin", RandomBytes(3 * 1024 * 1024 + 1, 11)},
      {"acta.pdf", std::string("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n\0\0 end", 20)}};
  ProcessId process{0};
  {
    auto before = Open(true);
    EXPECT_EQ(before->SchemaVersions()["meetings"], 3);
    process = NewProcess(*before);
    for (const auto& [name, bytes] : originals) InsertOld(*before, process, name, bytes, EncodeStoredBase64(bytes));
  }
  auto after = Open(false);
  EXPECT_GE(after->SchemaVersions()["meetings"], 4);
  after->WithSession([&](soci::session& sql) {
    auto columns =
        Sql(sql, GetParam() == Dialect::kSqlite ? "SELECT name FROM pragma_table_info('files')"
                                                : "SELECT column_name AS name FROM information_schema.columns WHERE "
                                                  "table_name = 'files' AND table_schema = current_schema()")
            .Fetch();
    for (const auto& column : columns) EXPECT_NE(column.TextOr("name"), "content_base64") << "the text column is gone";
  });
  auto transaction = after->Begin(TransactionMode::kRead);
  auto& files = transaction->Get<FileRepository>();
  std::size_t checked = 0;
  for (long long id = 1; id <= static_cast<long long>(originals.size()); ++id) {
    auto file = files.Find(process, AttachmentId{id});
    ASSERT_TRUE(file) << id;
    auto expected = std::find_if(originals.begin(), originals.end(),
                                 [&](const auto& original) { return original.first == file->file_name; });
    ASSERT_NE(expected, originals.end());
    auto content = files.Content(file->id);
    ASSERT_TRUE(content) << file->file_name;
    EXPECT_TRUE(*content == expected->second) << file->file_name << " is byte-identical after the migration";
    ++checked;
  }
  EXPECT_EQ(checked, originals.size());
  transaction->Commit();
}

TEST_P(FileBytesTest, ARowThatIsNotBase64StopsTheMigrationAndKeepsTheText) {
  {
    auto before = Open(true);
    auto process = NewProcess(*before);
    InsertOld(*before, process, "good.pdf", "abc", "YWJj");
    InsertOld(*before, process, "broken.pdf", "abcdef", "not base64!");
  }
  EXPECT_THROW(Open(false), StorageFailure);
  auto again = Open(true);  // applies nothing: the meetings' schema is still at 3
  EXPECT_EQ(again->SchemaVersions()["meetings"], 3) << "the migration rolled back";
  auto rows = again->Contents()["files"];
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& row : rows) EXPECT_NE(row.find("content_base64="), std::string::npos) << row;
}

TEST_P(FileBytesTest, ARowOfTheWrongSizeStopsTheMigration) {
  {
    auto before = Open(true);
    auto process = NewProcess(*before);
    InsertOld(*before, process, "short.pdf", "abcdef", "YWJj");  // "abc": 3 bytes, recorded as 6
  }
  EXPECT_THROW(Open(false), StorageFailure);
  EXPECT_EQ(Open(true)->SchemaVersions()["meetings"], 3);
}

}  // namespace
}  // namespace enlace::storage
