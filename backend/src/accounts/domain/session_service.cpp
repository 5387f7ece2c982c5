#include "accounts/domain/session_service.hpp"

#include <algorithm>
#include <cctype>

#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/reasons.hpp"
#include "accounts/domain/throttle.hpp"
#include "accounts/domain/totp.hpp"
#include "kernel/domain/audit.hpp"

namespace enlace {
namespace {

// What the sessions list shows of the client: printable ASCII, at most 300 characters.
std::string CleanUserAgent(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, 300)) {
    auto u = static_cast<unsigned char>(c);
    out += (u >= 0x20 && u < 0x7f) ? c : '?';
  }
  return out;
}

}  // namespace

Result<std::vector<Role>> ParseRoleList(std::string_view text) {
  std::vector<Role> roles;
  while (!text.empty()) {
    auto comma = text.find(',');
    auto word = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
    while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
    if (word.empty()) continue;
    auto role = ParseRole(word);
    if (!role) return std::unexpected(Error::Invalid(reasons::kUnknownRole, std::string(word)));
    if (std::find(roles.begin(), roles.end(), *role) == roles.end()) roles.push_back(*role);
  }
  return roles;
}

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
  return enlace::SecondsLocked(transaction.Get<LoginThrottleRepository>(), {email_key, address_key}, now);
}

void SessionService::CountFailure(Transaction& transaction, const std::string& key, Timestamp now) {
  enlace::CountFailure(transaction.Get<LoginThrottleRepository>(), Rules(), key, now);
}

Result<SignInOutcome> SessionService::SignIn(std::string_view email_text, std::string_view password,
                                             const RequestContext& context, std::string_view user_agent_text) {
  auto now = clock_.Now();
  auto email = NormalizeEmail(email_text).value_or(std::string(email_text.substr(0, 254)));
  // Back-off per e-mail and address (so that nobody can lock a known account out from elsewhere),
  // and a lock per address (one client trying many accounts).
  const std::string email_key = "email-ip:" + email + "|" + context.ip;
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
    CountBackoff(*transaction, email_key, now);
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
  auto outcome = Continue(*transaction, *user, NextStep(*transaction, *user, SignInStep::kDone), context.ip,
                          CleanUserAgent(user_agent_text), context, now);
  transaction->Commit();
  return outcome;
}

void SessionService::CountBackoff(Transaction& transaction, const std::string& key, Timestamp now) {
  enlace::CountBackoff(transaction.Get<LoginThrottleRepository>(), Rules(), key, now);
}

ThrottleRules SessionService::Rules() const {
  return ThrottleRules{.max_failures = settings_.max_failures,
                       .failure_window = settings_.failure_window,
                       .lockout = settings_.lockout,
                       .backoff_after = settings_.backoff_after};
}

bool SessionService::MfaRequired(Role role) const {
  return std::find(settings_.mfa_roles.begin(), settings_.mfa_roles.end(), role) != settings_.mfa_roles.end();
}

SignInStep SessionService::NextStep(Transaction& transaction, const User& user, SignInStep done) {
  if (done == SignInStep::kDone && transaction.Get<UserRepository>().MustChangePassword(user.id)) {
    return SignInStep::kPassword;
  }
  if (done == SignInStep::kDone || done == SignInStep::kPassword) {
    auto totp = transaction.Get<MfaRepository>().Totp(user.id);
    if (totp && totp->confirmed) return SignInStep::kCode;
    if (MfaRequired(user.role)) return SignInStep::kEnrol;
  }
  return SignInStep::kDone;
}

SignInOutcome SessionService::Continue(Transaction& transaction, const User& user, SignInStep step,
                                       const std::string& ip, const std::string& user_agent,
                                       const RequestContext& context, Timestamp now) {
  SignInOutcome outcome;
  outcome.step = step;
  if (step != SignInStep::kDone) {
    outcome.pending_token = secrets_.Token(32);
    PendingSignIn pending{.user_id = user.id,
                          .stage = step == SignInStep::kCode    ? PendingStage::kCode
                                   : step == SignInStep::kEnrol ? PendingStage::kEnrol
                                                                : PendingStage::kPassword,
                          .expires_at = now + settings_.pending_lifetime,
                          .ip = ip,
                          .user_agent = user_agent};
    transaction.Get<MfaRepository>().CreatePending(secrets_.Sha256Hex(outcome.pending_token), pending);
    return outcome;
  }
  SignedIn signed_in{user, secrets_.Token(32), secrets_.Token(32)};
  transaction.Get<SessionRepository>().Create(secrets_.Sha256Hex(signed_in.token), user.id, signed_in.csrf_token, now,
                                              ip, user_agent);
  auto audit = AuditRecordFor(context, "session.create", "session", std::to_string(user.id));
  audit.actor_email = user.email;
  audit.process_id = user.process_id;
  audit.actor_id = user.id;
  audit.actor_name = user.name;
  transaction.audit().Append(audit, now);
  outcome.signed_in = std::move(signed_in);
  return outcome;
}

Result<std::pair<PendingSignInRef, User>> SessionService::Pending(Transaction& transaction, std::string_view token,
                                                                  SignInStep stage, Timestamp now) {
  auto expired = std::unexpected(Error::Unauthenticated(reasons::kSignInExpired));
  if (token.empty() || token.size() > 128) return expired;
  auto& mfa = transaction.Get<MfaRepository>();
  auto pending = mfa.FindPending(secrets_.Sha256Hex(token));
  if (!pending) return expired;
  auto expected = stage == SignInStep::kCode    ? PendingStage::kCode
                  : stage == SignInStep::kEnrol ? PendingStage::kEnrol
                                                : PendingStage::kPassword;
  if (pending->expires_at <= now || pending->attempts >= settings_.pending_attempts) {
    mfa.DeletePending(pending->id);
    return expired;
  }
  if (pending->stage != expected) return expired;
  auto user = transaction.Get<UserRepository>().Find(pending->user_id);
  if (!user || !user->active) {
    mfa.DeletePending(pending->id);
    return expired;
  }
  return std::pair{PendingSignInRef{pending->id, pending->attempts, pending->ip, pending->user_agent}, *user};
}

namespace {

std::string NormalizeRecoveryCode(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == ' ') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string HexToBytes(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  }
  return out;
}

}  // namespace

bool SessionService::UseCode(Transaction& transaction, UserId user, std::string_view code, Timestamp now) {
  auto& mfa = transaction.Get<MfaRepository>();
  auto totp = mfa.Totp(user);
  if (!totp) return false;
  std::string trimmed;
  for (char c : code) {
    if (c != ' ') trimmed += c;
  }
  if (auto secret = totp::Base32Decode(totp->secret)) {
    if (auto step = totp::MatchingStep(*secret, trimmed, now)) return mfa.UseStep(user, *step);
  }
  if (trimmed.size() > 32 || trimmed.size() < 8) return false;
  return totp->confirmed && mfa.UseRecoveryCode(user, secrets_.Sha256Hex(NormalizeRecoveryCode(trimmed)), now);
}

std::vector<std::string> SessionService::NewRecoveryCodes(Transaction& transaction, UserId user) {
  static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  std::vector<std::string> codes;
  std::vector<std::string> hashes;
  for (int i = 0; i < 10; ++i) {
    auto random = HexToBytes(secrets_.Sha256Hex(secrets_.Token(32)));
    std::string code;
    for (std::size_t j = 0; j < 10; ++j) {
      if (j == 5) code += '-';
      code += kAlphabet[static_cast<unsigned char>(random[j]) % kAlphabet.size()];
    }
    hashes.push_back(secrets_.Sha256Hex(NormalizeRecoveryCode(code)));
    codes.push_back(std::move(code));
  }
  transaction.Get<MfaRepository>().ReplaceRecoveryCodes(user, hashes);
  return codes;
}

Result<SignInOutcome> SessionService::SignInWithCode(std::string_view pending_token, std::string_view code,
                                                     const RequestContext& context) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto pending = Pending(*transaction, pending_token, SignInStep::kCode, now);
  if (!pending) {
    transaction->Commit();
    return std::unexpected(pending.error());
  }
  auto& [ref, user] = *pending;
  if (!UseCode(*transaction, user.id, code, now)) {
    transaction->Get<MfaRepository>().CountPendingAttempt(ref.id);
    auto audit = AuditRecordFor(context, "session.create", "session", std::to_string(user.id));
    audit.actor_email = user.email;
    audit.process_id = user.process_id;
    audit.actor_id = user.id;
    audit.actor_name = user.name;
    audit.outcome = AuditOutcome::kFailed;
    audit.reason = reasons::kInvalidCode;
    transaction->audit().Append(audit, now);
    transaction->Commit();
    return std::unexpected(Error::Field("code", reasons::kInvalidCode));
  }
  transaction->Get<MfaRepository>().DeletePending(ref.id);
  auto outcome = Continue(*transaction, user, NextStep(*transaction, user, SignInStep::kCode), ref.ip, ref.user_agent,
                          context, now);
  transaction->Commit();
  return outcome;
}

Result<TotpEnrolment> SessionService::EnrolPending(std::string_view pending_token) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto pending = Pending(*transaction, pending_token, SignInStep::kEnrol, now);
  if (!pending) {
    transaction->Commit();
    return std::unexpected(pending.error());
  }
  auto secret = totp::Base32Encode(HexToBytes(secrets_.Sha256Hex(secrets_.Token(32))).substr(0, 20));
  transaction->Get<MfaRepository>().PutTotp(pending->second.id, secret);
  transaction->Commit();
  return TotpEnrolment{secret, totp::ProvisioningUri(settings_.issuer, pending->second.email, secret)};
}

Result<SignInOutcome> SessionService::ConfirmPendingEnrolment(std::string_view pending_token, std::string_view code,
                                                              const RequestContext& context) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto pending = Pending(*transaction, pending_token, SignInStep::kEnrol, now);
  if (!pending) {
    transaction->Commit();
    return std::unexpected(pending.error());
  }
  auto& [ref, user] = *pending;
  auto& mfa = transaction->Get<MfaRepository>();
  if (!mfa.Totp(user.id) || !UseCode(*transaction, user.id, code, now)) {
    mfa.CountPendingAttempt(ref.id);
    transaction->Commit();
    return std::unexpected(Error::Field("code", reasons::kInvalidCode));
  }
  mfa.ConfirmTotp(user.id, now);
  auto codes = NewRecoveryCodes(*transaction, user.id);
  mfa.DeletePending(ref.id);
  auto audit = AuditRecordFor(context, "user.mfa_enable", "user", std::to_string(user.id));
  audit.actor_email = user.email;
  audit.process_id = user.process_id;
  audit.actor_id = user.id;
  audit.actor_name = user.name;
  transaction->audit().Append(audit, now);
  auto outcome = Continue(*transaction, user, SignInStep::kDone, ref.ip, ref.user_agent, context, now);
  outcome.recovery_codes = std::move(codes);
  transaction->Commit();
  return outcome;
}

Result<SignInOutcome> SessionService::ChangeInitialPassword(std::string_view pending_token,
                                                            std::string_view new_password,
                                                            const RequestContext& context) {
  if (auto checked = CheckNewPassword(new_password, "new_password"); !checked) {
    return std::unexpected(checked.error());
  }
  auto now = clock_.Now();
  std::optional<std::string> old_hash;
  {
    auto transaction = store_.Begin(TransactionMode::kWrite);
    auto pending = Pending(*transaction, pending_token, SignInStep::kPassword, now);
    if (!pending) {
      transaction->Commit();
      return std::unexpected(pending.error());
    }
    old_hash = transaction->Get<UserRepository>().PasswordHash(pending->second.id);
  }
  if (old_hash && hasher_.Verify(*old_hash, new_password)) {
    return std::unexpected(Error::Field("new_password", reasons::kSamePassword));
  }
  auto new_hash = hasher_.Hash(new_password);
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto pending = Pending(*transaction, pending_token, SignInStep::kPassword, now);
  if (!pending) return std::unexpected(pending.error());
  auto& [ref, user] = *pending;
  auto& users = transaction->Get<UserRepository>();
  users.SetPasswordHash(user.id, new_hash, now);
  users.SetMustChangePassword(user.id, false);
  users.ClearCalendarTokenHash(user.id);
  transaction->Get<SessionRepository>().DeleteForUser(user.id);
  transaction->Get<MfaRepository>().DeletePending(ref.id);
  auto audit = AuditRecordFor(context, "user.change_password", "user", std::to_string(user.id));
  audit.actor_email = user.email;
  audit.process_id = user.process_id;
  audit.actor_id = user.id;
  audit.actor_name = user.name;
  transaction->audit().Append(audit, now);
  auto outcome = Continue(*transaction, user, NextStep(*transaction, user, SignInStep::kPassword), ref.ip,
                          ref.user_agent, context, now);
  transaction->Commit();
  return outcome;
}

Result<std::vector<SessionView>> SessionService::MySessions(const Authenticated& session) {
  auto transaction = store_.Begin(TransactionMode::kRead);
  std::vector<SessionView> views;
  for (const auto& record : transaction->Get<SessionRepository>().ListForUser(session.actor.user_id)) {
    views.push_back(SessionView{record.id, record.created_at, record.last_seen_at, record.ip, record.user_agent,
                                record.id == session.session_id});
  }
  return views;
}

Result<void> SessionService::EndMySession(const Authenticated& session, std::int64_t id,
                                          const RequestContext& context) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& sessions = transaction->Get<SessionRepository>();
  auto record = sessions.Find(id);
  if (!record || record->user_id != session.actor.user_id) return std::unexpected(Error::NotFound());
  sessions.Delete(id);
  auto audit = AuditRecordFor(context, "session.delete", "session", std::to_string(id));
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return {};
}

Result<MfaStatus> SessionService::Mfa(const RequestContext& context) {
  if (!context.actor) return std::unexpected(Error::Unauthenticated());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto& mfa = transaction->Get<MfaRepository>();
  auto totp = mfa.Totp(context.actor->user_id);
  MfaStatus status;
  status.enabled = totp && totp->confirmed;
  status.required = MfaRequired(context.actor->role);
  status.recovery_codes_left = status.enabled ? mfa.UnusedRecoveryCodes(context.actor->user_id) : 0;
  return status;
}

Result<TotpEnrolment> SessionService::Enrol(const RequestContext& context) {
  if (!context.actor) return std::unexpected(Error::Unauthenticated());
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& mfa = transaction->Get<MfaRepository>();
  auto existing = mfa.Totp(context.actor->user_id);
  if (existing && existing->confirmed) return std::unexpected(Error::Conflict(reasons::kMfaAlreadyEnabled));
  auto secret = totp::Base32Encode(HexToBytes(secrets_.Sha256Hex(secrets_.Token(32))).substr(0, 20));
  mfa.PutTotp(context.actor->user_id, secret);
  transaction->Commit();
  return TotpEnrolment{secret, totp::ProvisioningUri(settings_.issuer, context.actor->email, secret)};
}

Result<std::vector<std::string>> SessionService::ConfirmEnrolment(const RequestContext& context,
                                                                  std::string_view code) {
  if (!context.actor) return std::unexpected(Error::Unauthenticated());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& mfa = transaction->Get<MfaRepository>();
  auto existing = mfa.Totp(context.actor->user_id);
  if (existing && existing->confirmed) return std::unexpected(Error::Conflict(reasons::kMfaAlreadyEnabled));
  if (!existing) return std::unexpected(Error::Conflict(reasons::kMfaNotEnabled));
  if (!UseCode(*transaction, context.actor->user_id, code, now)) {
    return std::unexpected(Error::Field("code", reasons::kInvalidCode));
  }
  mfa.ConfirmTotp(context.actor->user_id, now);
  auto codes = NewRecoveryCodes(*transaction, context.actor->user_id);
  auto audit = AuditRecordFor(context, "user.mfa_enable", "user", std::to_string(context.actor->user_id));
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return codes;
}

Result<void> SessionService::DisableMfa(const RequestContext& context, std::string_view code,
                                        std::string_view password) {
  if (!context.actor) return std::unexpected(Error::Unauthenticated());
  if (MfaRequired(context.actor->role)) return std::unexpected(Error::Conflict(reasons::kMfaRequiredForRole));
  auto now = clock_.Now();
  std::optional<std::string> hash;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    auto totp = transaction->Get<MfaRepository>().Totp(context.actor->user_id);
    if (!totp || !totp->confirmed) return std::unexpected(Error::Conflict(reasons::kMfaNotEnabled));
    hash = transaction->Get<UserRepository>().PasswordHash(context.actor->user_id);
  }
  bool password_ok = !password.empty() && hash && hasher_.Verify(*hash, password);
  auto transaction = store_.Begin(TransactionMode::kWrite);
  if (!password_ok && (code.empty() || !UseCode(*transaction, context.actor->user_id, code, now))) {
    return std::unexpected(Error::Field(code.empty() ? "password" : "code",
                                        code.empty() ? reasons::kWrongPassword : reasons::kInvalidCode));
  }
  auto& mfa = transaction->Get<MfaRepository>();
  mfa.DeleteTotp(context.actor->user_id);
  mfa.ReplaceRecoveryCodes(context.actor->user_id, {});
  auto audit = AuditRecordFor(context, "user.mfa_disable", "user", std::to_string(context.actor->user_id));
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return {};
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

SessionService::Purged SessionService::Purge() {
  auto now = clock_.Now();
  Purged purged;
  auto transaction = store_.Begin(TransactionMode::kWrite);
  transaction->Get<SessionRepository>().DeleteExpired(now - settings_.idle_timeout, now - settings_.absolute_timeout);
  purged.pending = transaction->Get<MfaRepository>().DeleteExpiredPending(now);
  // A count matters for its window, and a lock (at most `lockout`) until it ends.
  auto window = std::max(settings_.failure_window, settings_.lockout);
  purged.throttle = transaction->Get<LoginThrottleRepository>().DeleteStale(now - window, now);
  transaction->Commit();
  return purged;
}

namespace {

SessionExpiry ExpiryOf(const SessionRecord& record, const SessionSettings& settings) {
  SessionExpiry expiry;
  expiry.idle_timeout = settings.idle_timeout;
  expiry.absolute_expires_at = record.created_at + settings.absolute_timeout;
  expiry.expires_at = std::min(record.last_seen_at + settings.idle_timeout, expiry.absolute_expires_at);
  return expiry;
}

}  // namespace

std::optional<SessionExpiry> SessionService::Expiry(const Authenticated& session) {
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto record = transaction->Get<SessionRepository>().Find(session.session_id);
  if (!record) return std::nullopt;
  return ExpiryOf(*record, settings_);
}

std::optional<SessionExpiry> SessionService::Refresh(const Authenticated& session) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& sessions = transaction->Get<SessionRepository>();
  auto record = sessions.Find(session.session_id);
  if (!record) return std::nullopt;
  sessions.Touch(record->id, now);
  transaction->Commit();
  record->last_seen_at = now;
  return ExpiryOf(*record, settings_);
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
