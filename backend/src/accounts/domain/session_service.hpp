// Signing in and out, and recognising a session on later requests.
//
// A wrong password and an unknown address get the same answer after the same work (a dummy hash is
// verified for unknown addresses). Failures are counted in the database, so that every server of an
// installation sees them: per network address, which after `max_failures` within `failure_window`
// is locked for `lockout`; and per e-mail and address, which backs off (an increasing wait) rather
// than locking the account, so that a right password from another client still works. Sign-in
// answers kRateLimited with the seconds to wait.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "accounts/domain/throttle.hpp"
#include "accounts/domain/user.hpp"
#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

struct SessionSettings {
  std::chrono::seconds idle_timeout{std::chrono::hours{2}};
  std::chrono::seconds absolute_timeout{std::chrono::hours{12}};
  int max_failures = 10;
  std::chrono::seconds failure_window{std::chrono::minutes{15}};
  std::chrono::seconds lockout{std::chrono::minutes{15}};
  int backoff_after = 3;
  // Roles that must sign in with a second factor (`enlace serve --require-mfa`); none by default.
  std::vector<Role> mfa_roles;
  // How long the second step of a sign-in may wait, and how many wrong codes it may take.
  std::chrono::seconds pending_lifetime{std::chrono::minutes{5}};
  int pending_attempts = 5;
  std::string issuer = "enlace";
};

// "secretariat,country_officer" as roles; kInvalidArgument "unknown_role" for any other word.
Result<std::vector<Role>> ParseRoleList(std::string_view text);

// What remains of a sign-in after a right password.
enum class SignInStep { kDone, kCode, kEnrol, kPassword };

struct SignedIn {
  User user;
  std::string token;       // goes in the cookie; only its hash is stored
  std::string csrf_token;  // goes in X-CSRF-Token on every state-changing request
};

// A sign-in either done (a session) or waiting for a step, named by a short-lived pending token.
struct SignInOutcome {
  SignInStep step = SignInStep::kDone;
  std::optional<SignedIn> signed_in;
  std::string pending_token;
  std::vector<std::string> recovery_codes;  // just after enrolling: shown once
};

struct TotpEnrolment {
  std::string secret;  // base32
  std::string uri;     // otpauth://
};

struct MfaStatus {
  bool enabled = false;
  bool required = false;
  int recovery_codes_left = 0;
};

// One of a person's sessions as they see it (never its secret).
struct SessionView {
  std::int64_t id = 0;
  Timestamp created_at{};
  Timestamp last_seen_at{};
  std::string ip;
  std::string user_agent;
  bool current = false;
};

// When a session ends if nothing more happens: after `idle_timeout` without a request, and at
// `absolute_expires_at` whatever happens. `expires_at` is the earlier of the two.
struct SessionExpiry {
  Timestamp expires_at{};
  Timestamp absolute_expires_at{};
  std::chrono::seconds idle_timeout{};
};

struct PendingSignInRef {
  std::int64_t id = 0;
  int attempts = 0;
  std::string ip;
  std::string user_agent;
};

class SessionService {
 public:
  SessionService(Store& store, const PasswordHasher& hasher, const SecretGenerator& secrets, const Clock& clock,
                 SessionSettings settings = {});

  Result<SignInOutcome> SignIn(std::string_view email, std::string_view password, const RequestContext& context,
                               std::string_view user_agent = {});
  // The second step: a TOTP code or a recovery code.
  Result<SignInOutcome> SignInWithCode(std::string_view pending_token, std::string_view code,
                                       const RequestContext& context);
  // The enrolment a role requires, before the session exists.
  Result<TotpEnrolment> EnrolPending(std::string_view pending_token);
  Result<SignInOutcome> ConfirmPendingEnrolment(std::string_view pending_token, std::string_view code,
                                                const RequestContext& context);
  // The forced change of an initial password, before the session exists.
  Result<SignInOutcome> ChangeInitialPassword(std::string_view pending_token, std::string_view new_password,
                                              const RequestContext& context);

  // One's own sessions, and ending one of them (kNotFound for anybody else's).
  Result<std::vector<SessionView>> MySessions(const Authenticated& session);
  Result<void> EndMySession(const Authenticated& session, std::int64_t id, const RequestContext& context);

  // One's own second factor.
  Result<MfaStatus> Mfa(const RequestContext& context);
  Result<TotpEnrolment> Enrol(const RequestContext& context);
  // Confirms the enrolment with a first code; gives the recovery codes (shown once).
  Result<std::vector<std::string>> ConfirmEnrolment(const RequestContext& context, std::string_view code);
  // Needs a current code (or a recovery code) or the password.
  Result<void> DisableMfa(const RequestContext& context, std::string_view code, std::string_view password);
  // nullopt when the token is unknown, expired, or its user is deactivated.
  std::optional<Authenticated> Authenticate(std::string_view token);
  void SignOut(const Authenticated& session, const RequestContext& context);
  // When `session` ends if nothing more happens (every authenticated request counts as activity,
  // recorded at most once a minute); nullopt when it has ended.
  std::optional<SessionExpiry> Expiry(const Authenticated& session);
  // Records activity now, whatever the last one was, and gives the new expiry (which cannot pass
  // the absolute limit).
  std::optional<SessionExpiry> Refresh(const Authenticated& session);

  // What a scheduled job removes (issue 9, finding 8): sessions past their idle or absolute timeout,
  // pending sign-ins past their time, and sign-in throttle counts that no longer lock anything.
  struct Purged {
    int pending = 0;
    int throttle = 0;
  };
  Purged Purge();

 private:
  // The locked key with the longest wait, if any.
  std::optional<int> SecondsLocked(Transaction& transaction, const std::string& email_key,
                                   const std::string& address_key, Timestamp now);
  void CountFailure(Transaction& transaction, const std::string& key, Timestamp now);
  // From the `backoff_after`th failure on, each failure makes the key wait twice as long (1 s, 2 s,
  // 4 s… up to `lockout`).
  void CountBackoff(Transaction& transaction, const std::string& key, Timestamp now);
  ThrottleRules Rules() const;
  bool MfaRequired(Role role) const;
  // The stage after `done` (the steps go: new password, then code or enrolment).
  SignInStep NextStep(Transaction& transaction, const User& user, SignInStep done);
  SignInOutcome Continue(Transaction& transaction, const User& user, SignInStep step, const std::string& ip,
                         const std::string& user_agent, const RequestContext& context, Timestamp now);
  // The pending sign-in of a token at `stage`, still valid; kUnauthenticated "sign_in_expired".
  Result<std::pair<PendingSignInRef, User>> Pending(Transaction& transaction, std::string_view token, SignInStep stage,
                                                    Timestamp now);
  // A TOTP code or an unused recovery code of `user`, used up; false otherwise.
  bool UseCode(Transaction& transaction, UserId user, std::string_view code, Timestamp now);
  std::vector<std::string> NewRecoveryCodes(Transaction& transaction, UserId user);

  Store& store_;
  const PasswordHasher& hasher_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
  SessionSettings settings_;
  std::string dummy_hash_;
};

}  // namespace enlace
