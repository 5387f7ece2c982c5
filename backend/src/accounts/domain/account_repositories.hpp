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
  // The feed URL stops working; the person asks for a new one (after a password change, a reset, a
  // deactivation or a reactivation).
  virtual void ClearCalendarTokenHash(UserId id) = 0;
  // An initial password (set by the Secretariat) must be changed at the next sign-in.
  virtual bool MustChangePassword(UserId id) = 0;
  virtual void SetMustChangePassword(UserId id, bool must) = 0;
};

struct SessionRecord {
  std::int64_t id = 0;
  UserId user_id;
  std::string csrf_token;
  Timestamp created_at{};
  Timestamp last_seen_at{};
  std::string ip;
  std::string user_agent;
};

class SessionRepository : public Repository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Create(const std::string& token_hash, UserId user, const std::string& csrf_token, Timestamp now,
                      const std::string& ip, const std::string& user_agent) = 0;
  virtual std::optional<SessionRecord> Find(std::int64_t session_id) = 0;
  // Newest first.
  virtual std::vector<SessionRecord> ListForUser(UserId user) = 0;
  virtual std::optional<SessionRecord> FindByTokenHash(const std::string& token_hash) = 0;
  virtual void Touch(std::int64_t session_id, Timestamp now) = 0;
  virtual void Delete(std::int64_t session_id) = 0;
  virtual void DeleteForUser(UserId user) = 0;
  // Every session of `user` but `keep`.
  virtual void DeleteForUserExcept(UserId user, std::int64_t keep) = 0;
  virtual void DeleteExpired(Timestamp idle_before, Timestamp created_before) = 0;
};

struct ThrottleState {
  int failures = 0;
  Timestamp window_start{};
  std::optional<Timestamp> locked_until;
};

struct TotpRecord {
  std::string secret;  // base32, as in the otpauth:// URI
  bool confirmed = false;
  std::int64_t last_step = 0;
};

// What a sign-in still needs after a right password.
enum class PendingStage { kCode, kEnrol, kPassword };

struct PendingSignIn {
  std::int64_t id = 0;
  UserId user_id;
  PendingStage stage = PendingStage::kCode;
  int attempts = 0;
  Timestamp expires_at{};
  std::string ip;
  std::string user_agent;
};

// TOTP secrets, recovery codes (hashed) and pending two-step sign-ins.
class MfaRepository : public Repository {
 public:
  virtual ~MfaRepository() = default;
  virtual std::optional<TotpRecord> Totp(UserId user) = 0;
  // Replaces any secret, unconfirmed.
  virtual void PutTotp(UserId user, const std::string& secret) = 0;
  virtual void ConfirmTotp(UserId user, Timestamp now) = 0;
  // Stores `step` as the last one used when it is later than the stored one; false otherwise (a
  // code used twice, even by two requests at once).
  virtual bool UseStep(UserId user, std::int64_t step) = 0;
  virtual void DeleteTotp(UserId user) = 0;

  virtual void ReplaceRecoveryCodes(UserId user, const std::vector<std::string>& code_hashes) = 0;
  // Marks the unused code with this hash used; false when there is none.
  virtual bool UseRecoveryCode(UserId user, const std::string& code_hash, Timestamp now) = 0;
  virtual int UnusedRecoveryCodes(UserId user) = 0;

  virtual void CreatePending(const std::string& token_hash, const PendingSignIn& pending) = 0;
  virtual std::optional<PendingSignIn> FindPending(const std::string& token_hash) = 0;
  virtual void SetPendingStage(std::int64_t id, PendingStage stage) = 0;
  virtual void CountPendingAttempt(std::int64_t id) = 0;
  virtual void DeletePending(std::int64_t id) = 0;
  virtual void DeletePendingForUser(UserId user) = 0;
  // Pending sign-ins whose time is up; returns how many.
  virtual int DeleteExpiredPending(Timestamp now) = 0;
};

// A link to choose a new password, sent by e-mail (only the token's hash is kept). A link is
// open until it is used, replaced by a newer request, or expires.
enum class ResetTokenState { kOpen, kUsed, kReplaced };

struct PasswordResetToken {
  std::int64_t id = 0;
  UserId user_id;
  ResetTokenState state = ResetTokenState::kOpen;
  Timestamp created_at{};
  Timestamp expires_at{};
};

class PasswordResetRepository : public Repository {
 public:
  virtual ~PasswordResetRepository() = default;
  virtual void Create(const std::string& token_hash, UserId user, Timestamp now, Timestamp expires_at) = 0;
  virtual std::optional<PasswordResetToken> FindByTokenHash(const std::string& token_hash) = 0;
  // Marks every open link of `user` replaced (before a new one is made).
  virtual void ReplaceOpen(UserId user) = 0;
  // Marks the link used when it is still open; false otherwise (two requests at once: one wins).
  virtual bool Use(std::int64_t id, Timestamp now) = 0;
  // Links that expired before `before`, in whatever state; returns how many.
  virtual int DeleteExpired(Timestamp before) = 0;
};

// Failed sign-in counts per key ("email:…", "ip:…"), shared by every server of the installation.
class LoginThrottleRepository : public Repository {
 public:
  virtual ~LoginThrottleRepository() = default;
  virtual std::optional<ThrottleState> Get(const std::string& key) = 0;
  virtual void Put(const std::string& key, const ThrottleState& state) = 0;
  virtual void Clear(const std::string& key) = 0;
  // Counts whose window began before `window_before` and that lock nothing after `now`; returns how
  // many. (Without this, every address that ever failed once kept a row for ever.)
  virtual int DeleteStale(Timestamp window_before, Timestamp now) = 0;
};

}  // namespace enlace
