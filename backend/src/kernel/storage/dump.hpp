// `enlace backup` and `enlace restore` (issue 9, item 7): every row of every table as JSON lines,
// portable between machines and versions of the database server, restored into an empty database
// and compared table by table in the tests (SociStore::Contents).
//
// The format: a header line {"enlace_backup": 1, "dialect": …, "schema": {capability: version}},
// then for each table, parents before children (foreign keys), a line {"table": name, "columns":
// [...]} followed by one line {"row": [...]} per row. A value is null, a string (its text), or
// {"i": "…"} / {"f": "…"} for SQLite integers and reals and {"x": "hex"} for binary data — the
// bytes of uploaded files live hex-encoded in the dump only. The migration bookkeeping
// (capability_migrations, schema_migrations) is not dumped: the target is migrated by the program
// itself, and restore refuses a dump whose schema versions differ from the target's.
#pragma once

#include <iosfwd>
#include <string>

#include "kernel/storage/soci_store.hpp"

namespace enlace::storage {

struct DumpSummary {
  int tables = 0;
  long long rows = 0;
};

// Writes the dump of `store` inside one read transaction (a consistent snapshot).
DumpSummary DumpDatabase(SociStore& store, std::ostream& out);

// Restores a dump into `store`, which must be migrated to the same schema versions and hold no
// row in any table (else StorageFailure: "the target database is not empty"), in one transaction:
// a broken dump restores nothing. On PostgreSQL the id sequences continue after the restored ids.
DumpSummary RestoreDatabase(SociStore& store, std::istream& in);

// `enlace backup --output FILE`: the dump into a new file created with mode 0600 (it holds every
// password hash and session of the deployment); refuses to overwrite an existing file.
DumpSummary BackupToFile(SociStore& store, const std::string& path);

}  // namespace enlace::storage
