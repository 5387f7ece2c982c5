// Delivers e-mail over SMTP with libcurl (M6).
//
// One connection per message: a reminder run sends a few hundred messages at most, and a fresh
// connection per message keeps the mailer free of shared state, so Send may be called from any
// thread at once. smtp:// upgrades with STARTTLS when the server offers it, and requires it when
// a user name is configured (a password never travels in clear); smtps:// is TLS from the first
// byte. Certificates are verified.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "kernel/domain/error.hpp"
#include "kernel/domain/mail.hpp"

namespace enlace {

struct SmtpSettings {
  std::string url;       // "smtp://mail.example.org:587", "smtps://mail.example.org:465"
  std::string username;  // empty: no authentication
  std::string password;
  std::string from_address;  // "enlace@example.org"
  std::string from_name;     // "enlace — Conferencia Regional sobre Migración"
  std::chrono::seconds connect_timeout{10};
  std::chrono::seconds timeout{30};  // the whole exchange, message included
};

class SmtpMailer final : public Mailer {
 public:
  // Errors (kInvalidArgument): "invalid_smtp_url" when the URL is not smtp:// or smtps:// with a
  // host; "invalid_email" when from_address is not an address. Nothing is contacted here.
  static Result<std::unique_ptr<SmtpMailer>> Create(SmtpSettings settings);

  // Sends one message. Errors have reason "mail_failed" and a detail (curl's message and the
  // server's reply code): kUnavailable when the server cannot be reached, times out or refuses;
  // kInvalidArgument when the recipient's address is not an address (retrying will not help).
  Result<void> Send(const OutgoingEmail& email) override;

 private:
  explicit SmtpMailer(SmtpSettings settings);
  std::string NextMessageId();

  SmtpSettings settings_;
  std::string message_id_domain_;
  std::atomic<std::uint64_t> sent_{0};
};

}  // namespace enlace
