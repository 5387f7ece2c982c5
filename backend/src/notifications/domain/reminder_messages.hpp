// The words of reminder e-mails (M6), in the reader's language: before a deadline, when it has
// passed, and the weekly digest. Plain text, institutional and short; every date written out
// ("30 de marzo de 2018" / "30 March 2018"), every commitment with the link to its page.
#pragma once

#include "notifications/domain/notification.hpp"

namespace enlace {

// Subject and body of `reminder` ("es" or "en"; anything else reads as Spanish), addressed to
// its recipient. A digest lists overdue commitments first (oldest first), then the others by due
// date, then those without a date.
OutgoingEmail ComposeReminder(const Reminder& reminder);

}  // namespace enlace
