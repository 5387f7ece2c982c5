// Runs the reminder service in the background of `enlace serve`: once at start, then every
// `interval`, until stopped. Every server of an installation may run it; the reminder log makes
// each reminder go out once (see domain/reminder_service.hpp).
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "notifications/domain/notification.hpp"
#include "notifications/domain/reminder_service.hpp"

namespace enlace {

// Sends a reminder as an e-mail composed in the reader's language (notify/reminder_messages).
class EmailReminderSender final : public ReminderSender {
 public:
  explicit EmailReminderSender(Mailer& mailer) : mailer_(mailer) {}
  Result<void> Deliver(const Reminder& reminder) override;

 private:
  Mailer& mailer_;
};

class ReminderScheduler {
 public:
  ReminderScheduler(ReminderService& service, std::chrono::seconds interval);
  ~ReminderScheduler();
  void Start();
  void Stop();

 private:
  void Loop();

  ReminderService& service_;
  std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace enlace
