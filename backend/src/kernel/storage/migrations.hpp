// Versioned schema migrations for both databases, applied at start and by `enlace migrate`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace enlace::storage {

enum class Dialect { kSqlite, kPostgresql };

struct MigrationFile {
  std::string file_name;  // "0001_foundation.sql", "0001_foundation.sqlite.sql", ...
  std::string sql;
};

// The files compiled into the binary, sorted by name.
const std::vector<MigrationFile>& EmbeddedMigrations();

struct Migration {
  int version = 0;
  std::string name;
  std::vector<std::string> statements;  // ready for the dialect, one statement each
};

// Groups the files by version, keeps those for `dialect`, substitutes the {{id}} and {{bigint}}
// macros and splits the text into statements.
std::vector<Migration> MigrationsFor(Dialect dialect, const std::vector<MigrationFile>& files);

// Splits SQL text into statements at semicolons that end a line, keeping trigger bodies
// (BEGIN … END;) and dollar-quoted blocks ($$ … $$) whole. Comment-only lines are dropped.
std::vector<std::string> SplitStatements(std::string_view sql);

}  // namespace enlace::storage
