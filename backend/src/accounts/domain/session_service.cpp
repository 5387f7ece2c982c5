#include "accounts/domain/session_service.hpp"

#include <algorithm>

#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/reasons.hpp"
#include "kernel/domain/audit.hpp"

namespace enlace {

SessionService::SessionService(Store& store, const PasswordHasher& hasher, const SecretGenerator& secrets,
                               const Clock& clock, SessionSettings settings)
    : store_(store),
      hasher_(hasher),
      secrets_(secrets),
      clock_(clock),
      settings_(settings),
      dummy_hash_(hasher.Hash(secrets.Token(16))) {}

std::optional<int> SessionService::SecondsLocked(Transaction& transaction, const std::string& email_key,
                                                 const std::string& address_key, Timestamp now) {
  std::optional<int> wait;
  for (const auto& key : {email_key, address_key}) {
    auto state = transaction.Get<LoginThrottleRepository>().Get(key);
    if (state && state->locked_until && *state->locked_until > now) {
      int seconds = static_cast<int>((*state->locked_until - now).count());
      wait = std::max(wait.value_or(0), seconds);
    }
  }
  return wait;
}

void SessionService::CountFailure(Transaction& transaction, const std::string& key, Timestamp now) {
  auto state = transaction.Get<LoginThrottleRepository>().Get(key).value_or(ThrottleState{0, now, std::nullopt});
  if (now - state.window_start > settings_.failure_window || (state.locked_until && *state.locked_until <= now)) {
    state = ThrottleState{0, now, std::nullopt};
  }
  ++state.failures;
  if (state.failures >= settings_.max_failures) state.locked_until = now + settings_.lockout;
  transaction.Get<LoginThrottleRepository>().Put(key, state);
}

Result<SignedIn> SessionService::SignIn(std::string_view email_text, std::string_view password,
                                        const RequestContext& context) {
  auto now = clock_.Now();
  auto email = NormalizeEmail(email_text).value_or(std::string(email_text.substr(0, 254)));
  const std::string email_key = "email:" + email;
  const std::string address_key = "ip:" + context.ip;

  auto audit = AuditRecordFor(context, "session.create", "session", "");
  audit.actor_email = email;

  std::optional<User> user;
  std::optional<std::string> hash;
  {
    auto transaction = store_.Begin(TransactionMode::kWrite);
    if (auto wait = SecondsLocked(*transaction, email_key, address_key, now)) {
      audit.outcome = AuditOutcome::kDenied;
      audit.reason = reasons::kRateLimited;
      transaction->audit().Append(audit, now);
      transaction->Commit();
      Error error{.code = ErrorCode::kRateLimited, .reason = reasons::kRateLimited};
      error.retry_after_seconds = std::max(1, *wait);
      return std::unexpected(error);
    }
    user = transaction->Get<UserRepository>().FindByEmail(email);
    if (user) hash = transaction->Get<UserRepository>().PasswordHash(user->id);
  }

  // Verify outside any transaction: it takes a deliberate ~0.1 s and holds no lock meanwhile.
  bool ok = hasher_.Verify(hash ? *hash : dummy_hash_, password) && user && hash && user->active &&
            password.size() <= kMaximumPasswordLength;

  auto transaction = store_.Begin(TransactionMode::kWrite);
  if (!ok) {
    CountFailure(*transaction, email_key, now);
    CountFailure(*transaction, address_key, now);
    audit.outcome = AuditOutcome::kFailed;
    audit.reason = reasons::kInvalidCredentials;
    if (user) {
      audit.process_id = user->process_id;
      audit.actor_id = user->id;
      audit.actor_name = user->name;
    }
    transaction->audit().Append(audit, now);
    transaction->Commit();
    return std::unexpected(Error::Unauthenticated(reasons::kInvalidCredentials));
  }

  transaction->Get<LoginThrottleRepository>().Clear(email_key);
  SignedIn signed_in{*user, secrets_.Token(32), secrets_.Token(32)};
  transaction->Get<SessionRepository>().Create(secrets_.Sha256Hex(signed_in.token), user->id, signed_in.csrf_token, now,
                                               context.ip);
  audit.process_id = user->process_id;
  audit.actor_id = user->id;
  audit.actor_name = user->name;
  audit.record_id = std::to_string(user->id);
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return signed_in;
}

std::optional<Authenticated> SessionService::Authenticate(std::string_view token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  auto now = clock_.Now();
  auto token_hash = secrets_.Sha256Hex(token);
  std::optional<SessionRecord> session;
  std::optional<User> user;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    session = transaction->Get<SessionRepository>().FindByTokenHash(token_hash);
    if (!session) return std::nullopt;
    user = transaction->Get<UserRepository>().Find(session->user_id);
  }
  bool expired =
      now - session->last_seen_at > settings_.idle_timeout || now - session->created_at > settings_.absolute_timeout;
  if (expired || !user || !user->active) {
    auto transaction = store_.Begin(TransactionMode::kWrite);
    transaction->Get<SessionRepository>().Delete(session->id);
    transaction->Commit();
    return std::nullopt;
  }
  // Record activity at most once a minute: a read-only request should rarely write.
  if (now - session->last_seen_at > std::chrono::minutes{1}) {
    auto transaction = store_.Begin(TransactionMode::kWrite);
    transaction->Get<SessionRepository>().Touch(session->id, now);
    transaction->Commit();
  }
  return Authenticated{user->ToActor(), session->id, session->csrf_token};
}

void SessionService::SignOut(const Authenticated& session, const RequestContext& context) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  transaction->Get<SessionRepository>().Delete(session.session_id);
  auto audit = AuditRecordFor(context, "session.delete", "session", std::to_string(session.actor.user_id));
  transaction->audit().Append(audit, now);
  transaction->Commit();
}

}  // namespace enlace
