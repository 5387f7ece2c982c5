// Reminders (M6): before a deadline (by default 14 and 3 days), when it is overdue, and a weekly
// digest on Mondays, to the people of the party that owes the work, in each person's language,
// both in the application and, when a sender is configured, by e-mail.
//
// Exactly once: every reminder has a key (what, for whom, which deadline). Whoever inserts the
// key into the reminder log first sends it, so several servers running the scheduler against one
// PostgreSQL never send the same reminder twice. A failed delivery is retried on later runs, at
// most `max_attempts` times; the in-app notification is written once, with the first claim.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "notifications/domain/notification.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace {

class ReminderSender {
 public:
  virtual ~ReminderSender() = default;
  virtual Result<void> Deliver(const Reminder& reminder) = 0;
};

struct ReminderSettings {
  std::vector<int> days_before{14, 3};
  bool weekly_digest = true;
  std::string base_url = "http://127.0.0.1:8080";  // for links in messages
  int max_attempts = 5;
  // A notice, once, of each commitment a person's country or organisation owes ("assigned").
  bool notify_assigned = true;
};

struct ReminderRun {
  int claimed = 0;
  int delivered = 0;
  int failed = 0;
  std::vector<std::string> errors;  // "key: why" for each failed delivery, for the log
};

// One reminder, exactly once however many servers run the job: claims `key` in the reminder log
// (nothing happens when it is taken or given up); on the first claim adds `notification()` in the
// application; then, when `send` is set, sends and records the delivery or the failure (retried on
// later runs, at most `max_attempts` claims). Without `send` the reminder is in the application only.
// Counts into `run`. Used by this service and by other capabilities' reminder jobs.
void DeliverOnce(Store& store, const Clock& clock, const std::string& key, int max_attempts,
                 const std::function<InAppNotification()>& notification, const std::function<Result<void>()>& send,
                 ReminderRun& run);

// A reminder the Secretariat sent with one click to those who have not answered a commitment.
struct RequestedReminder {
  std::int64_t id = 0;
  CommitmentId commitment_id;
  UserId sent_by;
  std::string sent_by_name;
  Timestamp sent_at{};
  std::vector<std::string> delegations;  // country and organisation codes reminded
  int recipients = 0;                    // people
  int emailed = 0;                       // e-mails delivered now (not stored)
  int failed = 0;
};
nlohmann::json ToJson(const RequestedReminder& reminder);

class ReminderService {
 public:
  // `sender` may be null: reminders then only appear in the application. `texts` words the
  // in-app notifications' items (meeting labels, party names).
  ReminderService(Store& store, const Clock& clock, const Texts& texts, ReminderSettings settings,
                  ReminderSender* sender);
  ReminderRun RunOnce();
  // The Secretariat reminds, now, the people of the parties that have not answered `commitment`
  // (for a request to all member countries: the officers of the countries with no answer). In the
  // application and by e-mail; recorded, so that the commitment shows which reminders were sent.
  Result<RequestedReminder> RemindNow(const RequestContext& context, CommitmentId commitment);
  Result<std::vector<RequestedReminder>> Requested(const RequestContext& context, CommitmentId commitment);

 private:
  Store& store_;
  const Clock& clock_;
  const Texts& texts_;
  ReminderSettings settings_;
  ReminderSender* sender_;
};

}  // namespace enlace
