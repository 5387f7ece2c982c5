// The texts of reminder e-mails (texts/<language>.json of notifications, "texts"). Every key here
// is in every language; a test checks it. Texts hold no line ends of the layout: the code lays
// the e-mail out.
#pragma once

#include "kernel/domain/text_key.hpp"

namespace enlace::text_keys {

// "Estimado/a {name}:" / "Dear {name},", or without a name.
inline constexpr TextKey kReminderGreeting{"reminders.greeting"};
inline constexpr TextKey kReminderGreetingWithoutName{"reminders.greeting.without_name"};
// The signature and the note that nobody reads replies (several lines).
inline constexpr TextKey kReminderClosing{"reminders.closing"};

// A commitment's headline with its agreement: "{headline} (acuerdo {agreement})".
inline constexpr TextKey kReminderHeadlineOfAgreement{"reminders.headline.agreement"};
// The labels of a commitment's details, "Compromiso:", … (aligned by the code).
inline constexpr TextKey kReminderLabelCommitment{"reminders.label.commitment"};
inline constexpr TextKey kReminderLabelParty{"reminders.label.party"};
inline constexpr TextKey kReminderLabelAgreement{"reminders.label.agreement"};
inline constexpr TextKey kReminderLabelMeeting{"reminders.label.meeting"};
inline constexpr TextKey kReminderLabelDeadline{"reminders.label.deadline"};
inline constexpr TextKey kReminderLabelDue{"reminders.label.due"};

// Days from today: "hoy", "mañana", "ayer", "dentro de {count} días", "hace {count} días" (the
// last two for two days or more).
inline constexpr TextKey kRelativeToday{"reminders.relative.today"};
inline constexpr TextKey kRelativeTomorrow{"reminders.relative.tomorrow"};
inline constexpr TextKey kRelativeYesterday{"reminders.relative.yesterday"};
inline constexpr TextKey kRelativeInDays{"reminders.relative.in_days"};
inline constexpr TextKey kRelativeDaysAgo{"reminders.relative.days_ago"};

// Before a deadline. Subjects get {headline}; the first sentence {date} (the due date written
// out) and {relative} (how far it is), in four forms: with or without a due date, before the day
// or on it.
inline constexpr TextKey kDueTodaySubject{"reminders.due_soon.subject.today"};
inline constexpr PluralKey kDaysLeftSubject{TextKey{"reminders.due_soon.subject.one"},
                                            TextKey{"reminders.due_soon.subject.other"}};
inline constexpr TextKey kDueSoonIntro{"reminders.due_soon.intro"};
inline constexpr TextKey kDueSoonIntroToday{"reminders.due_soon.intro_today"};
inline constexpr TextKey kDueSoonIntroUndated{"reminders.due_soon.intro_undated"};
inline constexpr TextKey kDueSoonIntroUndatedToday{"reminders.due_soon.intro_undated_today"};
inline constexpr TextKey kDueSoonOpenLink{"reminders.due_soon.open_link"};

// After a deadline.
inline constexpr TextKey kOverdueSubject{"reminders.overdue.subject"};  // {headline}
inline constexpr TextKey kOverdueIntro{"reminders.overdue.intro"};      // {date}, {relative}
inline constexpr TextKey kOverdueIntroUndated{"reminders.overdue.intro_undated"};
inline constexpr TextKey kOverdueOpenLink{"reminders.overdue.open_link"};
// The Secretariat's one-click reminder to those who have not answered, and a new commitment.
inline constexpr TextKey kRequestedSubject{"reminders.requested.subject"};  // {headline}
inline constexpr TextKey kRequestedIntro{"reminders.requested.intro"};
inline constexpr TextKey kRequestedOpenLink{"reminders.requested.open_link"};
inline constexpr TextKey kAssignedSubject{"reminders.assigned.subject"};  // {headline}
inline constexpr TextKey kAssignedIntro{"reminders.assigned.intro"};
inline constexpr TextKey kAssignedOpenLink{"reminders.assigned.open_link"};

// The weekly digest. The subject's summary counts the overdue and the pending commitments; when
// there are both, {overdue} and {pending} are the two counts in their own forms.
inline constexpr TextKey kDigestSubject{"reminders.digest.subject"};  // {summary}
inline constexpr TextKey kDigestNothing{"reminders.digest.summary.nothing"};
inline constexpr PluralKey kDigestOverdue{TextKey{"reminders.digest.summary.overdue.one"},
                                          TextKey{"reminders.digest.summary.overdue.other"}};
inline constexpr PluralKey kDigestPending{TextKey{"reminders.digest.summary.pending.one"},
                                          TextKey{"reminders.digest.summary.pending.other"}};
inline constexpr TextKey kDigestBoth{"reminders.digest.summary.both"};
inline constexpr PluralKey kDigestBothOverdue{TextKey{"reminders.digest.summary.both.overdue.one"},
                                              TextKey{"reminders.digest.summary.both.overdue.other"}};
inline constexpr PluralKey kDigestBothPending{TextKey{"reminders.digest.summary.both.pending.one"},
                                              TextKey{"reminders.digest.summary.both.pending.other"}};
inline constexpr TextKey kDigestNothingPending{"reminders.digest.nothing_pending"};  // {date}
inline constexpr TextKey kDigestIntro{"reminders.digest.intro"};                     // {date}
inline constexpr TextKey kDigestSectionOverdue{"reminders.digest.section.overdue"};
inline constexpr TextKey kDigestSectionUpcoming{"reminders.digest.section.upcoming"};
inline constexpr TextKey kDigestSectionUndated{"reminders.digest.section.undated"};
inline constexpr TextKey kDigestWasDue{"reminders.digest.was_due"};     // {date}, {relative}
inline constexpr TextKey kDigestDue{"reminders.digest.due"};            // {date}, {relative}
inline constexpr TextKey kDigestDeadline{"reminders.digest.deadline"};  // {deadline}
inline constexpr TextKey kDigestFooter{"reminders.digest.footer"};

}  // namespace enlace::text_keys
