// Reminder e-mails (M6), in the reader's language: before a deadline, when it has passed, and the
// weekly digest. Plain text, institutional and short; every date written out ("30 de marzo de
// 2018" / "30 March 2018"), every commitment with the link to its page. The words are in the
// notifications catalogue (text_keys.hpp); this file only lays them out.
#pragma once

#include "kernel/domain/texts.hpp"
#include "notifications/domain/notification.hpp"

namespace enlace {

// Subject and body of `reminder` in its language with the words of `texts` (a language without
// catalogues reads as Spanish), addressed to its recipient. A digest lists overdue commitments
// first (oldest first), then the others by due date, then those without a date.
OutgoingEmail ComposeReminder(const Reminder& reminder, const Texts& texts);

}  // namespace enlace
