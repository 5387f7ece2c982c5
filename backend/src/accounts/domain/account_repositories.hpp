// Where accounts, sessions and failed sign-in counts are kept (implemented in accounts/storage).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accounts/domain/user.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

class UserRepository : public Repository {
 public:
  virtual ~UserRepository() = default;
  // kConflict "email_taken" when the address is in use.
  virtual Result<User> Create(const User& user, const std::string& password_hash) = 0;
  virtual std::optional<User> Find(UserId id) = 0;
  virtual std::optional<User> FindByEmail(std::string_view email) = 0;
  virtual std::optional<std::string> PasswordHash(UserId id) = 0;
  virtual std::vector<User> List(ProcessId process) = 0;
  // Writes `user` when its stored version is `expected_version`; returns false when stale.
  virtual bool Update(const User& user, std::int64_t expected_version, Timestamp now) = 0;
  virtual void SetPasswordHash(UserId id, const std::string& password_hash, Timestamp now) = 0;
  // The private calendar feed: only the token's hash is stored.
  virtual void SetCalendarTokenHash(UserId id, const std::string& token_hash) = 0;
  virtual std::optional<User> FindByCalendarTokenHash(const std::string& token_hash) = 0;
};

struct SessionRecord {
  std::int64_t id = 0;
  UserId user_id;
  std::string csrf_token;
  Timestamp created_at{};
  Timestamp last_seen_at{};
};

class SessionRepository : public Repository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Create(const std::string& token_hash, UserId user, const std::string& csrf_token, Timestamp now,
                      const std::string& ip) = 0;
  virtual std::optional<SessionRecord> FindByTokenHash(const std::string& token_hash) = 0;
  virtual void Touch(std::int64_t session_id, Timestamp now) = 0;
  virtual void Delete(std::int64_t session_id) = 0;
  virtual void DeleteForUser(UserId user) = 0;
  virtual void DeleteExpired(Timestamp idle_before, Timestamp created_before) = 0;
};

struct ThrottleState {
  int failures = 0;
  Timestamp window_start{};
  std::optional<Timestamp> locked_until;
};

// Failed sign-in counts per key ("email:…", "ip:…"), shared by every server of the installation.
class LoginThrottleRepository : public Repository {
 public:
  virtual ~LoginThrottleRepository() = default;
  virtual std::optional<ThrottleState> Get(const std::string& key) = 0;
  virtual void Put(const std::string& key, const ThrottleState& state) = 0;
  virtual void Clear(const std::string& key) = 0;
};

}  // namespace enlace
