// The texts of calendar entries (texts/<language>.json of calendars, "texts"). Every key here is
// in every language; a test checks it.
#pragma once

#include "kernel/domain/text_key.hpp"
#include "meetings/domain/text_keys.hpp"

namespace enlace::text_keys {

// A meeting's summary: "Reunión ordinaria — Red de Funcionarios de Enlace". {body}.
inline constexpr MeetingTypeKey kCalendarMeeting{
    TextKey{"calendars.meeting.regular"}, TextKey{"calendars.meeting.extraordinary"},
    TextKey{"calendars.meeting.virtual"}, TextKey{"calendars.meeting.workshop"}};
inline constexpr TextKey kCalendarMeetingCancelled{"calendars.meeting.cancelled"};  // {summary}
// Lines of a meeting's description.
inline constexpr TextKey kCalendarParticipants{"calendars.meeting.participants"};  // {names}
inline constexpr TextKey kCalendarVideoLink{"calendars.meeting.video_link"};       // {link}

// A deadline's summary: "Plazo: Países Miembros — enviar comentarios (acuerdo 7)". {party},
// {action}, {agreement}.
inline constexpr TextKey kCalendarDeadline{"calendars.deadline.summary"};
inline constexpr TextKey kCalendarDeadlineOfAgreement{"calendars.deadline.summary_with_agreement"};
inline constexpr TextKey kCalendarDeadlineCancelled{"calendars.deadline.cancelled"};  // {summary}
// Lines of a deadline's description.
inline constexpr TextKey kCalendarCommitment{"calendars.deadline.commitment"};  // {action}
inline constexpr TextKey kCalendarParty{"calendars.deadline.party"};            // {party}
inline constexpr TextKey kCalendarAsWritten{"calendars.deadline.as_written"};   // {deadline}
inline constexpr TextKey kCalendarDueDate{"calendars.deadline.due_date"};       // {date}
inline constexpr TextKey kCalendarAgreement{"calendars.deadline.agreement"};    // {agreement}, {meeting}
inline constexpr TextKey kCalendarStatus{"calendars.deadline.status"};          // {status}
inline constexpr TextKey kCalendarStatusOpen{"calendars.status.open"};
inline constexpr TextKey kCalendarStatusInProgress{"calendars.status.in_progress"};
inline constexpr TextKey kCalendarStatusDone{"calendars.status.done"};
inline constexpr TextKey kCalendarStatusCancelled{"calendars.status.cancelled"};

}  // namespace enlace::text_keys
