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

 private:
  soci::session& session_;
};

class SociSessionRepository final : public SessionRepository {
 public:
  explicit SociSessionRepository(Connection& connection) : session_(connection.session) {}
  void Create(const std::string& token_hash, UserId user, const std::string& csrf_token, Timestamp now,
              const std::string& ip) override;
  std::optional<SessionRecord> FindByTokenHash(const std::string& token_hash) override;
  void Touch(std::int64_t session_id, Timestamp now) override;
  void Delete(std::int64_t session_id) override;
  void DeleteForUser(UserId user) override;
  void DeleteExpired(Timestamp idle_before, Timestamp created_before) override;

 private:
  soci::session& session_;
};

class SociLoginThrottleRepository final : public LoginThrottleRepository {
 public:
  explicit SociLoginThrottleRepository(Connection& connection) : session_(connection.session) {}
  std::optional<ThrottleState> Get(const std::string& key) override;
  void Put(const std::string& key, const ThrottleState& state) override;
  void Clear(const std::string& key) override;

 private:
  soci::session& session_;
};

void RegisterAccountRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
