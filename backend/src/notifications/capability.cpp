#include "notifications/capability.hpp"

#include <spdlog/spdlog.h>

#include "notifications/domain/email_reminder_sender.hpp"
#include "notifications/domain/notification_service.hpp"
#include "notifications/domain/reminder_service.hpp"
#include "notifications/http/notification_routes.hpp"
#include "notifications/storage/soci_notification_repositories.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles notifications();
}  // namespace embedded

namespace {

// Before a deadline, when overdue and the Monday digest: in the application always, by e-mail
// when the server has a mailer. Exactly once across servers (see reminder_service.hpp).
void SendReminders(Kernel& kernel) {
  const auto* configured = kernel.services.Find<ReminderSettings>();
  auto settings = configured ? *configured : ReminderSettings{};
  settings.base_url = kernel.server.public_url;
  std::unique_ptr<EmailReminderSender> sender;
  if (kernel.mailer) sender = std::make_unique<EmailReminderSender>(*kernel.mailer, kernel.texts);
  ReminderService reminders(kernel.store, kernel.clock, kernel.texts, settings, sender.get());
  auto run = reminders.RunOnce();
  if (run.claimed > 0)
    spdlog::info("reminders: {} due, {} e-mailed, {} failed", run.claimed, run.delivered, run.failed);
  for (const auto& error : run.errors) spdlog::warn("reminder not delivered: {}", error);
}

}  // namespace

Capability NotificationsCapability() {
  return {
      .name = "notifications",
      .files = embedded::notifications(),
      .repositories = storage::RegisterNotificationRepositories,
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<NotificationService>(kernel.store, kernel.clock));
            // The Secretariat's one-click reminders are sent by the request's own ReminderService.
            const auto* configured = kernel.services.Find<ReminderSettings>();
            auto settings = configured ? *configured : ReminderSettings{};
            settings.base_url = kernel.server.public_url;
            EmailReminderSender* sender = nullptr;
            if (kernel.mailer) {
              sender = &kernel.services.Provide(std::make_unique<EmailReminderSender>(*kernel.mailer, kernel.texts));
            }
            kernel.services.Provide(
                std::make_unique<ReminderService>(kernel.store, kernel.clock, kernel.texts, settings, sender));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddNotificationRoutes(
                router, {kernel.services.Get<NotificationService>(), kernel.services.Get<ReminderService>()});
          },
      .schemas = http::NotificationsSchemas,
      .jobs = {Job{.name = "reminders", .interval = std::chrono::seconds{600}, .run = SendReminders}},
  };
}

}  // namespace enlace
