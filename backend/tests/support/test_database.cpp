#include "support/test_database.hpp"

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <random>

#include "kernel/storage/soci_store.hpp"

namespace enlace::testing {

std::string BackendName(Backend backend) { return backend == Backend::kSqlite ? "Sqlite" : "Postgresql"; }

std::filesystem::path MakeTemporaryFolder(const std::string& prefix) {
  auto pattern = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

std::string PostgresServerUrl() {
  const char* url = std::getenv("ENLACE_TEST_POSTGRES");
  if (!url || !*url) {
    throw std::runtime_error(
        "ENLACE_TEST_POSTGRES is not set: run the tests with `make test` or scripts/with-postgres.sh, which start a "
        "throwaway PostgreSQL server on loopback");
  }
  return url;
}

namespace {

std::string ReplaceDatabase(const std::string& server_url, const std::string& database) {
  // postgresql://user@host:port/db?params → …/<database>
  auto scheme_end = server_url.find("://");
  auto slash = server_url.find('/', scheme_end == std::string::npos ? 0 : scheme_end + 3);
  auto query = server_url.find('?');
  std::string base = slash == std::string::npos ? server_url : server_url.substr(0, slash);
  std::string rest = query == std::string::npos ? "" : server_url.substr(query);
  return base + "/" + database + rest;
}

}  // namespace

TestDatabase::TestDatabase(Backend backend) : backend_(backend) {
  if (backend == Backend::kSqlite) {
    folder_ = MakeTemporaryFolder("enlace-test-");
    url_ = "sqlite:" + (folder_ / "test.db").string();
    return;
  }
  postgres_server_ = PostgresServerUrl();
  static std::atomic<int> counter = 0;
  std::random_device random;
  postgres_database_ = "enlace_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" +
                       std::to_string(random() % 100000);
  soci::session admin(soci::postgresql, *storage::PostgresKeywords(postgres_server_));
  admin << "CREATE DATABASE " + postgres_database_;
  url_ = ReplaceDatabase(postgres_server_, postgres_database_);
}

TestDatabase::~TestDatabase() {
  try {
    if (backend_ == Backend::kSqlite) {
      std::error_code ignored;
      std::filesystem::remove_all(folder_, ignored);
    } else {
      soci::session admin(soci::postgresql, *storage::PostgresKeywords(postgres_server_));
      admin << "DROP DATABASE IF EXISTS " + postgres_database_ + " WITH (FORCE)";
    }
  } catch (const std::exception& exception) {
    ADD_FAILURE() << "could not remove the test database: " << exception.what();
  }
}

void TestDatabase::Execute(const std::string& sql) {
  if (backend_ == Backend::kSqlite) {
    soci::session session(soci::sqlite3, "db=\"" + (folder_ / "test.db").string() + "\" timeout=30");
    session << sql;
  } else {
    soci::session session(soci::postgresql, *storage::PostgresKeywords(url_));
    session << sql;
  }
}

}  // namespace enlace::testing
