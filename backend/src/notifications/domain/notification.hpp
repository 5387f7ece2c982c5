// Reminders (M6): what is sent, to whom, in which language. The service decides *when* and *what*;
// reminder_messages composes the texts, and the kernel's mailer delivers them over SMTP.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/mail.hpp"
#include "meetings/domain/meeting.hpp"

namespace enlace {

enum class ReminderKind {
  kDueSoon,       // N days before the due date (default 14 and 3)
  kOverdue,       // the day after the due date, once
  kWeeklyDigest,  // every Monday: what the person's country or organisation owes
  kRequested,     // the Secretariat asked those who have not answered, with one click
  kAssigned,      // a commitment the person's country or organisation owes, once, when first seen
};

// One commitment as a reminder shows it, already in the reader's language.
struct ReminderItem {
  CommitmentId commitment_id;
  std::string meeting;    // "Liaison Officer Network, San Pedro Sula, 15 Nov 2016"
  std::string agreement;  // "7"
  std::string party;      // "Honduras", "Member countries", "Technical Secretariat"
  std::string action;
  std::string deadline_text;  // as written
  std::optional<Date> due;
  bool overdue = false;
  std::string link;  // absolute URL of the commitment's page
};

struct Reminder {
  ReminderKind kind = ReminderKind::kDueSoon;
  std::string language = "es";
  std::string recipient_name;
  std::string recipient_email;
  int days_before = 0;  // for kDueSoon
  Date today{};
  std::vector<ReminderItem> items;  // one for kDueSoon and kOverdue; several for a digest
};

}  // namespace enlace
