// Cooperation requests (M17, seed ¶3): a member country asks a partner body (SICA, or any other
// organisation of the process's reference data) for project support, through the Technical
// Secretariat.
//
// A request moves through a fixed sequence of states; each move is a step, recorded with its date,
// who took it, an optional note and optional files:
//
//   draft ──send──▶ sent_to_secretariat ──forward──▶ forwarded_to_partner ──answer──▶ answered ──close──▶ closed
//     └──────────────────────┴──────────────withdraw─────────────┴──────────────────────┴──▶ withdrawn
//
// The country writes and sends its draft; the Technical Secretariat forwards it to the partner,
// records the partner's answer and closes it; the country or the Secretariat may withdraw it while
// it is open. Creation is the first step (into draft), so that every state a request has been in
// has the step that brought it there, and "how long has it waited" is always "since its last step".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/files.hpp"
#include "kernel/domain/localized_text.hpp"
#include "kernel/domain/role.hpp"
#include "meetings/domain/meeting.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

using CooperationRequestId = Id<struct CooperationRequestTag>;
using CooperationStepId = Id<struct CooperationStepTag>;

enum class CooperationState { kDraft, kSentToSecretariat, kForwardedToPartner, kAnswered, kClosed, kWithdrawn };
std::string_view ToString(CooperationState state);
std::optional<CooperationState> ParseCooperationState(std::string_view text);
// Closed and withdrawn requests take no further step and wait for nobody.
bool IsFinished(CooperationState state);

// What a step does. kCreate is the first step of every request; the others are taken later
// (POST …/steps {"action": "send" | "forward" | "answer" | "close" | "withdraw"}).
enum class CooperationAction { kCreate, kSend, kForward, kAnswer, kClose, kWithdraw };
std::string_view ToString(CooperationAction action);
// Only the actions a person can ask for: "create" is not one of them.
std::optional<CooperationAction> ParseStepAction(std::string_view text);

// The state machine: the state `action` leads to from `from`, or the Error (409, a reason saying
// which state the action needs) when it is not allowed from there.
Result<CooperationState> NextState(CooperationState from, CooperationAction action);

// Who the request waits for in a state: the country (a draft), the Secretariat (to forward, to
// follow up with the partner, to close), or nobody (finished).
enum class WaitingOn { kCountry, kSecretariat, kNobody };
WaitingOn WaitingOnIn(CooperationState state);
std::string_view ToString(WaitingOn waiting_on);

// After this many whole days at one step, a request waiting on the Secretariat is overdue and
// the Secretariat is reminded (once per request and step).
inline constexpr int kWaitingReminderDays = 30;

struct PersonRef {
  UserId id;
  std::string name;
};

struct CooperationStep {
  CooperationStepId id;
  CooperationAction action = CooperationAction::kCreate;
  std::optional<CooperationState> from;  // none for the creation
  CooperationState to = CooperationState::kDraft;
  PersonRef by;
  Role by_role = Role::kCountryOfficer;  // whether the country or the Secretariat took it
  std::optional<std::string> note;
  std::vector<StoredFile> files;
  Timestamp at{};
};

// The fields a person types. `country` may be empty: the service fills in the officer's own.
struct CooperationRequestInput {
  std::string country;
  std::string partner;
  LocalizedText title;
  LocalizedText summary;
  std::optional<AgreementId> agreement;
};

// A partial edit of a draft: absent fields keep their value. The country is not editable: a
// request for another country is another request.
struct CooperationRequestChange {
  std::optional<std::string> partner;
  std::optional<LocalizedText> title;
  std::optional<LocalizedText> summary;
  std::optional<std::optional<AgreementId>> agreement;
};

// The agreement a request follows, as a reader needs it to find it (read with the request's
// steps; not in lists).
struct AgreementReference {
  AgreementId id;
  MeetingId meeting;
  std::string number;  // "3"
  LocalizedText text;
};

struct CooperationRequest {
  CooperationRequestId id;
  ProcessId process_id;
  CooperationRequestInput fields;
  CooperationState state = CooperationState::kDraft;
  Timestamp state_since{};  // when the last step was taken
  PersonRef created_by;
  std::vector<CooperationStep> steps;                     // oldest first; filled by Find, empty in lists
  std::optional<AgreementReference> agreement_reference;  // filled by the service with the steps
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

// How long a request has waited at its current step, as of `today`.
struct Waiting {
  WaitingOn on = WaitingOn::kNobody;
  Timestamp since{};
  int days = 0;
  bool overdue = false;  // waiting on the Secretariat for more than kWaitingReminderDays
};
// Nullopt for a finished request: it waits for nobody.
std::optional<Waiting> WaitingOf(const CooperationRequest& request, Date today);

struct CooperationRequestFilter {
  std::optional<std::string> country;
  std::optional<std::string> partner;
  std::optional<CooperationState> state;
};

// Limits of what a person types.
inline constexpr std::size_t kMaximumTitleLength = 200;
inline constexpr std::size_t kMaximumSummaryLength = 4000;
inline constexpr std::size_t kMaximumNoteLength = 4000;
inline constexpr std::size_t kMaximumFilesPerStep = 5;

// Whether `code` may be asked for support: an organisation of the process, not the Secretariat
// itself (requests go *through* it) and not a group of countries.
bool IsPartner(const ReferenceData& reference, std::string_view code);

// Checks the input against the process's reference data; every problem at once. Texts are
// trimmed in place. The agreement is checked by the service (it needs the meetings' storage).
Result<void> ValidateCooperationRequest(CooperationRequestInput& input, const ReferenceData& reference);
CooperationRequestInput ApplyChange(CooperationRequestInput base, const CooperationRequestChange& change);

}  // namespace enlace
