// Reminders to the Technical Secretariat about cooperation requests that have waited too long
// (M17 with M6): when a request has waited more than `after_days` whole days at a step that the
// Secretariat must move (sent to it, forwarded to the partner, answered), every active Secretariat
// person of the process gets one in-app notification and, when the server has a mailer, one
// e-mail in their language.
//
// Exactly once per request, step and person, also with several servers on one database: the
// notifications capability's reminder log is claimed first (ReminderLogRepository::Claim, an
// INSERT that only one caller wins) with the key "cooperation:<request>:<step>:<user>", and the
// in-app notification is written in the same transaction; the e-mail goes out after it, and a
// failed delivery is tried again on later runs like any other reminder. A new step is a new key,
// so a request that moves and then waits again is reminded again.
#pragma once

#include <string>

#include "cooperation/domain/cooperation_request.hpp"
#include "kernel/domain/mail.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "notifications/domain/reminder_service.hpp"

namespace enlace {

struct WaitingReminderSettings {
  int after_days = kWaitingReminderDays;
  std::string base_url = "http://127.0.0.1:8080";  // for the link in messages
  int max_attempts = 5;
};

class WaitingReminders {
 public:
  // `mailer` may be null: reminders then only appear in the application.
  WaitingReminders(Store& store, const Clock& clock, const Texts& texts, Mailer* mailer,
                   WaitingReminderSettings settings);
  // One pass over every process; the counts are those of notifications' ReminderRun.
  ReminderRun RunOnce();

 private:
  Store& store_;
  const Clock& clock_;
  const Texts& texts_;
  Mailer* mailer_;
  WaitingReminderSettings settings_;
};

}  // namespace enlace
