#include "kernel/testing/scratch_database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <system_error>

namespace enlace::storage {
namespace {
std::atomic<int> scratch_counter = 0;
}  // namespace

std::string ScratchDatabase::Unavailable(Dialect dialect) {
  const char* server = std::getenv("ENLACE_TEST_POSTGRES");
  if (dialect == Dialect::kPostgresql && (!server || !*server))
    return "ENLACE_TEST_POSTGRES is not set: run the tests with `make test` or scripts/with-postgres.sh";
  return "";
}

ScratchDatabase::ScratchDatabase(Dialect dialect, const std::string& prefix) : dialect_(dialect) {
  auto unique = std::to_string(::getpid()) + "-" + std::to_string(++scratch_counter);
  if (dialect == Dialect::kSqlite) {
    folder_ = std::filesystem::temp_directory_path() / (prefix + "-" + unique);
    std::filesystem::create_directories(folder_);
    url_ = DatabaseUrl{Dialect::kSqlite, (folder_ / "test.db").string()};
    return;
  }
  server_ = std::getenv("ENLACE_TEST_POSTGRES");
  name_ = prefix + "_" + unique;
  std::replace(name_.begin(), name_.end(), '-', '_');
  soci::session admin(soci::postgresql, *PostgresKeywords(server_));
  admin << "CREATE DATABASE " + name_;
  auto slash = server_.find('/', server_.find("://") + 3);
  auto query = server_.find('?');
  url_ = *ParseDatabaseUrl(server_.substr(0, slash) + "/" + name_ +
                           (query == std::string::npos ? "" : server_.substr(query)));
}

ScratchDatabase::~ScratchDatabase() {
  std::error_code ignored;
  if (dialect_ == Dialect::kSqlite) {
    std::filesystem::remove_all(folder_, ignored);
    return;
  }
  try {
    soci::session admin(soci::postgresql, *PostgresKeywords(server_));
    admin << "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)";
  } catch (const std::exception&) {
  }
}

}  // namespace enlace::storage
