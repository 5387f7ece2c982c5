// The rules of what people type for a meeting, an agreement and a commitment: one validator per
// entity, used by every way in — the services' create and update, the importer's review of a
// reading, and the HTTP handlers that check a body with type errors at once — so that each refuses
// the same input with the same field errors.
//
// Each Apply…Input function applies an input to a record and checks the result against the
// process's reference data, returning the record as it would be stored or every problem at once,
// with fields named as the API names them ("body", "place.city", "action.es", "deadline.text").
// What needs the database (an agreement number already taken, a meeting that considered the
// report) is given to them as data, so that they stay plain functions that a test can call.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/gazetteer.hpp"
#include "meetings/domain/meeting.hpp"
#include "meetings/domain/reasons.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

// kWhole: the input describes the whole record (creating one, or an importer's reading that
// replaces it): its required fields must be there. kChange: an edit; absent fields keep their value.
enum class InputKind { kWhole, kChange };

// What is typed for a meeting.
struct MeetingInput {
  std::optional<std::string> body;
  std::optional<std::string> type;
  std::optional<LocalizedText> title;
  std::optional<Place> place;
  std::optional<Date> date;
  std::optional<std::optional<Date>> date_end;
  std::optional<std::vector<std::string>> participants;
  std::optional<std::vector<LocalizedText>> agenda;
  std::optional<std::optional<std::string>> video_link;
  std::optional<bool> cancelled;
  std::optional<std::string> report_status;
  std::optional<std::optional<std::string>> submitted_to;
  std::optional<std::optional<MeetingId>> considered_at;
};

struct AgreementInput {
  std::optional<std::string> number;
  std::optional<bool> heading;
  std::optional<std::optional<std::string>> verb;
  std::optional<LocalizedText> text;
  std::optional<std::vector<std::string>> parties;
};

struct CommitmentInput {
  std::optional<std::string> party;
  std::optional<LocalizedText> action;
  std::optional<std::string> deadline_text;  // as people write it; empty means no deadline
  std::optional<std::string> status;
  std::optional<int> progress;
};

// ---- Meetings ---------------------------------------------------------------------------------

// `base` with `input` applied and checked. A whole input needs body, type and date. The meeting
// named by `considered_at` must exist: `known_meeting(id)` says whether it does (the meeting
// itself does not count).
template <typename KnownMeeting>
Result<Meeting> ApplyMeetingInput(Meeting base, const MeetingInput& input, InputKind kind,
                                  const ReferenceData& reference, KnownMeeting&& known_meeting);
// The same for a reading reviewed before it is saved (the importer): the input is applied whatever
// is wrong with it, and every problem (but `considered_at`'s existence) is added to `problems`.
Meeting ApplyMeetingInputKeepingProblems(Meeting base, const MeetingInput& input, InputKind kind,
                                         const ReferenceData& reference, FieldErrors& problems);
// The rules of a meeting as it stands (no input): what ApplyMeetingInput checks after applying.
Result<void> ValidateMeeting(const Meeting& meeting, const ReferenceData& reference);

// ---- Agreements -------------------------------------------------------------------------------

// `base` with `input` applied and checked; `siblings` are the meeting's agreements (the one being
// changed among them or not), whose numbers the agreement may not take.
Result<Agreement> ApplyAgreementInput(Agreement base, const AgreementInput& input, const ReferenceData& reference,
                                      const std::vector<Agreement>& siblings);
// The rules of an agreement as it stands (no sibling numbers).
Result<void> ValidateAgreement(const Agreement& agreement, const ReferenceData& reference);

// The sort key of an agreement number: "2" < "2.a" < "2.b" < "3" < "10".
int AgreementPosition(std::string_view number);
bool IsValidAgreementNumber(std::string_view number);

// ---- Commitments ------------------------------------------------------------------------------

// Where a commitment's deadline phrase is read: the meeting it comes from (spans count from its
// dates; "at the next meeting of the RCGM" looks at `others`, the process's other meetings), and
// the names of the process. Without a meeting (an importer's reading with no valid date yet) the
// phrase is not read.
struct DeadlineSetting {
  const Meeting* meeting = nullptr;
  Gazetteer gazetteer;
  std::vector<ScheduledMeeting> others;
};
DeadlineSetting DeadlineSettingFor(const Meeting& meeting, const ReferenceData& reference,
                                   const std::vector<Meeting>& process_meetings);

// A deadline phrase as people type it, read in the setting of its meeting: Spanish order of numeric
// dates first, then English; an event deadline resolved against the other meetings. Empty text is
// no deadline. Field errors on "deadline.text": too_long (over 300 characters), deadline_unreadable.
Result<Deadline> ReadTypedDeadline(std::string_view text, const DeadlineSetting& setting);

// `base` with `input` applied and checked: the party (required; a member country, MEMBER_COUNTRIES,
// or an organisation of the process), the action (required in at least one language, at most 2000
// characters each), the status, the progress (0–100) and the deadline phrase.
Result<Commitment> ApplyCommitmentInput(Commitment base, const CommitmentInput& input, InputKind kind,
                                        const ReferenceData& reference, const DeadlineSetting& deadlines);

std::vector<std::string> MemberCountries(const ReferenceData& reference);
bool IsMemberCountry(const ReferenceData& reference, std::string_view code);
// "HN", "MEMBER_COUNTRIES", "TS", "IOM": a party the process knows.
bool IsKnownParty(const ReferenceData& reference, std::string_view party);

// A web link people may follow: http(s), at most `max` characters, nothing that breaks out of an
// attribute or a line (a meeting's video link, the evidence of a progress report).
bool IsValidLink(std::string_view link, std::size_t max);

// ---- Implementation of the template ------------------------------------------------------------

template <typename KnownMeeting>
Result<Meeting> ApplyMeetingInput(Meeting base, const MeetingInput& input, InputKind kind,
                                  const ReferenceData& reference, KnownMeeting&& known_meeting) {
  FieldErrors errors;
  auto applied = ApplyMeetingInputKeepingProblems(std::move(base), input, kind, reference, errors);
  if (applied.considered_at && (*applied.considered_at == applied.id || !known_meeting(*applied.considered_at))) {
    errors.Add("considered_at", reasons::kUnknownMeeting);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return applied;
}

}  // namespace enlace
