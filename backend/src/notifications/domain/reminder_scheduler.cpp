#include "notifications/domain/reminder_scheduler.hpp"

#include <spdlog/spdlog.h>

#include "notifications/domain/reminder_messages.hpp"

namespace enlace {

Result<void> EmailReminderSender::Deliver(const Reminder& reminder) { return mailer_.Send(ComposeReminder(reminder)); }

ReminderScheduler::ReminderScheduler(ReminderService& service, std::chrono::seconds interval)
    : service_(service), interval_(interval) {}

ReminderScheduler::~ReminderScheduler() { Stop(); }

void ReminderScheduler::Start() {
  thread_ = std::thread([this] { Loop(); });
}

void ReminderScheduler::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ReminderScheduler::Loop() {
  while (true) {
    try {
      auto run = service_.RunOnce();
      if (run.claimed > 0) {
        spdlog::info("reminders: {} due, {} e-mailed, {} failed", run.claimed, run.delivered, run.failed);
      }
      for (const auto& error : run.errors) spdlog::warn("reminder not delivered: {}", error);
    } catch (const std::exception& exception) {
      // The database may be unreachable for a while: try again at the next turn.
      spdlog::error("reminders: {}", exception.what());
    }
    std::unique_lock lock(mutex_);
    if (wake_.wait_for(lock, interval_, [this] { return stopping_; })) return;
  }
}

}  // namespace enlace
