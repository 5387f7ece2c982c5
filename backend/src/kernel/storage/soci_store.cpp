#include "kernel/storage/soci_store.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <set>

#include "kernel/domain/reasons.hpp"
#include "kernel/storage/audit_repository.hpp"
#include "kernel/storage/file_bytes.hpp"
#include "kernel/storage/sql.hpp"

namespace enlace::embedded {
EmbeddedFiles kernel();
}  // namespace enlace::embedded

namespace enlace::storage {

namespace {

std::string Decode(std::string_view text) {
  std::string result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      result.push_back(static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      result.push_back(text[i]);
    }
  }
  return result;
}

std::string Quote(const std::string& value) {
  std::string quoted = "'";
  for (char c : value) {
    if (c == '\\' || c == '\'') quoted.push_back('\\');
    quoted.push_back(c);
  }
  return quoted + "'";
}

}  // namespace

// SOCI hands its connection string to libpq as "keyword=value" pairs; a URL is taken apart here.
// postgresql://user:password@host:port/database?sslmode=require&…
Result<std::string> PostgresKeywords(std::string_view url) {
  auto rest = url.substr(url.find("://") + 3);
  std::string query;
  if (auto question = rest.find('?'); question != std::string_view::npos) {
    query = std::string(rest.substr(question + 1));
    rest = rest.substr(0, question);
  }
  std::string database;
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    database = Decode(rest.substr(slash + 1));
    rest = rest.substr(0, slash);
  }
  std::string user, password;
  if (auto at = rest.rfind('@'); at != std::string_view::npos) {
    auto credentials = rest.substr(0, at);
    rest = rest.substr(at + 1);
    auto colon = credentials.find(':');
    user = Decode(credentials.substr(0, colon));
    if (colon != std::string_view::npos) password = Decode(credentials.substr(colon + 1));
  }
  std::string host(rest), port;
  if (!host.empty() && host.front() == '[') {
    auto close = host.find(']');
    if (close == std::string::npos)
      return std::unexpected(Error::Invalid(reasons::kInvalidDatabaseUrl, "unclosed [ in host"));
    if (close + 1 < host.size() && host[close + 1] == ':') port = host.substr(close + 2);
    host = host.substr(1, close - 1);
  } else if (auto colon = host.rfind(':'); colon != std::string::npos) {
    port = host.substr(colon + 1);
    host = host.substr(0, colon);
  }
  if (!port.empty() && port.find_first_not_of("0123456789") != std::string::npos) {
    return std::unexpected(Error::Invalid(reasons::kInvalidDatabaseUrl, "the port is not a number"));
  }
  std::string keywords;
  auto add = [&](const std::string& key, const std::string& value) {
    if (value.empty()) return;
    if (!keywords.empty()) keywords += ' ';
    keywords += key + "=" + Quote(value);
  };
  add("host", Decode(host));
  add("port", port);
  add("dbname", database);
  add("user", user);
  add("password", password);
  std::size_t start = 0;
  while (start < query.size()) {
    auto end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    auto pair = query.substr(start, end - start);
    auto equals = pair.find('=');
    if (equals != std::string::npos) add(Decode(pair.substr(0, equals)), Decode(pair.substr(equals + 1)));
    start = end + 1;
  }
  return keywords;
}

Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url) {
  if (url == "sqlite::memory:") {
    // A shared-cache in-memory database, so that every connection of the pool sees the same one;
    // it disappears with the last connection.
    static std::atomic<int> counter = 0;
    return DatabaseUrl{Dialect::kSqlite,
                       "file:enlace-memory-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) +
                           "?mode=memory&cache=shared",
                       true};
  }
  if (url.starts_with("sqlite:")) {
    auto path = url.substr(7);
    if (path.starts_with("//")) path.remove_prefix(2);
    if (path.empty()) return std::unexpected(Error::Invalid(reasons::kInvalidDatabaseUrl, "sqlite: needs a file path"));
    return DatabaseUrl{Dialect::kSqlite, std::string(path)};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    auto keywords = PostgresKeywords(url);
    if (!keywords) return std::unexpected(keywords.error());
    return DatabaseUrl{Dialect::kPostgresql, *keywords};
  }
  return std::unexpected(
      Error::Invalid(reasons::kInvalidDatabaseUrl, "use sqlite:PATH or postgresql://user@host:port/database"));
}

namespace {

// Keeps SOCI and the pool apart: the transaction owns one connection while it lives, and makes
// each repository it is asked for once, over that connection.
class SociTransaction final : public Transaction {
 public:
  SociTransaction(SociStore& store, std::unique_ptr<soci::session> session, TransactionMode mode)
      : store_(store), session_(std::move(session)), connection_{*session_, store.dialect(), mode, store.audit_seal()} {
    Guarded([&] {
      if (store_.dialect() == Dialect::kSqlite) {
        *session_ << (mode == TransactionMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
      } else {
        *session_ << (mode == TransactionMode::kWrite ? "BEGIN" : "BEGIN READ ONLY");
      }
    });
  }

  ~SociTransaction() override {
    repositories_.clear();  // before the connection goes back to the pool
    bool broken = false;
    if (!finished_) {
      try {
        *session_ << "ROLLBACK";
      } catch (...) {
        broken = true;  // the connection is in an unknown state: do not reuse it
      }
    }
    store_.Release(std::move(session_), broken);
  }

  void Commit() override {
    Guarded([&] { *session_ << "COMMIT"; });
    finished_ = true;
  }

 protected:
  Repository& Find(std::type_index type) override {
    if (auto found = repositories_.find(type); found != repositories_.end()) return *found->second;
    const auto* factory = store_.repositories().Find(type);
    if (!factory) throw StorageFailure(std::string("no repository is registered for ") + type.name());
    return *repositories_.emplace(type, (*factory)(connection_)).first->second;
  }

 private:
  SociStore& store_;
  std::unique_ptr<soci::session> session_;
  Connection connection_;
  bool finished_ = false;
  std::map<std::type_index, std::unique_ptr<Repository>> repositories_;
};

// Databases migrated before capabilities kept their own migrations recorded one global version in
// `schema_migrations`; each old version is the same SQL as these capability migrations.
const std::map<int, std::vector<std::pair<std::string, int>>>& LegacyVersions() {
  static const std::map<int, std::vector<std::pair<std::string, int>>> versions = {
      {1, {{"kernel", 1}, {"reference", 1}, {"accounts", 1}, {"contacts", 1}}},
      {2, {{"accounts", 2}, {"meetings", 1}, {"notifications", 1}}},
      {3, {{"imports", 1}}},
  };
  return versions;
}

}  // namespace

SociStore::SociStore(DatabaseUrl url, StoreOptions options, std::vector<StorageModule> modules)
    : url_(std::move(url)), options_(options) {
  if (options_.connections < 1) options_.connections = 1;
  modules_.push_back(StorageModule{.name = "kernel", .files = embedded::kernel(), .repositories = [](auto& registry) {
                                     registry.template Add<AuditRepository, SociAuditRepository>();
                                   }});
  std::set<std::string> names;
  for (auto& module : modules) modules_.push_back(std::move(module));
  for (const auto& module : modules_) {
    if (!names.insert(module.name).second) throw std::logic_error("storage module listed twice: " + module.name);
    if (module.repositories) module.repositories(repositories_);
  }
  if (url_.dialect == Dialect::kSqlite && !url_.in_memory) {
    auto folder = std::filesystem::path(url_.connection).parent_path();
    std::error_code ignored;
    if (!folder.empty()) std::filesystem::create_directories(folder, ignored);
  }
  // Open one connection now so that a wrong URL fails at start, not at the first request.
  open_ = 1;
  Release(Connect(), false);
  if (options_.apply_migrations) Migrate();
}

SociStore::~SociStore() = default;

std::unique_ptr<soci::session> SociStore::Connect() {
  return Guarded([&] {
    std::unique_ptr<soci::session> session;
    if (url_.dialect == Dialect::kSqlite) {
      session = std::make_unique<soci::session>(soci::sqlite3, "db=\"" + url_.connection + "\" timeout=30");
      *session << "PRAGMA journal_mode=WAL";
      *session << "PRAGMA synchronous=FULL";
      *session << "PRAGMA foreign_keys=ON";
      *session << "PRAGMA busy_timeout=30000";
      RegisterSqliteByteFunctions(*session);  // the migration of files to bytes uses them
    } else {
      session = std::make_unique<soci::session>(soci::postgresql, url_.connection);
      *session << "SET client_min_messages TO WARNING";
    }
    return session;
  });
}

std::unique_ptr<soci::session> SociStore::Acquire() {
  {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !idle_.empty() || open_ < options_.connections; });
    if (!idle_.empty()) {
      auto session = std::move(idle_.back());
      idle_.pop_back();
      return session;
    }
    ++open_;
  }
  try {
    return Connect();
  } catch (...) {
    std::lock_guard lock(mutex_);
    --open_;
    available_.notify_one();
    throw;
  }
}

void SociStore::Release(std::unique_ptr<soci::session> session, bool broken) {
  std::lock_guard lock(mutex_);
  if (broken || !session) {
    --open_;
  } else {
    idle_.push_back(std::move(session));
  }
  available_.notify_one();
}

std::unique_ptr<Transaction> SociStore::Begin(TransactionMode mode) {
  auto session = Acquire();
  try {
    return std::make_unique<SociTransaction>(*this, std::move(session), mode);
  } catch (const StorageFailure&) {
    // The transaction did not start: the connection is suspect (for example the server restarted).
    Release(nullptr, true);
    throw;
  }
}

bool SociStore::Ping() {
  try {
    auto session = Acquire();
    bool broken = false;
    try {
      *session << "SELECT 1";
    } catch (...) {
      broken = true;
    }
    Release(std::move(session), broken);
    return !broken;
  } catch (const StorageFailure&) {
    return false;
  }
}

std::string_view SociStore::backend_name() const { return url_.dialect == Dialect::kSqlite ? "sqlite" : "postgresql"; }

void SociStore::GrantApplicationRole(const std::string& role) {
  if (url_.dialect != Dialect::kPostgresql) throw StorageFailure("application roles are a PostgreSQL matter");
  if (role.empty() || role.size() > 63 ||
      role.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos ||
      (role[0] >= '0' && role[0] <= '9')) {
    throw StorageFailure("a role name is lowercase letters, digits and _");
  }
  auto session = Acquire();
  bool broken = false;
  try {
    Guarded([&] {
      auto& sql = *session;
      sql << "BEGIN";
      sql << "SELECT pg_advisory_xact_lock(7310001)";
      sql << "GRANT USAGE ON SCHEMA public TO " + role;
      sql << "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role;
      sql << "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + role;
      // Tables that later migrations create (as this owner) get the same.
      sql << "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role;
      sql << "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + role;
      // The audit log is appended to and read, never changed; the migrations are the owner's.
      sql << "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM " + role;
      sql << "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON capability_migrations FROM " + role;
      sql << "COMMIT";
    });
  } catch (...) {
    broken = true;
    try {
      *session << "ROLLBACK";
    } catch (...) {
    }
    Release(std::move(session), broken);
    throw;
  }
  Release(std::move(session), broken);
}

std::vector<std::string> SociStore::Migrate() {
  auto session = Acquire();
  std::vector<std::string> applied;
  bool broken = false;
  try {
    Guarded([&] {
      auto& sql = *session;
      if (url_.dialect == Dialect::kSqlite) {
        sql << "BEGIN IMMEDIATE";
      } else {
        sql << "BEGIN";
        // Several servers may start at once against one database: one migrates, the others wait.
        sql << "SELECT pg_advisory_xact_lock(7310001)";
      }
      // (Checked first on PostgreSQL: the application's role may read the schema but not create in it.)
      bool exists =
          url_.dialect == Dialect::kPostgresql &&
          Sql(sql, "SELECT to_regclass('capability_migrations') IS NOT NULL AS e").FetchOne()->IntOr("e") != 0;
      if (!exists) {
        sql << "CREATE TABLE IF NOT EXISTS capability_migrations (capability TEXT NOT NULL, version INTEGER NOT NULL, "
               "name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (capability, version))";
      }
      auto now = FormatIsoTimestamp(SystemClock().Now());
      auto record = [&](const std::string& capability, int version, const std::string& name) {
        Sql(sql,
            "INSERT INTO capability_migrations (capability, version, name, applied_at) "
            "VALUES (:capability, :version, :name, :at)")
            .Bind("capability", capability)
            .Bind("version", version)
            .Bind("name", name)
            .Bind("at", now)
            .Execute();
      };
      bool fresh = Sql(sql, "SELECT COUNT(*) AS n FROM capability_migrations").FetchOne()->IntOr("n") == 0;
      bool legacy = fresh && !Sql(sql, url_.dialect == Dialect::kSqlite
                                           ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = "
                                             "'schema_migrations'"
                                           : "SELECT tablename AS name FROM pg_tables WHERE tablename = "
                                             "'schema_migrations' AND schemaname = current_schema()")
                                  .Fetch()
                                  .empty();
      if (legacy) {
        for (const auto& row : Sql(sql, "SELECT version FROM schema_migrations ORDER BY version").Fetch()) {
          auto found = LegacyVersions().find(static_cast<int>(row.IntOr("version")));
          if (found == LegacyVersions().end()) continue;
          for (const auto& [capability, version] : found->second) record(capability, version, "legacy");
        }
      }
      for (const auto& module : modules_) {
        int current = static_cast<int>(
            Sql(sql, "SELECT COALESCE(MAX(version), 0) AS v FROM capability_migrations WHERE capability = :c")
                .Bind("c", module.name)
                .FetchOne()
                ->IntOr("v"));
        for (const auto& migration : MigrationsFor(url_.dialect, module.files)) {
          if (migration.version <= current) continue;
          for (const auto& statement : migration.statements) sql << statement;
          record(module.name, migration.version, migration.name);
          applied.push_back(module.name + " " + std::to_string(migration.version) + " " + migration.name);
        }
      }
      sql << "COMMIT";
    });
  } catch (...) {
    try {
      *session << "ROLLBACK";
    } catch (...) {
      broken = true;
    }
    Release(std::move(session), broken);
    throw;
  }
  Release(std::move(session), false);
  return applied;
}

std::map<std::string, int> SociStore::SchemaVersions() {
  auto session = Acquire();
  std::map<std::string, int> versions;
  try {
    for (const auto& row :
         Sql(*session, "SELECT capability, MAX(version) AS v FROM capability_migrations GROUP BY capability").Fetch()) {
      versions[row.TextOr("capability")] = static_cast<int>(row.IntOr("v"));
    }
  } catch (...) {
    Release(std::move(session), false);
    throw;
  }
  Release(std::move(session), false);
  return versions;
}

std::map<std::string, std::vector<std::string>> SociStore::Contents(const std::set<std::string>& skip) {
  auto session = Acquire();
  std::map<std::string, std::vector<std::string>> contents;
  try {
    Guarded([&] {
      auto tables =
          Sql(*session, url_.dialect == Dialect::kSqlite
                            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                            : "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()")
              .Fetch();
      for (const auto& table : tables) {
        auto name = table.TextOr("name");
        // The search index is derived data (SQLite's FTS5 keeps it in BLOB pages): not compared.
        if (skip.contains(name) || name.starts_with("search_")) continue;
        auto& rows = contents[name];
        for (const auto& row : Sql(*session, "SELECT * FROM " + name).Fetch()) {
          std::string text;
          for (std::size_t i = 0; i < row.names().size(); ++i) {
            text += (i ? "|" : "") + row.names()[i] + "=" + row.values()[i].value_or("NULL");
          }
          rows.push_back(std::move(text));
        }
        std::sort(rows.begin(), rows.end());
      }
    });
  } catch (...) {
    Release(std::move(session), false);
    throw;
  }
  Release(std::move(session), false);
  return contents;
}

void SociStore::WithSession(const std::function<void(soci::session&)>& body) {
  auto session = Acquire();
  try {
    Guarded([&] { body(*session); });
  } catch (...) {
    Release(std::move(session), true);
    throw;
  }
  Release(std::move(session), false);
}

void SociStore::BackupTo(const std::string& target) {
  using namespace sqlite_api;  // SOCI's header wraps sqlite3.h in this namespace
  if (url_.dialect != Dialect::kSqlite) throw StorageFailure("online backup is for SQLite; use pg_dump");
  sqlite3* source = nullptr;
  sqlite3* destination = nullptr;
  if (sqlite3_open_v2(url_.connection.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(source);
    throw StorageFailure("cannot open " + url_.connection);
  }
  if (sqlite3_open(target.c_str(), &destination) != SQLITE_OK) {
    sqlite3_close(source);
    sqlite3_close(destination);
    throw StorageFailure("cannot create " + target);
  }
  sqlite3_busy_timeout(source, 30000);
  auto* backup = sqlite3_backup_init(destination, "main", source, "main");
  int rc = SQLITE_OK;
  if (backup) {
    // Copy in steps so that writers are not held off for the whole copy.
    do {
      rc = sqlite3_backup_step(backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
  }
  std::string message = sqlite3_errmsg(destination);
  rc = backup ? (rc == SQLITE_DONE ? SQLITE_OK : rc) : sqlite3_errcode(destination);
  sqlite3_close(source);
  sqlite3_close(destination);
  if (rc != SQLITE_OK) throw StorageFailure("backup failed: " + message);
}

}  // namespace enlace::storage
