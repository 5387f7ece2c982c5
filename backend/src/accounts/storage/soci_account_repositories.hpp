// Accounts, sessions and sign-in throttling over SOCI.
#pragma once

#include <soci/soci.h>

#include "accounts/domain/account_repositories.hpp"
#include "kernel/storage/storage_module.hpp"

namespace enlace::storage {

class SociUserRepository final : public UserRepository {
 public:
  explicit SociUserRepository(Connection& connection) : session_(connection.session) {}
  Result<User> Create(const User& user, const std::string& password_hash) override;
  std::optional<User> Find(UserId id) override;
  std::optional<User> FindByEmail(std::string_view email) override;
  std::optional<std::string> PasswordHash(UserId id) override;
  std::vector<User> List(ProcessId process) override;
  bool Update(const User& user, std::int64_t expected_version, Timestamp now) override;
  void SetPasswordHash(UserId id, const std::string& password_hash, Timestamp now) override;
  void SetCalendarTokenHash(UserId id, const std::string& token_hash) override;
  std::optional<User> FindByCalendarTokenHash(const std::string& token_hash) override;
  void ClearCalendarTokenHash(UserId id) override;
  bool MustChangePassword(UserId id) override;
  void SetMustChangePassword(UserId id, bool must) override;

 private:
  soci::session& session_;
};

class SociSessionRepository final : public SessionRepository {
 public:
  explicit SociSessionRepository(Connection& connection) : session_(connection.session) {}
  void Create(const std::string& token_hash, UserId user, const std::string& csrf_token, Timestamp now,
              const std::string& ip, const std::string& user_agent) override;
  std::optional<SessionRecord> Find(std::int64_t session_id) override;
  std::vector<SessionRecord> ListForUser(UserId user) override;
  std::optional<SessionRecord> FindByTokenHash(const std::string& token_hash) override;
  void Touch(std::int64_t session_id, Timestamp now) override;
  void Delete(std::int64_t session_id) override;
  void DeleteForUser(UserId user) override;
  void DeleteForUserExcept(UserId user, std::int64_t keep) override;
  void DeleteExpired(Timestamp idle_before, Timestamp created_before) override;

 private:
  soci::session& session_;
};

class SociMfaRepository final : public MfaRepository {
 public:
  explicit SociMfaRepository(Connection& connection) : session_(connection.session) {}
  std::optional<TotpRecord> Totp(UserId user) override;
  void PutTotp(UserId user, const std::string& secret) override;
  void ConfirmTotp(UserId user, Timestamp now) override;
  bool UseStep(UserId user, std::int64_t step) override;
  void DeleteTotp(UserId user) override;
  void ReplaceRecoveryCodes(UserId user, const std::vector<std::string>& code_hashes) override;
  bool UseRecoveryCode(UserId user, const std::string& code_hash, Timestamp now) override;
  int UnusedRecoveryCodes(UserId user) override;
  void CreatePending(const std::string& token_hash, const PendingSignIn& pending) override;
  std::optional<PendingSignIn> FindPending(const std::string& token_hash) override;
  void SetPendingStage(std::int64_t id, PendingStage stage) override;
  void CountPendingAttempt(std::int64_t id) override;
  void DeletePending(std::int64_t id) override;
  void DeletePendingForUser(UserId user) override;
  int DeleteExpiredPending(Timestamp now) override;

 private:
  soci::session& session_;
};

class SociLoginThrottleRepository final : public LoginThrottleRepository {
 public:
  explicit SociLoginThrottleRepository(Connection& connection) : session_(connection.session) {}
  std::optional<ThrottleState> Get(const std::string& key) override;
  void Put(const std::string& key, const ThrottleState& state) override;
  void Clear(const std::string& key) override;
  int DeleteStale(Timestamp window_before, Timestamp now) override;

 private:
  soci::session& session_;
};

class SociPasswordResetRepository final : public PasswordResetRepository {
 public:
  explicit SociPasswordResetRepository(Connection& connection) : session_(connection.session) {}
  void Create(const std::string& token_hash, UserId user, Timestamp now, Timestamp expires_at) override;
  std::optional<PasswordResetToken> FindByTokenHash(const std::string& token_hash) override;
  void ReplaceOpen(UserId user) override;
  bool Use(std::int64_t id, Timestamp now) override;
  int DeleteExpired(Timestamp before) override;

 private:
  soci::session& session_;
};

void RegisterAccountRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
