#include "cooperation/capability.hpp"

#include <spdlog/spdlog.h>

#include "cooperation/domain/cooperation_service.hpp"
#include "cooperation/domain/waiting_reminders.hpp"
#include "cooperation/http/cooperation_routes.hpp"
#include "cooperation/storage/soci_cooperation_request_repository.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles cooperation();
}  // namespace embedded

namespace {

// Reminds the Technical Secretariat of requests that have waited more than 30 days at a step it
// must move: in the application always, by e-mail when the server has a mailer; exactly once per
// request, step and person across servers (see domain/waiting_reminders.hpp).
void RemindOfWaitingRequests(Kernel& kernel) {
  WaitingReminderSettings settings;
  settings.base_url = kernel.server.public_url;
  if (const auto* reminders = kernel.services.Find<ReminderSettings>()) settings.max_attempts = reminders->max_attempts;
  WaitingReminders reminders(kernel.store, kernel.clock, kernel.texts, kernel.mailer, settings);
  auto run = reminders.RunOnce();
  if (run.claimed > 0) {
    spdlog::info("cooperation reminders: {} due, {} e-mailed, {} failed", run.claimed, run.delivered, run.failed);
  }
  for (const auto& error : run.errors) spdlog::warn("cooperation reminder not delivered: {}", error);
}

}  // namespace

Capability CooperationCapability() {
  return {
      .name = "cooperation",
      .files = embedded::cooperation(),
      .repositories = storage::RegisterCooperationRepositories,
      .services =
          [](Kernel& kernel) {
            kernel.services.Provide(std::make_unique<CooperationService>(kernel.store, kernel.secrets, kernel.clock));
          },
      .routes =
          [](http::Router& router, Kernel& kernel) {
            http::AddCooperationRoutes(router, {kernel.services.Get<CooperationService>(),
                                                kernel.services.Get<ReferenceService>(), kernel.clock});
          },
      .schemas = http::CooperationSchemas,
      .jobs = {Job{
          .name = "cooperation-reminders", .interval = std::chrono::seconds{600}, .run = RemindOfWaitingRequests}},
      .demo = LoadCooperationDemo,
  };
}

}  // namespace enlace
