// A real SMTP server on loopback for tests (Debian's python3-aiosmtpd, through
// backend/src/kernel/mail/testdata/smtp_sink.py): every message it receives is kept, and read back
// through Python's own e-mail parser as JSON (envelope, decoded subject, names, body, charset).
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace enlace::testing {

class SmtpSink {
 public:
  // Starts the server; throws std::runtime_error with the reason when it cannot.
  SmtpSink();
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  // Every message received so far, in order of arrival.
  std::vector<nlohmann::json> Messages() const;

 private:
  std::filesystem::path folder_;
  int pid_ = -1;
  int port_ = 0;
};

}  // namespace enlace::testing
