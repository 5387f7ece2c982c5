// Reminders (M6): before a deadline, when overdue and weekly, to the people who owe the work, in
// their language, in the application and by e-mail through a real SMTP server on loopback; and
// exactly once even when two servers share the database.
#include <mutex>
#include <set>
#include <thread>

#include "kernel/mail/smtp_mailer.hpp"
#include "notifications/domain/email_reminder_sender.hpp"
#include "support/api_test.hpp"
#include "support/smtp_sink.hpp"

namespace enlace::testing {
namespace {

// Records what would be sent, instead of sending it.
class CountingSender final : public ReminderSender {
 public:
  Result<void> Deliver(const Reminder& reminder) override {
    std::lock_guard lock(mutex_);
    sent_.push_back(reminder);
    return {};
  }
  std::vector<Reminder> Of(ReminderKind kind) {
    std::lock_guard lock(mutex_);
    std::vector<Reminder> found;
    for (const auto& reminder : sent_) {
      if (reminder.kind == kind) found.push_back(reminder);
    }
    return found;
  }
  // What identifies a reminder: its kind, recipient, commitments and threshold.
  std::vector<std::string> Keys() {
    std::lock_guard lock(mutex_);
    std::vector<std::string> keys;
    for (const auto& reminder : sent_) {
      auto key = std::to_string(static_cast<int>(reminder.kind)) + "|" + reminder.recipient_email + "|" +
                 std::to_string(reminder.days_before);
      for (const auto& item : reminder.items) key += "|" + std::to_string(item.commitment_id);
      keys.push_back(key);
    }
    return keys;
  }

 private:
  std::mutex mutex_;
  std::vector<Reminder> sent_;
};

class RemindersTest : public ApiTest {
 protected:
  TestServerOptions Options() override { return TestServerOptions{.demo = true, .demo_meetings = true}; }
};
ENLACE_ON_BOTH_DATABASES(RemindersTest);

std::vector<nlohmann::json> To(const std::vector<nlohmann::json>& messages, const std::string& address) {
  std::vector<nlohmann::json> found;
  for (const auto& message : messages) {
    if (message["rcpt_tos"].size() == 1 && message["rcpt_tos"][0] == address) found.push_back(message);
  }
  return found;
}

TEST_P(RemindersTest, ReminderEmailsReachThePartyInItsLanguageOnce) {
  // The Guatemala officer reads English.
  auto gt = server().SignedIn("gt");
  ASSERT_EQ(gt.Patch("/api/v1/me", {{"language", "en"}}, {.headers = {{"If-Match", "\"1\""}}}).status, 200);

  SmtpSink sink;
  auto mailer = SmtpMailer::Create(
      SmtpSettings{.url = sink.url(), .from_address = "enlace@enlace.example", .from_name = "enlace"});
  ASSERT_TRUE(mailer);
  EmailReminderSender sender(**mailer, server().app().texts());
  ReminderService reminders(server().app().store(), server().clock(), server().app().texts(),
                            ReminderSettings{.weekly_digest = false, .base_url = "https://enlace.example"}, &sender);
  auto run = reminders.RunOnce();
  EXPECT_GT(run.claimed, 0);
  EXPECT_EQ(run.delivered, run.claimed) << (run.errors.empty() ? "" : run.errors.front());
  auto messages = sink.Messages();
  ASSERT_EQ(static_cast<int>(messages.size()), run.delivered);

  // "Within 30 days" of the recent virtual meeting falls 11 days from now: inside the 14-day window.
  auto honduras = To(messages, "honduras@enlace.example");
  auto guatemala = To(messages, "guatemala@enlace.example");
  ASSERT_FALSE(honduras.empty());
  ASSERT_FALSE(guatemala.empty());
  bool honduras_due_soon = false, guatemala_due_soon = false, honduras_overdue = false;
  for (const auto& message : honduras) {
    EXPECT_EQ(message["charset"], "utf-8");
    auto text = message["text"].get<std::string>();
    honduras_due_soon |= text.find("Remitir a la ST la primera autoevaluación de los indicadores") != std::string::npos;
    honduras_overdue |= text.find("Enviar a la ST comentarios sobre el Glosario de la CRM") != std::string::npos;
  }
  for (const auto& message : guatemala) {
    guatemala_due_soon |= message["text"].get<std::string>().find(
                              "Send the TS the first self-assessment of the indicators") != std::string::npos;
  }
  EXPECT_TRUE(honduras_due_soon) << "Spanish for Honduras";
  EXPECT_TRUE(honduras_overdue) << "Honduras has answered the Glossary request but not finished it";
  EXPECT_TRUE(guatemala_due_soon) << "English for Guatemala";
  EXPECT_TRUE(To(messages, "oim@enlace.example").empty()) << "IOM's commitment is done";
  EXPECT_TRUE(To(messages, "rrocm@enlace.example").empty()) << "RNCOM's commitment is done";

  // The same reminders are never sent twice.
  auto again = reminders.RunOnce();
  EXPECT_EQ(again.claimed, 0);
  EXPECT_EQ(sink.Messages().size(), messages.size());

  // They show in the application too.
  auto notifications = server().SignedIn("hn").Get("/api/v1/notifications").Json();
  EXPECT_EQ(notifications["unread"].get<int>(), static_cast<int>(honduras.size()));
  EXPECT_FALSE(notifications["items"][0]["payload"]["action"]["es"].get<std::string>().empty());

  // Three days before the due date the second reminder goes out, once.
  server().clock().Advance(std::chrono::days{8});
  auto later = reminders.RunOnce();
  EXPECT_GT(later.delivered, 0);
  auto late_messages = sink.Messages();
  int three_days = 0;
  for (const auto& message : To(late_messages, "honduras@enlace.example")) {
    three_days += message["subject"].get<std::string>().find("3") != std::string::npos;
  }
  EXPECT_GE(three_days, 1);
}

TEST_P(RemindersTest, TwoServersSharingTheDatabaseSendEachReminderOnce) {
  // A second application on the same database, as a second server of the installation.
  ApplicationOptions options;
  options.database_url = server().database().url();
  options.reference_root = std::filesystem::path(ENLACE_SOURCE_DIR) / "data" / "reference";
  options.password_cost = PasswordCost::kMinimum;
  options.audit_key_file = server().audit_key_file();
  auto second = Application::Open(options, server().clock());
  ASSERT_TRUE(second);
  CountingSender first_sender, second_sender;
  ReminderService first(server().app().store(), server().clock(), server().app().texts(), ReminderSettings{},
                        &first_sender);
  ReminderService other((*second)->store(), server().clock(), (*second)->texts(), ReminderSettings{}, &second_sender);
  std::thread a([&] { first.RunOnce(); });
  std::thread b([&] { other.RunOnce(); });
  a.join();
  b.join();
  auto keys = first_sender.Keys();
  auto second_keys = second_sender.Keys();
  EXPECT_GT(keys.size() + second_keys.size(), 0u);
  std::set<std::string> all(keys.begin(), keys.end());
  for (const auto& key : second_keys) EXPECT_TRUE(all.insert(key).second) << "sent twice: " << key;
  // And together they sent what one server alone would have.
  CountingSender alone;
  auto fresh = TestServer(GetParam(), Options());
  ReminderService(fresh.app().store(), server().clock(), fresh.app().texts(), ReminderSettings{}, &alone).RunOnce();
  EXPECT_EQ(all.size(), alone.Keys().size());
}

}  // namespace
}  // namespace enlace::testing
