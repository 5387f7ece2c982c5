// The Store over SOCI: a pool of connections to one SQLite file or one PostgreSQL database.
//
// SQLite runs in WAL mode with synchronous=FULL (an acknowledged write survives a crash) and
// foreign keys on; a write transaction starts with BEGIN IMMEDIATE so that writers queue on the
// busy timeout instead of failing on lock upgrade. PostgreSQL may be shared by several servers:
// whatever must happen once across them (the audit chain, migrations) takes an advisory lock.
#pragma once

#include <soci/soci.h>

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "kernel/domain/store.hpp"
#include "kernel/storage/migrations.hpp"
#include "kernel/storage/storage_module.hpp"

namespace enlace::storage {

struct DatabaseUrl {
  Dialect dialect = Dialect::kSqlite;
  std::string connection;  // SQLite: the file path; PostgreSQL: libpq keywords
  bool in_memory = false;  // "sqlite::memory:": a private database that lives as long as the store
};

// "sqlite:PATH", "sqlite::memory:" or "postgresql://…" (also "postgres://…"); kInvalidArgument
// otherwise.
Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url);
// A PostgreSQL URL as libpq "keyword='value'" pairs.
Result<std::string> PostgresKeywords(std::string_view url);

struct StoreOptions {
  int connections = 8;
  bool apply_migrations = true;
  // Seals the audit chain (kernel/crypto/audit_key.hpp). Without one, reading works and appending
  // an audit entry fails.
  std::shared_ptr<const AuditSeal> audit_seal;
};

class SociStore final : public Store {
 public:
  // Opens the database, creating the SQLite file (and its folder) if needed, and applies the
  // pending migrations of the kernel and of `modules`, in that order, unless told not to. Throws
  // StorageFailure when the database cannot be reached.
  SociStore(DatabaseUrl url, StoreOptions options, std::vector<StorageModule> modules);
  ~SociStore() override;

  std::unique_ptr<Transaction> Begin(TransactionMode mode) override;
  bool Ping() override;
  std::string_view backend_name() const override;

  // PostgreSQL, run by the owner of the schema (who applies migrations): lets `role` read and write
  // every table but only append to the audit log. The servers then connect as `role`, which cannot
  // change an audit entry, nor drop or disable the triggers that keep it append-only (only the
  // owner can). Tables later migrations create get the same rights (default privileges).
  void GrantApplicationRole(const std::string& role);
  // Applies pending migrations; returns what was applied ("meetings 2").
  std::vector<std::string> Migrate();
  // The schema version of the kernel and of each module, by name.
  std::map<std::string, int> SchemaVersions();
  // Every row of every table but `skip`, as text ("column=value|…"), sorted, by table: for tests
  // that a refused write changed nothing, and that a restored database equals the original.
  std::map<std::string, std::vector<std::string>> Contents(const std::set<std::string>& skip = {});
  // SQLite only: a consistent copy of the database into `target` while it is in use.
  void BackupTo(const std::string& target);
  // A connection outside any transaction for maintenance (kernel/storage/dump.hpp), given back
  // to the pool when `body` returns or throws.
  void WithSession(const std::function<void(soci::session&)>& body);
  Dialect dialect() const { return url_.dialect; }
  const AuditSeal* audit_seal() const { return options_.audit_seal.get(); }

  // Used by transactions to give their connection back.
  void Release(std::unique_ptr<soci::session> session, bool broken);
  const RepositoryRegistry& repositories() const { return repositories_; }

 private:
  std::unique_ptr<soci::session> Connect();
  std::unique_ptr<soci::session> Acquire();

  DatabaseUrl url_;
  StoreOptions options_;
  std::vector<StorageModule> modules_;  // the kernel's first
  RepositoryRegistry repositories_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<soci::session>> idle_;
  int open_ = 0;
};

}  // namespace enlace::storage
