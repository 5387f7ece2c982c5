// Choosing a new password through a link sent by e-mail, for people who forgot theirs.
//
// Asking (`Request`) gives the same answer, after the same work, whether or not an account has the
// address: the only difference is an e-mail, which a thread of this service sends after the answer,
// so that neither the answer nor its time tells whether the address is known. Asking is counted
// like signing in, in the LoginThrottleRepository under keys of its own: per address and e-mail
// ("reset-email:…", an increasing wait from the third request) and per network address
// ("reset-ip:…", locked after `max_failures` in a window); a throttled request is kRateLimited with
// the seconds to wait, also the same whether or not the account exists.
//
// The e-mail, in the person's language, carries `<base_url>/reset-password?token=…`: 32 random
// bytes, of which only the SHA-256 is stored; valid for `lifetime`, once, and only the latest one
// (a new request replaces the earlier open links). Completing it sets the password (the rules of a
// password change), ends every session and pending sign-in of the person, lifts the duty to change
// an initial password, stops the calendar feed, and records "password.reset_by_email".
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "accounts/domain/throttle.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/mail.hpp"
#include "kernel/domain/role.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"

namespace enlace {

struct PasswordResetSettings {
  std::chrono::seconds lifetime{std::chrono::minutes{60}};
  std::string base_url = "http://127.0.0.1:8080";  // the server's public URL, for the link
  ThrottleRules throttle;
};

class PasswordResetService {
 public:
  // `mailer` is asked at each delivery (the server may set it after the services are built); it
  // may give null, and then the e-mail is not sent and `warn` is told so (as when sending fails).
  PasswordResetService(Store& store, const PasswordHasher& hasher, const SecretGenerator& secrets, const Clock& clock,
                       const Texts& texts, std::function<Mailer*()> mailer, std::function<void(std::string)> warn,
                       PasswordResetSettings settings = {});
  // Stops the sending thread; e-mails still queued are dropped (call FinishMail() first).
  ~PasswordResetService();
  PasswordResetService(const PasswordResetService&) = delete;
  PasswordResetService& operator=(const PasswordResetService&) = delete;

  // Always succeeds (the e-mail, if any, goes later) unless throttled: kRateLimited
  // "reset_rate_limited" with the seconds to wait.
  Result<void> Request(std::string_view email, const RequestContext& context);
  // kInvalidArgument "reset_link_unknown" / "reset_link_used" / "reset_link_replaced" /
  // "reset_link_expired" for a link that cannot be used; a field error on "password" for a
  // password that breaks the rules.
  Result<void> Complete(std::string_view token, std::string_view password, const RequestContext& context);

  // Waits until every queued e-mail has been handed to the mailer (tests; and the server before it
  // destroys its mailer).
  void FinishMail();
  // Links expired more than a day ago; returns how many were removed (the accounts.purge job).
  int Purge();

 private:
  void Deliver();

  Store& store_;
  const PasswordHasher& hasher_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
  const Texts& texts_;
  std::function<Mailer*()> mailer_;
  std::function<void(std::string)> warn_;
  PasswordResetSettings settings_;

  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<OutgoingEmail> queue_;
  bool sending_ = false;
  bool stopping_ = false;
  std::thread sender_;
};

}  // namespace enlace
