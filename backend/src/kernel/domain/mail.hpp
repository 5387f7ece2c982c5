// Outgoing e-mail as the domain sees it: what to send and to whom. The kernel's SMTP mailer
// (kernel/mail) delivers it; capabilities compose it in the reader's language.
#pragma once

#include <string>

#include "kernel/domain/error.hpp"

namespace enlace {

struct OutgoingEmail {
  std::string to;        // address
  std::string to_name;   // display name
  std::string subject;   // UTF-8
  std::string text;      // UTF-8 plain text body
  std::string language;  // "es" or "en"
};

// Delivers e-mail. Implementations must be thread-safe. A failure is an Error with reason
// "mail_failed" (ErrorCode::kUnavailable) and a detail saying why.
class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual Result<void> Send(const OutgoingEmail& email) = 0;
};

}  // namespace enlace
