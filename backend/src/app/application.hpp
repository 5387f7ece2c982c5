// Wiring: the store for the configured database, the crypto services, the domain services, and
// the HTTP API over them. This is the only place that chooses SQLite or PostgreSQL.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "kernel/crypto/sodium_secrets.hpp"
#include "audit/domain/audit_service.hpp"
#include "calendars/domain/calendar_service.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "contacts/domain/contact_point_service.hpp"
#include "imports/domain/import_service.hpp"
#include "meetings/domain/meeting_service.hpp"
#include "notifications/domain/notification_service.hpp"
#include "reference/domain/reference_service.hpp"
#include "accounts/domain/session_service.hpp"
#include "accounts/domain/user_service.hpp"
#include "kernel/http/api.hpp"
#include "imports/reader/importer_report_reader.hpp"
#include "kernel/storage/soci_store.hpp"

namespace enlace {

struct ApplicationOptions {
  std::string database_url = "sqlite:data/enlace.db";
  std::filesystem::path project_root;  // holds data/reference
  PasswordCost password_cost = PasswordCost::kInteractive;
  int connections = 8;
  SessionSettings sessions;
};

class Application {
 public:
  // Opens the database (applying migrations) and installs the RCM reference data when the
  // database holds no process yet. Errors: an unusable URL, an unreachable database, missing
  // reference files.
  static Result<std::unique_ptr<Application>> Open(const ApplicationOptions& options, const Clock& clock);

  storage::SociStore& store() { return *store_; }
  const Clock& clock() const { return clock_; }
  const SecretGenerator& secrets() const { return secrets_; }
  SessionService& sessions() { return *sessions_; }
  UserService& users() { return *users_; }
  ReferenceService& reference() { return *reference_; }
  ContactPointService& contact_points() { return *contact_points_; }
  AuditService& audit() { return *audit_; }
  MeetingService& meetings() { return *meetings_; }
  CommitmentService& commitments() { return *commitments_; }
  CalendarService& calendars() { return *calendars_; }
  NotificationService& notifications() { return *notifications_; }
  ImportService& imports() { return *imports_; }
  http::Services HttpServices();

  // The process with this code; kNotFound "unknown_process" if there is none.
  Result<Process> FindProcess(const std::string& code);
  Result<ProcessId> InstallReference(const std::filesystem::path& directory);
  const std::filesystem::path& project_root() const { return options_.project_root; }

 private:
  Application(const ApplicationOptions& options, const Clock& clock, std::unique_ptr<storage::SociStore> store);

  ApplicationOptions options_;
  const Clock& clock_;
  std::unique_ptr<storage::SociStore> store_;
  SodiumPasswordHasher hasher_;
  SodiumSecretGenerator secrets_;
  std::unique_ptr<SessionService> sessions_;
  std::unique_ptr<UserService> users_;
  std::unique_ptr<ReferenceService> reference_;
  std::unique_ptr<ContactPointService> contact_points_;
  std::unique_ptr<AuditService> audit_;
  std::unique_ptr<MeetingService> meetings_;
  std::unique_ptr<CommitmentService> commitments_;
  std::unique_ptr<CalendarService> calendars_;
  std::unique_ptr<NotificationService> notifications_;
  ImporterReportReader report_reader_;
  std::unique_ptr<ImportService> imports_;
};

}  // namespace enlace
