// The reminder job without HTTP: a request that has waited more than 30 days at a step the
// Technical Secretariat must move reaches every Secretariat person once, in the application and by
// e-mail in their language; not at 30 days, never for a draft or a finished request, again after
// a new step has waited as long, and a failed e-mail is tried again without a second notification.
#include "cooperation/domain/waiting_reminders.hpp"

#include <gtest/gtest.h>

#include <mutex>

#include "cooperation/testing/cooperation_test_kernel.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace::testing {
namespace {

using S = CooperationState;
using A = CooperationAction;

// Keeps what would be sent; fails while `failing` is set.
class RecordingMailer final : public Mailer {
 public:
  Result<void> Send(const OutgoingEmail& email) override {
    std::lock_guard lock(mutex_);
    if (failing) return std::unexpected(Error::Of(ErrorCode::kUnavailable, reasons::kMailFailed, "SMTP is down"));
    sent.push_back(email);
    return {};
  }
  bool failing = false;
  std::vector<OutgoingEmail> sent;

 private:
  std::mutex mutex_;
};

class WaitingRemindersTest : public ::testing::Test {
 protected:
  CooperationWorld world;
  RecordingMailer mailer;

  ReminderRun Run(Mailer* with = nullptr) {
    WaitingReminders reminders(world.store(), world.clock(), world.test().texts(), with,
                               WaitingReminderSettings{.base_url = "https://enlace.example"});
    return reminders.RunOnce();
  }
  std::vector<InAppNotification> NotificationsOf(const std::string& who) {
    auto transaction = world.store().Begin(TransactionMode::kRead);
    return transaction->Get<NotificationRepository>().ForUser(world.ActorOf(who).user_id, false, 100);
  }
  void AdvanceDays(int days) { world.clock().Advance(std::chrono::days{days}); }
};

TEST_F(WaitingRemindersTest, NoReminderUntilARequestHasWaitedMoreThanThirtyDays) {
  world.InState(S::kSentToSecretariat);
  AdvanceDays(30);
  EXPECT_EQ(Run(&mailer).claimed, 0);
  EXPECT_TRUE(mailer.sent.empty());
  EXPECT_TRUE(NotificationsOf("ts").empty());
}

TEST_F(WaitingRemindersTest, AfterThirtyOneDaysEverySecretariatPersonIsRemindedOnceInTheirLanguage) {
  auto request = world.InState(S::kForwardedToPartner);
  AdvanceDays(31);
  auto run = Run(&mailer);
  EXPECT_EQ(run.claimed, 2) << "ts and ts2";
  EXPECT_EQ(run.delivered, 2);
  ASSERT_EQ(mailer.sent.size(), 2u);
  const OutgoingEmail* spanish = nullptr;
  const OutgoingEmail* english = nullptr;
  for (const auto& email : mailer.sent) (email.language == "es" ? spanish : english) = &email;
  ASSERT_TRUE(spanish && english);
  EXPECT_EQ(spanish->to, "ts@test.example");
  EXPECT_EQ(spanish->subject, "Solicitud de cooperación en espera desde hace 31 días: Apoyo para HN");
  EXPECT_NE(spanish->text.find("de Honduras a Sistema de la Integración Centroamericana (SICA)"), std::string::npos)
      << spanish->text;
  EXPECT_NE(spanish->text.find("«remitida al socio»"), std::string::npos) << spanish->text;
  EXPECT_NE(spanish->text.find("desde el 1 de octubre de 2026"), std::string::npos) << spanish->text;
  EXPECT_NE(spanish->text.find("dar seguimiento con el socio y registrar su respuesta"), std::string::npos);
  EXPECT_NE(spanish->text.find("https://enlace.example/cooperation-requests/" + std::to_string(request.id)),
            std::string::npos);
  EXPECT_EQ(english->to, "ts2@test.example");
  EXPECT_EQ(english->subject, "Cooperation request waiting for 31 days: Support for HN");
  EXPECT_NE(english->text.find("Dear Daniel Soto"), std::string::npos) << english->text;

  auto notifications = NotificationsOf("ts");
  ASSERT_EQ(notifications.size(), 1u);
  const auto& payload = notifications[0].payload;
  EXPECT_EQ(payload["kind"], "overdue");
  EXPECT_EQ(payload["subject"], "cooperation_request");
  EXPECT_EQ(payload["record"], request.id.value());
  EXPECT_EQ(payload["days_waiting"], 31);
  EXPECT_EQ(payload["action"]["en"],
            "Cooperation request “Support for HN” has waited 31 days at “forwarded to the partner”");
  EXPECT_EQ(payload["party"]["es"], "Honduras → Sistema de la Integración Centroamericana (SICA)");
  EXPECT_FALSE(notifications[0].commitment_id);
  EXPECT_TRUE(NotificationsOf("hn").empty()) << "the country is not reminded: the step is the Secretariat's";

  AdvanceDays(1);
  EXPECT_EQ(Run(&mailer).claimed, 0) << "exactly once per request and step";
  EXPECT_EQ(mailer.sent.size(), 2u);
  EXPECT_EQ(NotificationsOf("ts").size(), 1u);
}

TEST_F(WaitingRemindersTest, ANewStepThatWaitsAsLongIsRemindedAgain) {
  auto request = world.InState(S::kSentToSecretariat);
  AdvanceDays(31);
  EXPECT_EQ(Run().claimed, 2);
  ASSERT_TRUE(world.service().TakeStep(world.As("ts"), request.id, A::kForward, {}));
  AdvanceDays(10);
  EXPECT_EQ(Run().claimed, 0) << "the wait started again with the step";
  AdvanceDays(21);
  EXPECT_EQ(Run().claimed, 2);
  EXPECT_EQ(NotificationsOf("ts2").size(), 2u);
}

TEST_F(WaitingRemindersTest, DraftsAndFinishedRequestsAreNeverReminded) {
  world.InState(S::kDraft);
  world.InState(S::kClosed);
  world.InState(S::kWithdrawn);
  AdvanceDays(400);
  EXPECT_EQ(Run(&mailer).claimed, 0);
}

TEST_F(WaitingRemindersTest, AFailedEmailIsTriedAgainWithoutASecondNotification) {
  world.InState(S::kAnswered);
  AdvanceDays(35);
  mailer.failing = true;
  auto failed = Run(&mailer);
  EXPECT_EQ(failed.failed, 2);
  EXPECT_EQ(NotificationsOf("ts").size(), 1u) << "the notification is written with the first claim";
  mailer.failing = false;
  auto retried = Run(&mailer);
  EXPECT_EQ(retried.delivered, 2);
  EXPECT_EQ(mailer.sent.size(), 2u);
  EXPECT_EQ(NotificationsOf("ts").size(), 1u);
  EXPECT_EQ(Run(&mailer).claimed, 0);
}

TEST_F(WaitingRemindersTest, TwoServersRunningTheJobRemindOnce) {
  world.InState(S::kSentToSecretariat);
  AdvanceDays(40);
  RecordingMailer other;
  auto first = Run(&mailer);
  auto second = Run(&other);
  EXPECT_EQ(first.claimed + second.claimed, 2);
  EXPECT_EQ(mailer.sent.size() + other.sent.size(), 2u);
}

}  // namespace
}  // namespace enlace::testing
