// Delivers a reminder by e-mail, composed in the reader's language (reminder_messages).
#pragma once

#include "kernel/domain/mail.hpp"
#include "notifications/domain/reminder_service.hpp"

namespace enlace {

class EmailReminderSender final : public ReminderSender {
 public:
  // `texts` must outlive the sender.
  EmailReminderSender(Mailer& mailer, const Texts& texts) : mailer_(mailer), texts_(texts) {}
  Result<void> Deliver(const Reminder& reminder) override;

 private:
  Mailer& mailer_;
  const Texts& texts_;
};

}  // namespace enlace
