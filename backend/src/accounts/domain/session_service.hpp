// Signing in and out, and recognising a session on later requests.
//
// A wrong password and an unknown address get the same answer after the same work (a dummy hash is
// verified for unknown addresses). Failures are counted per address and per e-mail in the
// database, so that every server of an installation sees them; after `max_failures` within
// `failure_window` the key is locked for `lockout` and sign-in answers kRateLimited with the
// seconds to wait.
#pragma once

#include <chrono>
#include <optional>
#include <string>

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
};

struct SignedIn {
  User user;
  std::string token;       // goes in the cookie; only its hash is stored
  std::string csrf_token;  // goes in X-CSRF-Token on every state-changing request
};

class SessionService {
 public:
  SessionService(Store& store, const PasswordHasher& hasher, const SecretGenerator& secrets, const Clock& clock,
                 SessionSettings settings = {});

  Result<SignedIn> SignIn(std::string_view email, std::string_view password, const RequestContext& context);
  // nullopt when the token is unknown, expired, or its user is deactivated.
  std::optional<Authenticated> Authenticate(std::string_view token);
  void SignOut(const Authenticated& session, const RequestContext& context);

 private:
  // The locked key with the longest wait, if any.
  std::optional<int> SecondsLocked(Transaction& transaction, const std::string& email_key,
                                   const std::string& address_key, Timestamp now);
  void CountFailure(Transaction& transaction, const std::string& key, Timestamp now);

  Store& store_;
  const PasswordHasher& hasher_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
  SessionSettings settings_;
  std::string dummy_hash_;
};

}  // namespace enlace
