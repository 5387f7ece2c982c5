// Delivers a reminder by e-mail, composed in the reader's language (reminder_messages).
#pragma once

#include "kernel/domain/mail.hpp"
#include "notifications/domain/reminder_service.hpp"

namespace enlace {

class EmailReminderSender final : public ReminderSender {
 public:
  explicit EmailReminderSender(Mailer& mailer) : mailer_(mailer) {}
  Result<void> Deliver(const Reminder& reminder) override;

 private:
  Mailer& mailer_;
};

}  // namespace enlace
