#include "notifications/domain/email_reminder_sender.hpp"

#include "notifications/domain/reminder_messages.hpp"

namespace enlace {

Result<void> EmailReminderSender::Deliver(const Reminder& reminder) {
  return mailer_.Send(ComposeReminder(reminder, texts_));
}

}  // namespace enlace
