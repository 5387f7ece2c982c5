// Wiring: the store for the configured database (the only place that chooses SQLite or
// PostgreSQL), the text catalogues, the crypto services, and every capability of
// app/capabilities.cpp — its migrations, repositories, services, routes and jobs.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "accounts/domain/session_service.hpp"
#include "kernel/capability/capability.hpp"
#include "kernel/crypto/audit_key.hpp"
#include "kernel/crypto/sodium_secrets.hpp"
#include "kernel/http/api.hpp"
#include "kernel/storage/soci_store.hpp"
#include "notifications/domain/reminder_service.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

struct ApplicationOptions {
  std::string database_url = "sqlite:data/enlace.db";
  std::filesystem::path reference_root;  // one folder per process: data/reference, or share/enlace/reference
  PasswordCost password_cost = PasswordCost::kInteractive;
  int connections = 8;
  SessionSettings sessions;
  ReminderSettings reminders;
  http::ServerSettings server;
  // The key of the audit chain; empty: beside a SQLite file (PATH.audit-key), else
  // data/audit.key. Created when missing while the audit log is empty; refused when missing while
  // it has entries. An in-memory database gets a key of its own.
  std::filesystem::path audit_key_file;
};

// The accounts the demo created now, with their passwords (shown only now).
struct DemoCredential {
  std::string email;
  std::string name;
  std::string password;
  std::string role;
  std::optional<std::string> country;
  std::optional<std::string> organization;
};
struct DemoResult {
  std::vector<DemoCredential> created;
  std::vector<std::string> existing;  // e-mails of demo accounts that were already there
};

// The OpenAPI document this build serves at /api/v1/openapi.json, made without a database file: the
// application is opened over a private in-memory SQLite database, with the reference data of
// `reference_root`. For `enlace openapi` and the tests' contract.
Result<nlohmann::json> DescribeApi(const std::filesystem::path& reference_root);

class Application {
 public:
  // Opens the database (applying migrations) and installs the RCM reference data when the
  // database holds no process yet. Errors: an unusable URL, an unreachable database, missing
  // reference files, a broken text catalogue.
  static Result<std::unique_ptr<Application>> Open(const ApplicationOptions& options, const Clock& clock);
  ~Application();

  Kernel& kernel() { return *kernel_; }
  storage::SociStore& store() { return *store_; }
  const Clock& clock() const { return clock_; }
  const SecretGenerator& secrets() const { return secrets_; }
  const Texts& texts() const { return texts_; }
  const std::vector<Capability>& capabilities() const { return capabilities_; }
  // A service a capability provides.
  template <typename Service>
  Service& Get() {
    return kernel_->services.Get<Service>();
  }

  // The HTTP API over every capability's routes, serving the front end from `static_dir`.
  std::unique_ptr<http::Api> MakeApi(std::filesystem::path static_dir);
  // Every capability's background jobs.
  std::vector<Job> Jobs() const;
  // E-mail from now on goes through `mailer` (not owned; null: none is sent).
  void SetMailer(Mailer* mailer) { kernel_->mailer = mailer; }

  // Loads each capability's demo data (idempotent). `with_meetings`: also the meetings and their
  // follow-up (tests of other features leave them out).
  Result<DemoResult> LoadDemo(bool with_meetings = true);

  // The process with this code; kNotFound "unknown_process" if there is none.
  Result<Process> FindProcess(const std::string& code);
  Result<ProcessId> InstallReference(const std::filesystem::path& directory);
  const std::filesystem::path& reference_root() const { return options_.reference_root; }

 private:
  Application(const ApplicationOptions& options, const Clock& clock);

  ApplicationOptions options_;
  const Clock& clock_;
  std::vector<Capability> capabilities_;
  Texts texts_;
  SodiumPasswordHasher hasher_;
  SodiumSecretGenerator secrets_;
  std::shared_ptr<const HmacAuditSeal> audit_seal_;
  std::unique_ptr<storage::SociStore> store_;
  ServiceRegistry services_;
  std::unique_ptr<Kernel> kernel_;
};

// {"users": [{"email", "password", "role", "country"?, "organization"?}]}
nlohmann::json CredentialsToJson(const std::vector<DemoCredential>& credentials);
std::vector<DemoCredential> CredentialsFromJson(const nlohmann::json& json);

}  // namespace enlace
