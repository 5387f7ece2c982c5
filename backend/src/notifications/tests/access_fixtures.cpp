// Fixtures of notifications/tests/access.tsv: a notification of the HN officer.
#include "accounts/domain/account_repositories.hpp"
#include "notifications/domain/notification_repository.hpp"
#include "support/access_matrix.hpp"

namespace enlace::testing {

ENLACE_ACCESS_FIXTURE("notification", [](AccessContext& context) {
  auto& server = context.server();
  auto transaction = server.app().store().Begin(TransactionMode::kWrite);
  auto hn = transaction->Get<UserRepository>().FindByEmail(context.account("hn").email);
  auto added = transaction->Get<NotificationRepository>().Add(
      InAppNotification{0, hn->id, ReminderKind::kOverdue, std::nullopt, nlohmann::json{{"kind", "overdue"}},
                        server.clock().Now(), std::nullopt});
  transaction->Commit();
  AccessFixture fixture;
  fixture.parameters["id"] = std::to_string(added.id);
  return fixture;
});

}  // namespace enlace::testing
