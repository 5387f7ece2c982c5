// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new database on
// the PostgreSQL server named by ENLACE_TEST_POSTGRES. Removed when the object goes.
#pragma once

#include <filesystem>
#include <string>

namespace enlace::testing {

enum class Backend { kSqlite, kPostgresql };
std::string BackendName(Backend backend);

class TestDatabase {
 public:
  explicit TestDatabase(Backend backend);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }
  Backend backend() const { return backend_; }
  // Runs SQL on the database outside the application (to tamper with it in tests).
  void Execute(const std::string& sql);

 private:
  Backend backend_;
  std::string url_;
  std::filesystem::path folder_;
  std::string postgres_server_;
  std::string postgres_database_;
};

// The PostgreSQL server URL for tests; fails the current test with a clear message when unset.
std::string PostgresServerUrl();
// A fresh temporary folder under the system's temp directory.
std::filesystem::path MakeTemporaryFolder(const std::string& prefix);

}  // namespace enlace::testing
