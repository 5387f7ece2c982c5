// Versioned schema migrations for both databases, applied at start and by `enlace migrate`.
//
// Each capability keeps its own numbered files in its `migrations/` folder, compiled into the
// binary: NNNN_name.sql for both databases, NNNN_name.sqlite.sql or NNNN_name.postgresql.sql for
// one. The store applies the kernel's first, then each capability's in the order the application
// lists them (a capability's tables may refer to those of the capabilities it uses, never the
// other way round), and records (capability, version) in `capability_migrations`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/embedded.hpp"

namespace enlace::storage {

enum class Dialect { kSqlite, kPostgresql };

struct Migration {
  int version = 0;
  std::string name;
  std::vector<std::string> statements;  // ready for the dialect, one statement each
};

// Groups the files under "migrations/" by version, keeps those for `dialect`, substitutes the
// {{id}} and {{bigint}} macros and splits the text into statements.
std::vector<Migration> MigrationsFor(Dialect dialect, EmbeddedFiles files);

// Splits SQL text into statements at semicolons that end a line, keeping trigger bodies
// (BEGIN … END;) and dollar-quoted blocks ($$ … $$) whole. Comment-only lines are dropped.
std::vector<std::string> SplitStatements(std::string_view sql);

}  // namespace enlace::storage
