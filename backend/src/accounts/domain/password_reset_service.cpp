#include "accounts/domain/password_reset_service.hpp"

#include <algorithm>

#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/reasons.hpp"
#include "accounts/domain/text_keys.hpp"
#include "accounts/domain/user.hpp"
#include "kernel/domain/audit.hpp"
#include "kernel/domain/wording.hpp"

namespace enlace {
namespace {

std::string TrimmedBase(std::string base) {
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

void ActAs(AuditRecord& audit, const User& user) {
  audit.actor_email = user.email;
  audit.process_id = user.process_id;
  audit.actor_id = user.id;
  audit.actor_name = user.name;
}

}  // namespace

PasswordResetService::PasswordResetService(Store& store, const PasswordHasher& hasher, const SecretGenerator& secrets,
                                           const Clock& clock, const Texts& texts, std::function<Mailer*()> mailer,
                                           std::function<void(std::string)> warn, PasswordResetSettings settings)
    : store_(store),
      hasher_(hasher),
      secrets_(secrets),
      clock_(clock),
      texts_(texts),
      mailer_(std::move(mailer)),
      warn_(std::move(warn)),
      settings_(std::move(settings)),
      sender_([this] { Deliver(); }) {}

PasswordResetService::~PasswordResetService() {
  std::size_t dropped = 0;
  {
    // What the mailer (perhaps gone by now) did not take is dropped: the server calls FinishMail()
    // while its mailer lives.
    std::lock_guard lock(mutex_);
    stopping_ = true;
    dropped = queue_.size();
    queue_.clear();
  }
  wake_.notify_all();
  sender_.join();
  if (dropped > 0 && warn_) warn_("password reset: " + std::to_string(dropped) + " e-mail(s) not sent at shutdown");
}

Result<void> PasswordResetService::Request(std::string_view email_text, const RequestContext& context) {
  auto now = clock_.Now();
  auto email = NormalizeEmail(email_text).value_or(std::string(email_text.substr(0, 254)));
  // Per address and e-mail, an increasing wait (as for signing in); per e-mail and per network
  // address, a lock after `max_failures` in a window: one client cannot flood one mailbox, and
  // many clients together send one mailbox at most `max_failures` links a window.
  const std::vector<std::string> keys{"reset-email-ip:" + email + "|" + context.ip, "reset-email:" + email,
                                      "reset-ip:" + context.ip};

  auto audit = AuditRecordFor(context, "password.reset_request", "user", "");
  audit.actor_email = email;
  // The token is made whether or not it is used, so that both answers cost the same.
  auto token = secrets_.Token(32);
  auto token_hash = secrets_.Sha256Hex(token);

  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& throttle = transaction->Get<LoginThrottleRepository>();
  if (auto wait = enlace::SecondsLocked(throttle, keys, now)) {
    audit.outcome = AuditOutcome::kDenied;
    audit.reason = reasons::kResetRateLimited;
    transaction->audit().Append(audit, now);
    transaction->Commit();
    Error error{.code = ErrorCode::kRateLimited, .reason = std::string(reasons::kResetRateLimited.code())};
    error.retry_after_seconds = std::max(1, *wait);
    return std::unexpected(error);
  }
  CountBackoff(throttle, settings_.throttle, keys[0], now);
  CountFailure(throttle, settings_.throttle, keys[1], now);
  CountFailure(throttle, settings_.throttle, keys[2], now);

  auto user = transaction->Get<UserRepository>().FindByEmail(email);
  auto& resets = transaction->Get<PasswordResetRepository>();
  std::optional<OutgoingEmail> message;
  if (user && user->active) {
    resets.ReplaceOpen(user->id);
    resets.Create(token_hash, user->id, now, now + settings_.lifetime);
    ActAs(audit, *user);
    audit.record_id = std::to_string(user->id);
    auto words = Wording::ForReader(texts_, user->language);
    TextParams params{{"name", user->name},
                      {"link", TrimmedBase(settings_.base_url) + "/reset-password?token=" + token},
                      {"minutes", std::to_string(settings_.lifetime.count() / 60)}};
    message = OutgoingEmail{.to = user->email,
                            .to_name = user->name,
                            .subject = words(text_keys::kPasswordResetSubject, params),
                            .text = words(text_keys::kPasswordResetBody, params),
                            .language = words.language()};
  }
  transaction->audit().Append(audit, now);
  transaction->Commit();
  if (message) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(*message));
    }
    wake_.notify_one();
  }
  return {};
}

Result<void> PasswordResetService::Complete(std::string_view token, std::string_view password,
                                            const RequestContext& context) {
  auto now = clock_.Now();
  auto unknown = std::unexpected(Error::Invalid(reasons::kResetLinkUnknown));
  if (token.empty() || token.size() > 128) return unknown;
  auto token_hash = secrets_.Sha256Hex(token);
  // Whether the link can be used, before the slow hashing of the new password.
  auto usable = [&](Transaction& transaction) -> Result<std::pair<PasswordResetToken, User>> {
    auto found = transaction.Get<PasswordResetRepository>().FindByTokenHash(token_hash);
    if (!found) return unknown;
    if (found->state == ResetTokenState::kUsed) return std::unexpected(Error::Invalid(reasons::kResetLinkUsed));
    if (found->state == ResetTokenState::kReplaced) {
      return std::unexpected(Error::Invalid(reasons::kResetLinkReplaced));
    }
    if (found->expires_at <= now) return std::unexpected(Error::Invalid(reasons::kResetLinkExpired));
    auto user = transaction.Get<UserRepository>().Find(found->user_id);
    if (!user || !user->active) return unknown;
    return std::pair{*found, *user};
  };
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    if (auto checked = usable(*transaction); !checked) return std::unexpected(checked.error());
  }
  if (auto checked = CheckNewPassword(password, "password"); !checked) return std::unexpected(checked.error());
  auto new_hash = hasher_.Hash(password);

  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto checked = usable(*transaction);
  if (!checked) return std::unexpected(checked.error());
  auto& [link, user] = *checked;
  // Two requests with one link at once: one wins.
  if (!transaction->Get<PasswordResetRepository>().Use(link.id, now)) {
    return std::unexpected(Error::Invalid(reasons::kResetLinkUsed));
  }
  auto& users = transaction->Get<UserRepository>();
  users.SetPasswordHash(user.id, new_hash, now);
  users.SetMustChangePassword(user.id, false);
  users.ClearCalendarTokenHash(user.id);
  transaction->Get<SessionRepository>().DeleteForUser(user.id);
  transaction->Get<MfaRepository>().DeletePendingForUser(user.id);
  auto audit = AuditRecordFor(context, "password.reset_by_email", "user", std::to_string(user.id));
  ActAs(audit, user);
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return {};
}

int PasswordResetService::Purge() {
  auto transaction = store_.Begin(TransactionMode::kWrite);
  int removed = transaction->Get<PasswordResetRepository>().DeleteExpired(clock_.Now() - std::chrono::days{1});
  transaction->Commit();
  return removed;
}

void PasswordResetService::FinishMail() {
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [&] { return queue_.empty() && !sending_; });
}

void PasswordResetService::Deliver() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, with nothing left to send
    auto email = std::move(queue_.front());
    queue_.pop_front();
    sending_ = true;
    lock.unlock();
    Mailer* mailer = mailer_ ? mailer_() : nullptr;
    if (!mailer) {
      if (warn_) warn_("password reset: no mailer is configured (serve --smtp); the link was not sent");
    } else if (auto sent = mailer->Send(email); !sent) {
      if (warn_) warn_("password reset: the e-mail was not delivered: " + sent.error().detail);
    }
    lock.lock();
    sending_ = false;
    if (queue_.empty()) idle_.notify_all();
  }
}

}  // namespace enlace
